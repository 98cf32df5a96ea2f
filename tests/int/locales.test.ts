import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { beforeAll, describe, expect, it } from 'vitest'

import config from '../../payload.config'

import { graphql, idBySlug, login, payload, rest } from '../helpers/api'

// Locales said plainly (issue 13, item 8): a locale the API does not know is refused wherever
// it is read, naming the parameter and listing the locales; a document read in English says
// which of its fields are given in French.
let token: string
const english = { 'accept-language': 'en' }
beforeAll(async () => {
  token = await login('coordination@unadel.test')
})

const LOCALE_FR = 'Langue inconnue (possibles : fr, en, all)'
const LOCALE_EN = 'Unknown locale (possible: fr, en, all)'
const FALLBACK_FR = 'Langue inconnue (possibles : fr, en, none)'

/** The parameters a REST 400 names, with their messages. */
const named = (body: { errors?: Array<{ data?: { errors?: unknown[] } }> }) =>
  body.errors?.flatMap((e) => e.data?.errors ?? [])

const resourcesCount = async () =>
  (await (await payload()).count({ collection: 'resources' })).totalDocs

describe('an unknown locale', () => {
  const id = async () =>
    (await (await payload()).find({ collection: 'resources', limit: 1, depth: 0 })).docs[0]!.id

  it.each([
    ['a list', () => '/resources?locale=de'],
    ['a document by id', async () => `/resources/${await id()}?locale=de`],
    ['search', () => '/search?q=coop&locale=de'],
    ['the calendar', () => '/events/calendar.ics?locale=de'],
    ['the budget summary', () => '/budget-lines/summary?year=2014&locale=de'],
    ['JSON-LD', async () => `/resources/${await id()}/jsonld?locale=de`],
    ['access', () => '/access?locale=de'],
  ])('is a 400 naming locale and listing the locales on %s', async (_, path) => {
    const reply = await rest('GET', await path(), { token })
    expect(reply.status).toBe(400)
    expect(named(reply.body)).toEqual([{ path: 'locale', message: LOCALE_FR }])
  })

  it('is said in English to an English reader, and for the fallback locale too', async () => {
    const en = await rest('GET', '/search?q=coop&locale=de', { headers: english })
    expect(en.status).toBe(400)
    expect(named(en.body)).toEqual([{ path: 'locale', message: LOCALE_EN }])
    for (const name of ['fallback-locale', 'fallbackLocale']) {
      const reply = await rest('GET', `/resources?locale=en&${name}=de`)
      expect(reply.status).toBe(400)
      expect(named(reply.body)).toEqual([{ path: name, message: FALLBACK_FR }])
    }
  })

  const knownLocales = [
    'locale=fr',
    'locale=en',
    'locale=all',
    'locale=*',
    'locale=en&fallback-locale=none',
    'locale=en&fallback-locale=fr',
    'locale=fr&fallbackLocale=false',
  ]
  it.each(knownLocales)('still accepts a locale Payload knows: %s', async (query) => {
    expect((await rest('GET', `/resources?limit=1&${query}`)).status, query).toBe(200)
  })

  it('still accepts a locale Payload knows in the calendar', async () => {
    expect((await rest('GET', '/events/calendar.ics?locale=en')).status).toBe(200)
  })

  it('writes nothing', async () => {
    const before = await resourcesCount()
    const reply = await rest('POST', '/resources?locale=de', {
      token,
      body: { title: 'Fiche', type: 'tool', _status: 'published' },
    })
    expect(reply.status).toBe(400)
    expect(named(reply.body)).toEqual([{ path: 'locale', message: LOCALE_FR }])
    expect(await resourcesCount()).toBe(before)
  })

  it('is refused by the Local API too (when access applies)', async () => {
    const p = await payload()
    await expect(
      p.find({ collection: 'resources', locale: 'de' as 'fr', overrideAccess: false }),
    ).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'locale', message: LOCALE_FR }] },
    })
  })

  describe('over GraphQL', () => {
    // In process, a request that cannot run answers without data; the server makes it a 400
    // (src/http/graphql.ts, requestErrorsAre400).
    const refusal = (body: { data?: unknown; errors?: Array<{ message: string }> }) => {
      expect(body.data).toBeUndefined()
      return body.errors!.map((e) => e.message)
    }

    it('names the argument and lists the locales', async () => {
      const literal = await graphql('{ Resources(locale: de, limit: 1) { docs { title } } }')
      expect(refusal(literal.body)).toContain('locale : Langue inconnue (possibles : fr, en)')
      const variable = await graphql(
        'query ($l: LocaleInputType) { Resources(locale: $l, limit: 1) { docs { title } } }',
        { l: 'de' },
        { headers: english },
      )
      expect(refusal(variable.body)).toContain('locale: Unknown locale (possible: fr, en)')
      const fallback = await graphql(
        '{ Resources(locale: en, fallbackLocale: de, limit: 1) { docs { title } } }',
      )
      expect(refusal(fallback.body)).toContain(
        'fallbackLocale : Langue inconnue (possibles : fr, en, none)',
      )
    })

    it('refuses an unknown locale in its URL (Payload would read it as French)', async () => {
      const at = async (query: string) => {
        const response = await GRAPHQL_POST(config)(
          new Request(`http://localhost/api/graphql${query}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ Resources(limit: 1) { docs { title } } }' }),
          }),
        )
        return (await response.json()) as { data?: any; errors?: Array<{ message: string }> }
      }
      expect((await at('?locale=en')).data.Resources.docs).toHaveLength(1)
      expect(refusal(await at('?locale=de'))).toEqual([`locale : ${LOCALE_FR}`])
    })
  })
})

describe('the fields a document read in English takes from French', () => {
  const paragraph = (text: string) => ({
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [
        {
          type: 'paragraph',
          format: '',
          indent: 0,
          version: 1,
          direction: 'ltr',
          textFormat: 0,
          children: [
            { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
          ],
        },
      ],
    },
  })
  let partly: number
  let fully: number
  beforeAll(async () => {
    const p = await payload()
    const fn = await idBySlug('functions', 'ressources')
    const create = async (slug: string, english: Record<string, unknown>) => {
      const doc = await p.create({
        collection: 'resources',
        locale: 'fr',
        data: {
          title: `Fiche ${slug}`,
          slug,
          type: 'tool',
          function: fn,
          summary: 'Un résumé en français.',
          body: paragraph('Le contenu en français.') as never,
          _status: 'published',
        },
      })
      await p.update({ collection: 'resources', id: doc.id, locale: 'en', data: english })
      return doc.id
    }
    partly = await create('partly-english', { title: 'Partly English sheet' })
    fully = await create('fully-english', {
      title: 'Fully English sheet',
      summary: 'A summary in English.',
      body: paragraph('The body in English.'),
    })
  })

  const restDoc = async (id: number, query: string) =>
    (await rest('GET', `/resources/${id}?depth=0&${query}`)).body

  it('lists them on REST, by id and in a list', async () => {
    const doc = await restDoc(partly, 'locale=en')
    expect(doc.title).toBe('Partly English sheet')
    expect(doc.summary).toBe('Un résumé en français.')
    expect(doc._fallback).toEqual(['summary', 'body'])
    expect((await restDoc(fully, 'locale=en'))._fallback).toEqual([])

    const list = await rest(
      'GET',
      `/resources?locale=en&depth=0&where[id][in]=${partly},${fully}&sort=id`,
    )
    expect(list.body.docs.map((d: { _fallback: string[] }) => d._fallback)).toEqual([
      ['summary', 'body'],
      [],
    ])
  })

  it('costs no query: a list in English runs the same queries as in French', async () => {
    const { pool } = (await payload()).db as unknown as { pool: { query: () => unknown } }
    const query = pool.query
    let count = 0
    pool.query = function (this: unknown, ...args: never[]) {
      count++
      return (query as (...a: never[]) => unknown).apply(this, args)
    }
    const queries = async (locale: string) => {
      count = 0
      const reply = await rest('GET', `/resources?limit=100&depth=0&locale=${locale}`)
      expect(reply.body.docs.length).toBeGreaterThan(2)
      return count
    }
    try {
      expect(await queries('en')).toBe(await queries('fr'))
    } finally {
      pool.query = query
    }
  })

  it('is said of the documents a read fills in too', async () => {
    const doc = await rest('GET', `/resources/${partly}?locale=en&depth=1`)
    const fn = doc.body.function
    expect(fn).toHaveProperty('id')
    const alone = await rest('GET', `/functions/${fn.id}?locale=en&depth=0`)
    expect(fn._fallback).toEqual(alone.body._fallback)
    expect(Array.isArray(fn._fallback)).toBe(true)
  })

  it('names what the seed has in French only', async () => {
    const list = await rest(
      'GET',
      '/resources?locale=en&depth=0&where[slug][equals]=actes-premier-congres-developpeurs-territoriaux',
    )
    // An English title, a French summary, no body in either language.
    expect(list.body.docs[0]._fallback).toEqual(['summary'])
  })

  it('is absent where nothing falls back: French, no fallback, every locale', async () => {
    for (const query of ['', 'locale=fr', 'locale=en&fallback-locale=none', 'locale=all']) {
      const doc = await restDoc(partly, query)
      expect(doc, query).not.toHaveProperty('_fallback')
    }
    const none = await restDoc(partly, 'locale=en&fallback-locale=none')
    expect(none.summary).toBeNull()
  })

  it('says the same over GraphQL', async () => {
    const read = async (locale: string) =>
      (
        await graphql(
          `query ($slugs: [String]) {
            Resources(locale: ${locale}, where: { slug: { in: $slugs } }, sort: "id") {
              docs { title _fallback }
            }
          }`,
          { slugs: ['partly-english', 'fully-english'] },
        )
      ).body
    const en = await read('en')
    expect(en.errors).toBeUndefined()
    expect(en.data.Resources.docs).toEqual([
      { title: 'Partly English sheet', _fallback: ['summary', 'body'] },
      { title: 'Fully English sheet', _fallback: [] },
    ])
    const fr = await read('fr')
    expect(fr.data.Resources.docs.map((d: { _fallback: unknown }) => d._fallback)).toEqual([
      null,
      null,
    ])
    const one = await graphql(`{ Resource(id: ${partly}, locale: en) { _fallback } }`)
    expect(one.body.data.Resource._fallback).toEqual(['summary', 'body'])
  })

  it('is neither a filter nor a sort (it has no column): a 400 naming the parameter', async () => {
    const filter = await rest('GET', '/resources?locale=en&where[_fallback][equals]=summary')
    expect(filter.status).toBe(400)
    expect(named(filter.body)).toEqual([
      {
        path: 'where._fallback',
        message: 'Champ inconnu, ou qu’on ne peut ni filtrer ni trier : « _fallback »',
      },
    ])
    const sort = await rest('GET', '/resources?locale=en&sort=_fallback')
    expect(sort.status).toBe(400)
    expect(named(sort.body)?.[0]).toMatchObject({ path: 'sort' })
  })

  it('is not kept when a client sends it back (a write answers without it)', async () => {
    const reply = await rest('PATCH', `/resources/${fully}?locale=en`, {
      token,
      body: { _fallback: ['title'], summary: 'A summary in English, revised.' },
    })
    expect(reply.status).toBe(200)
    expect(reply.body.doc).not.toHaveProperty('_fallback')
    expect((await restDoc(fully, 'locale=en'))._fallback).toEqual([])
  })
})
