import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MATCHES_RANKED } from '../../src/plugins/search/query'
import { payload, rest } from '../helpers/api'

/*
 * Search ranks the first MATCHES_RANKED matches only and makes excerpts for its page only
 * (issue 11). Below the cap its results must be those of ranking every match, page by page;
 * above it, the total says so and the pages still follow the ranking.
 */
let client: pg.Client

beforeAll(async () => {
  await payload()
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  // Documents of the index beside the seed's, sharing words in their titles and texts.
  await client.query(`
    INSERT INTO search_index (doc_type, doc_id, title, slug, content, facets)
    SELECT 'resources', 100000 + n, 'Fiche ' || n || CASE WHEN n % 3 = 0 THEN ' animation territoriale' ELSE '' END,
           'fiche-' || n, repeat('animation ', n % 4) || 'des réseaux et formation des agents ' || n,
           jsonb_build_object('axes', jsonb_build_array(1 + n % 2), 'regions', '[]'::jsonb, 'function', 1 + n % 3)
    FROM generate_series(1, 60) n`)
})
afterAll(async () => {
  await client?.end()
})

type Hit = { type: string; id: number; rank: number }

/** Every match, ranked as the search promises: rank, then title, then the index row. */
const everyMatch = async (q: string, type?: string) =>
  (
    await client.query<{ type: string; id: string; rank: number }>(
      `SELECT s.doc_type AS type, s.doc_id AS id, ts_rank_cd(s.tsv, q) AS rank
       FROM search_index s, websearch_to_tsquery('french_unaccent', $1) q
       WHERE s.tsv @@ q AND ($2::text IS NULL OR s.doc_type = $2)
       ORDER BY rank DESC, s.title, s.id`,
      [q, type ?? null],
    )
  ).rows.map((r) => ({ type: r.type, id: Number(r.id), rank: Number(r.rank) }))

const search = async (query: string) => {
  const { status, body } = await rest('GET', `/search?${query}`)
  expect(status, JSON.stringify(body)).toBe(200)
  return body as {
    docs: Array<Hit & { excerpt: string }>
    totalDocs: number
    totalDocsCapped: boolean
    totalPages: number
  }
}

describe('search', () => {
  it.each([
    ['animation', undefined],
    ['animation territoriale', undefined],
    ['"formation des agents" -territoriale', undefined],
    ['développement', undefined],
    ['animation or métiers', 'resources'],
  ])('answers %s (type %s) page by page as ranking every match would', async (q, type) => {
    const all = await everyMatch(q, type)
    expect(all.length).toBeGreaterThan(5)
    const limit = 7
    const pages = Math.ceil(all.length / limit)
    for (let page = 1; page <= pages + 1; page++) {
      const params = new URLSearchParams({
        q,
        limit: String(limit),
        page: String(page),
        ...(type ? { type } : {}),
      })
      const result = await search(params.toString())
      const expected = all.slice((page - 1) * limit, page * limit)
      expect(result.docs.map(({ type, id }) => ({ type, id }))).toEqual(
        expected.map(({ type, id }) => ({ type, id })),
      )
      result.docs.forEach((hit, i) => expect(hit.rank).toBeCloseTo(expected[i]!.rank, 5))
      expect({
        totalDocs: result.totalDocs,
        totalPages: result.totalPages,
        capped: result.totalDocsCapped,
      }).toEqual({
        totalDocs: all.length,
        totalPages: pages,
        capped: false,
      })
    }
  })

  it(`says "${MATCHES_RANKED}+" beyond ${MATCHES_RANKED} matches, and its pages still follow the ranking`, async () => {
    await client.query(`
      INSERT INTO search_index (doc_type, doc_id, title, slug, content, facets)
      SELECT 'resources', 200000 + n, 'Plafond ' || n, 'plafond-' || n, repeat('plafonnement ', 1 + n % 5), '{}'::jsonb
      FROM generate_series(1, ${MATCHES_RANKED + 50}) n`)
    const first = await search('q=plafonnement&limit=50')
    expect({
      totalDocs: first.totalDocs,
      capped: first.totalDocsCapped,
      totalPages: first.totalPages,
    }).toEqual({
      totalDocs: MATCHES_RANKED,
      capped: true,
      totalPages: MATCHES_RANKED / 50,
    })
    const seen = new Set<number>()
    let previous = Infinity
    for (let page = 1; page <= 3; page++) {
      const { docs } = await search(`q=plafonnement&limit=50&page=${page}`)
      expect(docs).toHaveLength(50)
      for (const hit of docs) {
        expect(hit.rank).toBeLessThanOrEqual(previous)
        previous = hit.rank
        expect(seen.has(hit.id)).toBe(false)
        seen.add(hit.id)
      }
    }
    expect((await search(`q=plafonnement&limit=50&page=${MATCHES_RANKED / 50 + 1}`)).docs).toEqual(
      [],
    )
  })
})
