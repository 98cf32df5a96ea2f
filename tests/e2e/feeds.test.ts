import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parseAtomFeed } from 'feedsmith'
import { parseFragment } from 'parse5'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { payload, rest } from '../helpers/api'
import { startServer, type TestServer } from '../helpers/server'

// A partner site follows the feeds with a feed reader and search engines read the sitemap: both
// are parsed here as those tools would, and list what the public reads, never a draft.

const SITE = 'http://localhost:3000'
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'sitemap'].includes(name),
})

type Url = { loc: string; lastmod: string }
const urlsOf = (text: string): Url[] => xml.parse(text).urlset?.url ?? []

/** The text an Atom text construct shows: `type="html"` is HTML (the feed's titles and summaries). */
const shown = (text: { value?: string; type?: string } | undefined) => {
  if (text?.type !== 'html') return text?.value
  const walk = (
    nodes: Array<{ nodeName: string; value?: string; childNodes?: unknown[] }>,
  ): string =>
    nodes
      .map((n) => (n.nodeName === '#text' ? n.value : walk((n.childNodes ?? []) as never)))
      .join('')
  return walk(parseFragment(text.value ?? '').childNodes as never)
}

/** The public site's pages, by collection, as payload.config.ts builds them by default. */
const collections = {
  resources: 'ressources',
  trainings: 'formations',
  events: 'evenements',
  'regional-groups': 'groupes-regionaux',
  members: 'membres',
} as const

const body = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        version: 1,
        children: [
          { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ],
  },
})

type Made = { id: number; slug: string; updatedAt: string }
let published: Made
let fromBody: Made
let draft: Made
let event: Made
let draftEvent: Made

beforeAll(async () => {
  const local = await payload()
  published = (await local.create({
    collection: 'resources',
    locale: 'fr',
    data: {
      title: 'Fiche <métier> & compétences',
      type: 'job-profile',
      summary: 'Un résumé en français.',
      _status: 'published',
    },
  })) as unknown as Made
  await local.update({
    collection: 'resources',
    id: published.id,
    locale: 'en',
    data: { title: 'Job profile in English', summary: 'A summary in English.' },
  })
  // A published document's later draft stays out of the feed: the published title is shown.
  await local.update({
    collection: 'resources',
    id: published.id,
    locale: 'fr',
    draft: true,
    data: { title: 'Titre pas encore publié', _status: 'draft' },
  })
  published = (await local.findByID({ collection: 'resources', id: published.id })) as never
  fromBody = (await local.create({
    collection: 'resources',
    data: {
      title: 'Ressource sans résumé',
      type: 'tool',
      body: body('Le texte du corps tient lieu de résumé.'),
      _status: 'published',
    } as never,
  })) as unknown as Made
  draft = (await local.create({
    collection: 'resources',
    draft: true,
    data: { title: 'Brouillon secret', type: 'tool', _status: 'draft' },
  })) as unknown as Made
  event = (await local.create({
    collection: 'events',
    data: {
      title: 'Rencontre des flux',
      kind: 'seminar',
      allDay: true,
      startsAt: '2030-03-04T12:00:00.000Z',
      endsAt: '2030-03-05T12:00:00.000Z',
      _status: 'published',
    } as never,
  })) as unknown as Made
  draftEvent = (await local.create({
    collection: 'events',
    draft: true,
    data: { title: 'Événement en brouillon', kind: 'seminar', _status: 'draft' } as never,
  })) as unknown as Made
})

