import type { Payload, PayloadRequest } from 'payload'
import { z } from 'zod'

import { enumList, idList, inBothLanguages, noNul } from '../endpoints'
import { MAX_ID } from '../input-validation/values'
import { escapeHtml } from '../../utilities/escapeHtml'
import { translate } from '../../utilities/translator'
import { translations } from './translations'
import type { ResolvedSearchOptions } from './types'

/** The text search configuration the migration creates: French stemming after unaccent. */
export const TS_CONFIG = 'french_unaccent'

export const searchParams = (types: readonly [string, ...string[]]) =>
  inBothLanguages((language) => {
    const words = translate(translations, language)('search:words')
    return z.object({
      q: noNul(language, z.string({ error: words }).trim().min(1, words).max(200)).meta({
        description: 'The words: quotes for a phrase, `or`, `-word`.',
      }),
      type: enumList(language, types),
      axis: idList(language),
      function: idList(language),
      region: idList(language),
      page: z.coerce.number().int().min(1).max(MAX_ID).default(1),
      limit: z.coerce.number().int().min(1).max(50).default(10),
    })
  })

/** The parameters' schemas, one per language: the REST endpoint and GraphQL share them. */
export type SearchParamSchemas = ReturnType<typeof searchParams>

export type SearchParams = z.infer<SearchParamSchemas['fr']>

export type SearchHit = {
  type: string
  id: number
  title: string
  slug: string | null
  excerpt: string
  rank: number
}

export type SearchResult = {
  docs: SearchHit[]
  /** The matches, up to MATCHES_RANKED. */
  totalDocs: number
  /** There are more matches than MATCHES_RANKED: the total reads "500+". */
  totalDocsCapped: boolean
  page: number
  limit: number
  totalPages: number
  hasNextPage: boolean
}

/**
 * Ranked full-text search over the index table: `websearch_to_tsquery` (quotes, `or`, `-word`),
 * title before text in the ranking, excerpts as escaped HTML highlighted with <mark>.
 *
 * At 100 000 documents a common word matches most of them, and ranking every match costs
 * ~90 ms: the ranking is over the first `MATCHES_RANKED` matches the index finds, the total
 * counts up to that many (`totalDocsCapped` says when there are more), and excerpts are made for
 * the page's rows only. Below the cap, results are those of ranking every match. The query is
 * written out in the condition (not taken from `q`) so that the planner sees the words: for a
 * common one it reads the table until it has enough matches instead of building the index's
 * bitmap of all of them (20 ms).
 */
export const MATCHES_RANKED = 500

const matching = `
  FROM "%TABLE%" s
  WHERE s.tsv @@ websearch_to_tsquery('${TS_CONFIG}', $1)
    AND (cardinality($2::text[]) = 0 OR s.doc_type = ANY($2))
    AND (cardinality($3::int[]) = 0 OR s.facets->'axes' @> ANY(SELECT to_jsonb(a) FROM unnest($3::int[]) a))
    AND (cardinality($4::int[]) = 0 OR (s.facets->>'function')::int = ANY($4))
    AND (cardinality($5::int[]) = 0 OR s.facets->'regions' @> ANY(SELECT to_jsonb(r) FROM unnest($5::int[]) r))
  LIMIT ${MATCHES_RANKED + 1}`

const QUERY = `q AS (SELECT websearch_to_tsquery('${TS_CONFIG}', $1) AS query)`

// ts_headline copies the text as it is, markup included: the excerpt is escaped here, and only the
// marks ts_headline adds become <mark>. They are private-use characters, taken out of the text first.
const START = '\uE000'
const STOP = '\uE001'
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter= … `
const excerptHtml = (raw: string) =>
  raw
    .replace(/[&<>"']/g, escapeHtml)
    .replaceAll(START, '<mark>')
    .replaceAll(STOP, '</mark>')

/** The parameters with `region` widened as the options say (regions across a reform). */
export const withRegions = async (
  req: PayloadRequest,
  { regionsOf }: ResolvedSearchOptions,
  p: SearchParams,
): Promise<SearchParams> =>
  regionsOf && p.region.length ? { ...p, region: await regionsOf(req, p.region) } : p

export const searchDocuments = async (
  payload: Payload,
  table: string,
  p: SearchParams,
): Promise<SearchResult> => {
  const from = matching.replace('%TABLE%', table)
  const filters = [p.q, p.type, p.axis, p.function, p.region]
  const { rows } = await payload.db.pool.query<{
    doc_type: string
    doc_id: string
    title: string
    slug: string | null
    excerpt: string
    rank: number
    total: string
  }>(
    `WITH ${QUERY},
       matches AS (SELECT s.id, s.title, s.tsv ${from}),
       ranked AS (SELECT m.id, m.title, ts_rank_cd(m.tsv, q.query) AS rank FROM (SELECT * FROM matches LIMIT ${MATCHES_RANKED}) m, q),
       page AS (SELECT * FROM ranked ORDER BY rank DESC, title, id LIMIT $6 OFFSET $7)
     SELECT s.doc_type, s.doc_id, s.title, s.slug, page.rank,
            ts_headline('${TS_CONFIG}', translate(coalesce(nullif(s.content, ''), s.title), $8, ''), q.query, $9) AS excerpt,
            (SELECT count(*) FROM matches) AS total
     FROM page JOIN "${table}" s ON s.id = page.id, q
     ORDER BY page.rank DESC, page.title, page.id`,
    [...filters, p.limit, (p.page - 1) * p.limit, START + STOP, HEADLINE],
  )
  // Past the last page there is no row to carry the count: ask for it.
  const counted = rows.length
    ? Number(rows[0]!.total)
    : Number(
        (
          await payload.db.pool.query<{ n: string }>(
            `SELECT count(*) AS n FROM (SELECT 1 ${from}) m`,
            filters,
          )
        ).rows[0]!.n,
      )
  const totalDocs = Math.min(counted, MATCHES_RANKED)
  const totalPages = Math.ceil(totalDocs / p.limit)
  return {
    docs: rows.map((r) => ({
      type: r.doc_type,
      id: Number(r.doc_id),
      title: r.title,
      slug: r.slug,
      excerpt: excerptHtml(r.excerpt),
      rank: Number(r.rank),
    })),
    totalDocs,
    totalDocsCapped: counted > MATCHES_RANKED,
    page: p.page,
    limit: p.limit,
    totalPages,
    hasNextPage: p.page < totalPages,
  }
}
