import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { searchOptions } from '../../payload.config'
import { reindex } from '../../src/plugins/search'
import { ensureSearchExtensions } from '../../src/plugins/search/extensions'
import { MATCHES } from '../../src/plugins/search/query'
import { graphql, payload, rest } from '../helpers/api'

/*
 * Search for partners' readers (issue 13, item 6): English text with English stemming, the start of
 * a word as typed (a whole word still first), organisation names despite typos; REST and GraphQL
 * alike; any `q` answers 200 or a 400 naming the parameter.
 */
type Hit = { type: string; id: number; title: string; excerpt: string; match: string; rank: number }
type Result = { docs: Hit[]; totalDocs: number }

/** SQL on the index itself, beside what the API shows. */
const sql = async (text: string) => (await payload()).db.pool.query(text)

const search = async (query: Record<string, string>): Promise<Result> => {
  const { status, body } = await rest('GET', `/search?${new URLSearchParams(query)}`)
  expect(status, JSON.stringify(body)).toBe(200)
  return body
}

const searchGraphQL = async (args: Record<string, string>): Promise<Result> => {
  const { status, body } = await graphql(
    'query($q: String!, $locale: String) { search(q: $q, locale: $locale, limit: 50) { totalDocs docs { type id title excerpt match rank } } }',
    args,
  )
  expect(status, JSON.stringify(body)).toBe(200)
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined()
  return body.data.search
}

const idOf = async (collection: 'resources' | 'members', slug: string) =>
  (
    await (
      await payload()
    ).find({ collection, where: { slug: { equals: slug } }, depth: 0, limit: 1 })
  ).docs[0]!.id

const PROCEEDINGS = 'actes-premier-congres-developpeurs-territoriaux'
const keys = (r: Result) => r.docs.map((d) => `${d.type}/${d.id}`)