const feed = async (path: string) => {
  const reply = await rest('GET', path)
  expect(reply.status).toBe(200)
  expect(reply.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
  expect(XMLValidator.validate(reply.body as string)).toBe(true)
  return { text: reply.body as string, feed: parseAtomFeed(reply.body as string) }
}

const publicCount = async (collection: 'resources' | 'events') =>
  (await (await payload()).count({ collection, overrideAccess: false })).totalDocs

describe('the resources feed', () => {
  it('lists the latest published resources, newest first, with their page, id and date', async () => {
    const { text, feed: atom } = await feed('/feeds/resources.xml')
    expect(text).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">')
    expect(shown(atom.title)).toBe('Pôle métiers — Ressources')
    expect(atom.id).toBe('http://localhost:3000/api/feeds/resources.xml')
    expect(atom.links).toContainEqual(
      expect.objectContaining({
        rel: 'self',
        href: 'http://localhost:3000/api/feeds/resources.xml',
      }),
    )
    expect(atom.authors?.[0]?.name).toBe('Pôle national des métiers du développement territorial')
    const entries = atom.entries ?? []
    expect(entries).toHaveLength(Math.min(50, await publicCount('resources')))
    const dates = entries.map((e) => Date.parse(e.updated!))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
    expect(atom.updated).toBe(entries[0]!.updated)

    const entry = entries.find((e) => e.id === `${SITE}/api/resources/${published.id}`)!
    expect(shown(entry.title)).toBe('Fiche <métier> & compétences')
    expect(entry.links?.[0]?.href).toBe(`${SITE}/ressources/${published.slug}`)
    expect(entry.updated).toBe(published.updatedAt)
    expect(shown(entry.summary)).toBe('Un résumé en français.')
    const summed = entries.find((e) => e.id === `${SITE}/api/resources/${fromBody.id}`)!
    expect(shown(summed.summary)).toBe('Le texte du corps tient lieu de résumé.')

    expect(text).not.toContain('Brouillon secret')
    expect(text).not.toContain('Titre pas encore publié')
    expect(entries.map((e) => e.id)).not.toContain(`${SITE}/api/resources/${draft.id}`)
  })

  it('is in English with ?locale=en', async () => {
    const { text, feed: atom } = await feed('/feeds/resources.xml?locale=en')
    expect(text).toContain('xml:lang="en"')
    expect(shown(atom.title)).toBe('Pôle métiers — Resources')
    expect(atom.id).toBe('http://localhost:3000/api/feeds/resources.xml?locale=en')
    const entry = atom.entries!.find((e) => e.id === `${SITE}/api/resources/${published.id}`)!
    expect(shown(entry.title)).toBe('Job profile in English')
    expect(shown(entry.summary)).toBe('A summary in English.')
    // Not translated: the French text, as the API's English reads give it.
    const summed = atom.entries!.find((e) => e.id === `${SITE}/api/resources/${fromBody.id}`)!
    expect(shown(summed.title)).toBe('Ressource sans résumé')
  })

  it.each([
    ['?locale=de', 'locale'],
    ['?locale=', 'locale'],
    ['?locale[]=en', 'locale'],
    // Payload's own reads take every locale at once; a feed is in one language.
    ['?locale=all', 'locale'],
  ])('refuses %s naming the parameter', async (query, path) => {
    const reply = await rest('GET', `/feeds/resources.xml${query}`, {
      headers: { 'accept-language': 'en' },
    })
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].data.errors[0].path).toBe(path)
    expect(reply.body.errors[0].data.errors[0].message).toMatch(/\bfr, en\b/)
  })
})

describe('the events feed', () => {
  it('says when each event happens, never a draft', async () => {
    const { text, feed: atom } = await feed('/feeds/events.xml')
    expect(shown(atom.title)).toBe('Pôle métiers — Événements')
    expect(atom.entries).toHaveLength(Math.min(50, await publicCount('events')))
    const entry = atom.entries!.find((e) => e.id === `${SITE}/api/events/${event.id}`)!
    expect(shown(entry.title)).toBe('Rencontre des flux')
    expect(entry.links?.[0]?.href).toBe(`${SITE}/evenements/${event.slug}`)
    expect(shown(entry.summary)).toBe('Du 4 mars 2030 au 5 mars 2030')
    expect(text).not.toContain('Événement en brouillon')
    expect(text).not.toContain(`/api/events/${draftEvent.id}<`)

    const english = (await feed('/feeds/events.xml?locale=en')).feed
    const inEnglish = english.entries!.find((e) => e.id === `${SITE}/api/events/${event.id}`)!
    expect(shown(inEnglish.summary)).toBe('From 4 March 2030 to 5 March 2030')
  })
})

describe('the sitemap', () => {
  it('lists the public page of every published document, with its last change', async () => {
    const reply = await rest('GET', '/sitemap.xml')
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    expect(XMLValidator.validate(reply.body as string)).toBe(true)
    const parsed = xml.parse(reply.body as string)
    expect(parsed.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    const urls = urlsOf(reply.body as string)

    const local = await payload()
    const expected: Url[] = []
    for (const [collection, path] of Object.entries(collections)) {
      const { docs } = await local.find({
        collection: collection as keyof typeof collections,
        overrideAccess: false,
        pagination: false,
        sort: 'id',
        depth: 0,
      })
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of docs as unknown as Made[])
        expected.push({ loc: `${SITE}/${path}/${doc.slug}`, lastmod: doc.updatedAt })
    }
    expect(urls).toEqual(expected)
    expect(urls).toContainEqual({
      loc: `${SITE}/ressources/${published.slug}`,
      lastmod: published.updatedAt,
    })
    const locs = urls.map((u) => u.loc)
    expect(locs).not.toContain(`${SITE}/ressources/${draft.slug}`)
    expect(locs).not.toContain(`${SITE}/evenements/${draftEvent.slug}`)
    expect(locs.filter((l) => /budget/.test(l))).toEqual([])
    expect(new Set(locs).size).toBe(locs.length)
  })

  it('serves one collection with ?collection=', async () => {
    const reply = await rest('GET', '/sitemap.xml?collection=events&page=1')
    expect(reply.status).toBe(200)
    const urls = urlsOf(reply.body as string)
    expect(urls).toHaveLength(await publicCount('events'))
    expect(urls.every((u) => u.loc.startsWith(`${SITE}/evenements/`))).toBe(true)
  })

  it.each([
    ['?collection=budget-lines', 400, 'collection'],
    ['?collection=resources&page=0', 400, 'page'],
    ['?collection=resources&page=abc', 400, 'page'],
    ['?page=2', 400, 'page'],
    ['?collection=resources&page=2', 404, 'page'],
  ])('refuses %s naming the parameter', async (query, status, path) => {
    const reply = await rest('GET', `/sitemap.xml${query}`)
    expect(reply.status).toBe(status)
    expect(reply.body.errors[0].data.errors[0].path).toBe(path)
    expect(reply.body.errors[0].message).toMatch(new RegExp(`^${path} : `))
  })
})

