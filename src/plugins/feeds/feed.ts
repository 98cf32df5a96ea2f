import { Feed } from 'feed'
import type { CollectionSlug, Endpoint, PayloadRequest, SelectType } from 'payload'
import { z } from 'zod'

import { formatWhen } from '../../components/dates/format'
import { translate } from '../../utilities/translator'
import { describedResponse, type EndpointDescription } from '../api-description'
import { inBothLanguages, parseQuery } from '../endpoints'
import { translations as endpointTranslations } from '../endpoints/translations'
import { pageOf, withPages } from './pages'
import { translations } from './translations'
import type { ResolvedFeed } from './types'
import { escapeHtml } from '../../utilities/escapeHtml'

/** `?locale=` among the config's locales, French (the default locale) when absent. */
export const localeQuery = (locales: [string, ...string[]], defaultLocale: string) =>
  inBothLanguages((language) =>
    z.object({
      locale: z
        .enum(locales, {
          error: translate(endpointTranslations, language)('endpoints:oneOf', {
            values: locales.join(', '),
          }),
        })
        .default(defaultLocale),
    }),
  )

// Characters XML 1.0 cannot carry at all: a pasted control character must not break the feed.
// eslint-disable-next-line no-control-regex -- these very characters are what it removes
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** Text as HTML text: the feed's titles and summaries are `type="html"` (Atom), so escaped once. */
const htmlText = (text: string) => escapeHtml(text.replace(NOT_XML, ''))

type Doc = Record<string, unknown> & { id: number | string; slug?: string | null }

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined

/** When a dated document happens, in the feed's language: « Du 4 juillet 2013 au 5 juillet 2013 ». */
const datesOf = (feed: ResolvedFeed, doc: Doc, locale: string): string | undefined => {
  if (!feed.dates) return undefined
  const start = textOf(doc[feed.dates.start])
  if (!start) return undefined
  const end = feed.dates.end ? textOf(doc[feed.dates.end]) : undefined
  const allDay = Boolean(feed.dates.allDay && doc[feed.dates.allDay])
  const say = translate(translations, locale)
  const when = (value: string) => formatWhen(value, allDay, locale)
  return end && when(end) !== when(start)
    ? say('feeds:fromTo', { start: when(start), end: when(end) })
    : say('feeds:on', { start: when(start) })
}

/** The entry's summary as HTML paragraphs: the dates first, then the first summary field that has text. */
const summaryOf = (feed: ResolvedFeed, doc: Doc, locale: string): string | undefined => {
  const text = feed.summary.map((name) => textOf(doc[name])).find(Boolean)
  const paragraphs = [
    datesOf(feed, doc, locale),
    ...(text ? text.split(/\n\s*\n/).map((p) => p.trim()) : []),
  ].filter((p): p is string => Boolean(p))
  return paragraphs.length ? paragraphs.map((p) => `<p>${htmlText(p)}</p>`).join('') : undefined
}

/**
 * `GET /api/feeds/<name>.xml`: an Atom feed of the latest published documents of a collection, as
 * the public reads them (no user, whoever asks), in French or in `?locale=`.
 */
/** What every feed of the site shares. */
export type FeedSettings = {
  serverUrl: string
  siteUrl: string
  apiRoute: string
  entries: number
  locales: [string, ...string[]]
  defaultLocale: string
}

export const feedEndpoint = (
  feed: ResolvedFeed,
  { serverUrl, siteUrl, apiRoute, entries, locales, defaultLocale }: FeedSettings,
): Endpoint => {
  const query = localeQuery(locales, defaultLocale)
  const select: SelectType = Object.fromEntries(
    [feed.titleField, 'slug', 'updatedAt', ...feed.summary, ...Object.values(feed.dates ?? {})].map(
      (name) => [name, true],
    ),
  )
  return {
    path: `/feeds/${feed.name}.xml`,
    method: 'get',
    custom: {
      openapi: {
        summary: `Atom feed of the latest published ${feed.collection}`,
        description: `The ${entries} changed last, the latest first, linking to their public pages.`,
        tags: ['feeds'],
        access: 'public',
        query: query.en,
        responses: {
          200: describedResponse('An Atom 1.0 feed.', 'application/atom+xml'),
        },
      } satisfies EndpointDescription,
    },
    handler: async (req: PayloadRequest) => {
      const parsed = parseQuery(query, req)
      if (parsed.response) return parsed.response
      const { locale } = parsed.data
      // The public's view: no user is passed, so the caller's own drafts never show.
      const found = await req.payload.find({
        collection: feed.collection as CollectionSlug,
        overrideAccess: false,
        where: withPages(feed.page),
        locale: locale as 'fr',
        depth: 0,
        limit: entries,
        pagination: false,
        sort: '-updatedAt',
        select,
      })
      const docs = found.docs as unknown as Doc[]
      const say = translate(translations, locale)
      const self = `${serverUrl}${apiRoute}/feeds/${feed.name}.xml${locale === defaultLocale ? '' : `?locale=${locale}`}`
      const newest = docs[0]?.updatedAt
      const atom = new Feed({
        id: self,
        link: siteUrl,
        feedLinks: { atom: self },
        title: say('feeds:title', {
          collection: feed.plural[locale] ?? feed.plural[defaultLocale] ?? feed.collection,
        }),
        // The newest change, not the time of the request: the same content gives the same feed.
        updated: newest ? new Date(String(newest)) : new Date(0),
        generator: 'Pôle métiers',
        language: locale,
        author: { name: say('feeds:author'), link: siteUrl },
      })
      for (const doc of docs) {
        const link = pageOf(feed.page, doc)
        if (!link) continue
        atom.addItem({
          title: htmlText(String(doc[feed.titleField] ?? '')),
          id: `${serverUrl}${apiRoute}/${feed.collection}/${doc.id}`,
          link,
          date: new Date(String(doc.updatedAt)),
          description: summaryOf(feed, doc, locale),
        })
      }
      // Atom says its language with xml:lang, which the feed package leaves out.
      const xml = atom
        .atom1()
        .replace(
          '<feed xmlns="http://www.w3.org/2005/Atom">',
          `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
        )
      return new Response(xml, {
        headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
      })
    },
  }
}
