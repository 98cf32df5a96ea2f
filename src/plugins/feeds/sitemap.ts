import {
  createLocalReq,
  type CollectionSlug,
  type Endpoint,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'
import { z } from 'zod'

import { translate } from '../../utilities/translator'
import { describedResponse, type EndpointDescription } from '../api-description'
import { inBothLanguages, parseQuery, wholeNumber } from '../endpoints'
import { translations as endpointTranslations } from '../endpoints/translations'
import { MAX_ID } from '../input-validation/values'
import { pageOf, withPages, type PagePattern } from './pages'
import { translations } from './translations'

/** Where the sitemap is served: the site's root (the host mounts it there, src/server.ts). */
export const SITEMAP_PATH = '/sitemap.xml'

// Rows read at once: a sitemap of 50 000 URLs is read in 50 queries of a slug and a date each.
const BATCH = 1000

const XMLNS = 'http://www.sitemaps.org/schemas/sitemap/0.9'

const escapeXml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')

type Listed = { collection: CollectionSlug; page: PagePattern; where?: Where }

const querySchema = (collections: [string, ...string[]]) =>
  inBothLanguages((language) =>
    z
      .object({
        collection: z
          .enum(collections, {
            error: translate(endpointTranslations, language)('endpoints:oneOf', {
              values: collections.join(', '),
            }),
          })
          .optional(),
        page: wholeNumber(z.number().int().min(1).max(MAX_ID)).optional(),
      })
      .refine((q) => q.page === undefined || q.collection !== undefined, {
        path: ['page'],
        error: translate(translations, language)('feeds:pageWithoutCollection'),
      }),
  )

/** How many documents of `listed` the public reads. */
const countOf = async (payload: Payload, listed: Listed) =>
  (
    await payload.count({
      collection: listed.collection,
      overrideAccess: false,
      where: listed.where,
    })
  ).totalDocs

/**
 * `count` documents of `listed` from the `start`-th (by id), as `<url>` elements: the first found
 * by its offset, the rest by id (keyset), a batch at a time with their slug and date only.
 */
const urlsOf = async (
  payload: Payload,
  listed: Listed,
  start: number,
  count: number,
): Promise<string[]> => {
  // The collection's own read rule for someone anonymous, applied in the query; then the adapter
  // reads the two columns without running every field's read hooks on 50 000 rows (the Local
  // API took twice as long: docs/api.md, « Feeds and sitemap »).
  const access = await payload.collections[listed.collection]!.config.access.read?.({
    req: await createLocalReq({}, payload),
  })
  if (access === false) return []
  const read = (bound: Where | undefined, limit: number, page = 1) => {
    const where = [typeof access === 'object' ? access : undefined, listed.where, bound].filter(
      (w): w is Where => Boolean(w),
    )
    return payload.db.find<{ id: number; slug?: string; updatedAt: string }>({
      collection: listed.collection,
      where: where.length ? { and: where } : {},
      sort: 'id',
      limit,
      page,
      pagination: false,
      select: { slug: true, updatedAt: true },
    })
  }
  const urls: string[] = []
  let after: number | string | undefined
  if (start > 0) {
    const { docs } = await read(undefined, 1, start + 1)
    if (!docs[0]) return urls
    after = docs[0].id
  }
  let from = start > 0 ? 'greater_than_equal' : 'greater_than'
  for (let taken = 0; taken < count;) {
    const bound: Where | undefined = after === undefined ? undefined : { id: { [from]: after } }
    const limit = Math.min(BATCH, count - taken)
    const { docs } = await read(bound, limit)
    for (const doc of docs) {
      const loc = pageOf(listed.page, doc)
      if (loc)
        urls.push(
          `<url><loc>${escapeXml(loc)}</loc><lastmod>${new Date(doc.updatedAt).toISOString()}</lastmod></url>`,
        )
    }
    if (docs.length < limit) break
    taken += docs.length
    after = docs.at(-1)!.id
    from = 'greater_than'
  }
  return urls
}

const xml = (body: string) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`, {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  })

const urlset = (urls: string[]) => xml(`<urlset xmlns="${XMLNS}">\n${urls.join('\n')}\n</urlset>`)

/**
 * `GET /sitemap.xml`: the public pages of the published documents of each listed collection, with
 * their last change. Beyond `maxUrls` URLs in all, a sitemap index of `?collection=…&page=…`
 * sitemaps of `maxUrls` each (the protocol's limit is 50 000).
 */
export const sitemapEndpoint = ({
  pages,
  serverUrl,
  maxUrls,
}: {
  pages: Array<{ collection: CollectionSlug; page: PagePattern }>
  serverUrl: string
  maxUrls: number
}): Endpoint => {
  const listed: Listed[] = pages.map((p) => ({ ...p, where: withPages(p.page) }))
  const query = querySchema(listed.map((l) => l.collection) as [string, ...string[]])
  return {
    path: SITEMAP_PATH,
    method: 'get',
    // Served at the site's root as well as under /api (src/server.ts mounts `root` endpoints).
    custom: {
      root: true,
      openapi: {
        summary: 'Sitemap of the public pages of published documents',
        description: `Beyond ${maxUrls} URLs, a sitemap index of \`?collection=…&page=…\` sitemaps. Also served at the site's root.`,
        tags: ['feeds'],
        access: 'public',
        query: query.en,
        responses: {
          200: describedResponse('A sitemap (urlset) or a sitemap index.', 'application/xml'),
          404: { description: 'A page past the last.' },
        },
      } satisfies EndpointDescription,
    },
    handler: async (req: PayloadRequest) => {
      const parsed = parseQuery(query, req)
      if (parsed.response) return parsed.response
      const { collection, page = 1 } = parsed.data
      const { payload } = req
      // One read after the other: a sitemap holds one database connection at a time.
      if (collection) {
        const one = listed.find((l) => l.collection === collection)!
        const pageCount = Math.max(1, Math.ceil((await countOf(payload, one)) / maxUrls))
        if (page > pageCount) {
          const language = req.i18n?.language === 'en' ? 'en' : 'fr'
          const message = translate(translations, language)('feeds:pastTheEnd', {
            pages: pageCount,
          })
          return Response.json(
            {
              errors: [
                {
                  name: 'NotFound',
                  message: `page${language === 'fr' ? ' : ' : ': '}${message}`,
                  data: { errors: [{ path: 'page', message }] },
                },
              ],
            },
            { status: 404 },
          )
        }
        return urlset(await urlsOf(payload, one, (page - 1) * maxUrls, maxUrls))
      }
      const counts: number[] = []
      for (const l of listed) counts.push(await countOf(payload, l))
      if (counts.reduce((sum, n) => sum + n, 0) <= maxUrls) {
        let urls: string[] = []
        for (const [i, l] of listed.entries())
          urls = urls.concat(await urlsOf(payload, l, 0, counts[i]!))
        return urlset(urls)
      }
      const sitemaps = listed.flatMap((l, i) =>
        Array.from({ length: Math.ceil(counts[i]! / maxUrls) }, (_, k) => {
          const loc = `${serverUrl}${SITEMAP_PATH}?collection=${l.collection}&page=${k + 1}`
          return `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`
        }),
      )
      return xml(`<sitemapindex xmlns="${XMLNS}">\n${sitemaps.join('\n')}\n</sitemapindex>`)
    },
  }
}