describe('through the server', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer({
      env: {
        SITEMAP_MAX_URLS: '7',
        PUBLIC_SITE_URL: 'https://site.example/pole/',
        PUBLIC_URL_MEMBERS: 'https://annuaire.example/organisations/{id}?from=pole&x=1',
      },
    })
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('serves /sitemap.xml at the root: an index of sitemaps of at most 7 URLs beyond 7', async () => {
    const response = await fetch(`${server.url}/sitemap.xml`)
    expect(response.status).toBe(200)
    const index = xml.parse(await response.text()).sitemapindex
    expect(index['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    const locs: string[] = index.sitemap.map((s: { loc: string }) => s.loc)
    expect(locs[0]).toBe(`http://localhost:${server.port}/sitemap.xml?collection=resources&page=1`)
    const all: Url[] = []
    for (const loc of locs) {
      const page = await fetch(loc.replace(`http://localhost:${server.port}`, server.url))
      expect(page.status).toBe(200)
      const urls = urlsOf(await page.text())
      expect(urls.length).toBeGreaterThan(0)
      expect(urls.length).toBeLessThanOrEqual(7)
      all.push(...urls)
    }
    const local = await payload()
    let total = 0
    for (const collection of Object.keys(collections))
      total += (await local.count({ collection: collection as 'members', overrideAccess: false }))
        .totalDocs
    expect(all).toHaveLength(total)
    expect(new Set(all.map((u) => u.loc)).size).toBe(total)
    expect(all.map((u) => u.loc)).toContain(
      `https://site.example/pole/ressources/${published.slug}`,
    )
    const member = (await local.find({ collection: 'members', limit: 1, sort: 'id' })).docs[0]!
    // The pattern's own query string, escaped as XML requires (parsed back here).
    expect(all.map((u) => u.loc)).toContain(
      `https://annuaire.example/organisations/${member.id}?from=pole&x=1`,
    )
  })

  it('caches the feeds and the sitemap like the other public reads, until the next write', async () => {
    for (const path of ['/sitemap.xml', '/api/feeds/events.xml']) {
      const first = await fetch(`${server.url}${path}`)
      expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
      const etag = first.headers.get('etag')!
      expect(etag).toBeTruthy()
      const again = await fetch(`${server.url}${path}`, { headers: { 'if-none-match': etag } })
      expect(again.status).toBe(304)
    }
    const before = await (await fetch(`${server.url}/api/feeds/events.xml`)).text()
    const local = await payload()
    const added = await local.create({
      collection: 'events',
      data: {
        title: 'Annoncée après coup',
        kind: 'seminar',
        startsAt: '2031-01-01T09:00:00.000Z',
        _status: 'published',
      } as never,
    })
    expect(before).not.toContain('Annoncée après coup')
    const after = parseAtomFeed(await (await fetch(`${server.url}/api/feeds/events.xml`)).text())
    expect(shown(after.entries![0]!.title)).toBe('Annoncée après coup')
    expect(after.entries![0]!.links![0]!.href).toBe(
      `https://site.example/pole/evenements/${(added as unknown as Made).slug}`,
    )
    expect(shown(after.entries![0]!.summary)).toBe('Le 1 janvier 2031 à 10:00')
  })

  it('answers 400 naming a bad parameter at the root too', async () => {
    const response = await fetch(`${server.url}/sitemap.xml?collection=users`, {
      headers: { 'accept-language': 'en' },
    })
    expect(response.status).toBe(400)
    const reply = (await response.json()) as { errors: Array<{ message: string }> }
    expect(reply.errors[0]!.message).toMatch(/^collection: must be one of resources, /)
  })
})