describe('search in partners’ words', () => {
  it('finds coopération and coopérer from `coop`, on REST and GraphQL alike', async () => {
    const proceedings = await idOf('resources', PROCEEDINGS)
    const found = await search({ q: 'coop', limit: '50' })
    const hit = found.docs.find((d) => d.type === 'resources' && d.id === proceedings)
    expect(hit).toMatchObject({ match: 'prefix' })
    expect(hit!.excerpt).toMatch(/<mark>coopér\w*<\/mark>/i)
    expect(keys(await searchGraphQL({ q: 'coop' }))).toEqual(keys(found))
    // Case and accents are ignored in what is typed too.
    expect(keys(await search({ q: 'COOPÉ', limit: '50' }))).toEqual(keys(found))
  })

  it('searches the English text with `locale=en`, in English', async () => {
    const proceedings = await idOf('resources', PROCEEDINGS)
    const en = await search({ q: 'proceedings', locale: 'en' })
    const hit = en.docs.find((d) => d.type === 'resources' && d.id === proceedings)
    expect(hit).toMatchObject({
      match: 'word',
      title: 'Proceedings of the first national congress of territorial developers',
    })
    // English stemming: « developer » is a form of « developers ».
    expect(keys(await search({ q: 'developer', locale: 'en' }))).toContain(
      `resources/${proceedings}`,
    )
    expect(keys(await searchGraphQL({ q: 'proceedings', locale: 'en' }))).toEqual(keys(en))
    // The French text has no such word.
    expect(keys(await search({ q: 'proceedings' }))).not.toContain(`resources/${proceedings}`)
  })

  it('finds an organisation whose name is typed with typos', async () => {
    const member = await idOf('members', 'collectif-ville-campagne')
    const found = await search({ q: 'Colectif Vile Campagne' })
    expect(found.docs[0]).toMatchObject({
      type: 'members',
      id: member,
      title: 'Collectif Ville Campagne',
      match: 'typo',
    })
    expect(keys(await searchGraphQL({ q: 'Colectif Vile Campagne' }))).toEqual(keys(found))
  })

  it('ranks a whole word above the start of a word, however often the latter occurs', async () => {
    await sql(`
      INSERT INTO search_index (doc_type, doc_id, title, slug, content, title_en, content_en, facets)
      VALUES ('resources', 900001, 'Atelier régional', 'atelier', 'Avec la coop du quartier',
              'Regional workshop', 'With the neighbourhood coop', '{}'),
             ('resources', 900002, 'Coopératives coopérantes', 'cooperatives',
              'coopératives coopératives', 'Cooperative cooperatives', 'cooperatives', '{}')`)
    for (const locale of ['fr', 'en']) {
      const { docs } = await search({ q: 'coop', locale, limit: '50' })
      const word = docs.find((d) => d.id === 900001)!
      const prefix = docs.find((d) => d.id === 900002)!
      expect([word.match, prefix.match]).toEqual(['word', 'prefix'])
      expect(prefix.rank).toBeGreaterThan(word.rank)
      expect(docs[0]).toBe(word)
      // Every whole word first, then every prefix.
      const kinds = docs.map((d) => MATCHES.indexOf(d.match as never))
      expect(kinds).toEqual([...kinds].sort((a, b) => a - b))
    }
  })

  it('indexes the English text of every change, falling back to French field by field', async () => {
    const local = await payload()
    const created = await local.create({
      collection: 'resources',
      data: { title: 'Fiche quinquennale', type: 'tool', _status: 'published' },
    })
    // No English yet: the English search reads the French, as the API does.
    expect((await search({ q: 'quinquennale', locale: 'en' })).docs.map((d) => d.id)).toEqual([
      created.id,
    ])
    await local.update({
      collection: 'resources',
      id: created.id,
      locale: 'en',
      data: { title: 'Five-year sheet' },
    })
    const en = await search({ q: 'five-year', locale: 'en' })
    expect(en.docs.map((d) => [d.id, d.title])).toEqual([[created.id, 'Five-year sheet']])
    expect((await search({ q: 'quinquennale' })).docs.map((d) => d.id)).toEqual([created.id])
    expect((await search({ q: 'quinquennale', locale: 'en' })).docs).toEqual([])
    await local.delete({ collection: 'resources', id: created.id })
  })

  it('gives the entries that existed their English text when reindexed (as the migration does)', async () => {
    await sql(`UPDATE search_index SET title_en = NULL, content_en = NULL`)
    expect((await search({ q: 'proceedings', locale: 'en' })).docs).toEqual([])
    const local = await payload()
    await reindex(await createLocalReq({}, local), searchOptions, ['resources'])
    expect(keys(await search({ q: 'proceedings', locale: 'en' }))).toContain(
      `resources/${await idOf('resources', PROCEEDINGS)}`,
    )
  })
})

describe('malformed search input', () => {
  const entries = async () =>
    Number((await sql('SELECT count(*) AS n FROM search_index')).rows[0].n)

  it.each([
    ['q', { q: 'x'.repeat(201) }],
    ['q', { q: '   ' }],
    ['locale', { q: 'coop', locale: 'de' }],
    ['locale', { q: 'coop', locale: 'all' }],
  ])('answers 400 naming %s', async (path, query) => {
    const before = await entries()
    const { status, body } = await rest('GET', `/search?${new URLSearchParams(query)}`)
    expect(status, JSON.stringify(body)).toBe(400)
    expect(body.errors[0].data.errors[0].path).toBe(path)
    expect(await entries()).toBe(before)
  })

  it('never fails on the characters of the query syntaxes, on REST or GraphQL', async () => {
    const odd = [
      `&|!:*()'\\`,
      `coop:*`,
      `'coop'`,
      `coop & | !`,
      `(coop`,
      `<->`,
      `-`,
      `"`,
      `or`,
      `- or "`,
      `coop:A`,
      `½ ¾`,
      `🙂 coop`,
      `l'eau d'ici`,
      `!!!coop`,
      `co`,
    ]
    for (const q of odd)
      for (const locale of ['fr', 'en']) {
        await search({ q, locale })
        await searchGraphQL({ q, locale })
      }
  })
})

it('says at start which extension the PostgreSQL server lacks', async () => {
  const without = { db: { pool: { query: async () => ({ rows: [{ name: 'unaccent' }] }) } } }
  await expect(ensureSearchExtensions(without as never)).rejects.toThrow(
    /lacks the extension\(s\) pg_trgm\. Install PostgreSQL contrib/,
  )
  await expect(ensureSearchExtensions(await payload())).resolves.toBeUndefined()
})
