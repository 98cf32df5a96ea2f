import type { Payload, PayloadRequest } from 'payload'
import { z } from 'zod'

import { enumList, idList, inBothLanguages, noNul, wholeNumber } from '../endpoints'
import { MAX_ID } from '../input-validation/values'
import { escapeHtml } from '../../utilities/escapeHtml'
import { translate } from '../../utilities/translator'
import { translations } from './translations'
import { SEARCH_LOCALE_CODES, SEARCH_LOCALES, WORDS_CONFIG, type SearchLocale } from './locales'
import type { ResolvedSearchOptions } from './types'

export const searchParams = (types: readonly [string, ...string[]]) =>
  inBothLanguages((language) => {
    const words = translate(translations, language)('search:words')
    return z.object({
      q: noNul(language, z.string({ error: words }).trim().min(1, words).max(200)).meta({
        description:
          'The words: quotes for a phrase, `or`, `-word`; each word of 3 letters or more also matches as the start of a word.',
      }),
      locale: z
        .enum(SEARCH_LOCALE_CODES, {
          error: translate(translations, language)('search:locale', {
            values: SEARCH_LOCALE_CODES.join(', '),
          }),
        })
        .default(SEARCH_LOCALE_CODES[0])
        .meta({
          description:
            'The language searched, its word forms, and the language of the titles and excerpts.',
        }),
      type: enumList(language, types),
      axis: idList(language),
      function: idList(language),
      region: idList(language),
      page: wholeNumber(z.number().int().min(1).max(MAX_ID)).default(1),
      limit: wholeNumber(z.number().int().min(1).max(50)).default(10),
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
  /** How the hit matched: whole words, the start of words, or a name despite typos. */
  match: Match
  /** The relevance among the hits of the same `match`. */
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

/** Hits come whole words first, then prefixes, then names with typos. */
export const MATCHES = ['word', 'prefix', 'typo'] as const
export type Match = (typeof MATCHES)[number]

/** Shorter words are matched whole only: `co` would start most of the text. */
const PREFIX_MIN = 3

/**
 * The typed words as a prefix query (`coop & terr:*`), or null when `q` uses the operators of
 * websearch_to_tsquery (quotes, `or`, `-word`): a precise query is taken as written. The words are
 * letters and digits only, so the query is always valid tsquery syntax.
 */
export const prefixQuery = (q: string): string | null => {
  if (/["]|(^|\s)-|(^|\s)or(\s|$)/iu.test(q)) return null
  const words = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  if (!words.length) return null
  return words.map((w) => (w.length >= PREFIX_MIN ? `${w}:*` : w)).join(' & ')
}

/**
 * Ranked full-text search over the index table, in the locale asked: `websearch_to_tsquery`
 * (quotes, `or`, `-word`) on stemmed words, then the start of words (what a person is typing),
 * then names with typos (pg_trgm) for the types that allow them; title before text in the
 * ranking, excerpts as escaped HTML highlighted with <mark>.
 *
 * At 100 000 documents a common word matches most of them, and ranking every match costs
 * ~90 ms: the ranking is over the first `MATCHES_RANKED` matches the indexes find (whole words
 * first: a later kind of match is looked for only while there are fewer), the total counts up to
 * that many (`totalDocsCapped` says when there are more), and excerpts are made for the page's
 * rows only. Below the cap, results are those of ranking every match. The queries are written out
 * in the conditions (not taken from a CTE) so that the planner sees the words: for a common one it
 * reads the table until it has enough matches instead of building the index's bitmap of all of
 * them (20 ms).
 */
export const MATCHES_RANKED = 500

const FILTERS = `
    AND (cardinality($2::text[]) = 0 OR s.doc_type = ANY($2))
    AND (cardinality($3::int[]) = 0 OR s.facets->'axes' @> ANY(SELECT to_jsonb(a) FROM unnest($3::int[]) a))
    AND (cardinality($4::int[]) = 0 OR (s.facets->>'function')::int = ANY($4))
    AND (cardinality($5::int[]) = 0 OR s.facets->'regions' @> ANY(SELECT to_jsonb(r) FROM unnest($5::int[]) r))`

/** The matches in `table` for a locale, each with its kind (0 word, 1 prefix, 2 typo). */
const matching = (table: string, locale: SearchLocale) => {
  const { config, tsv, words, title } = SEARCH_LOCALES[locale]
  const word = `s.${tsv} @@ websearch_to_tsquery('${config}', $1)`
  const prefix = `($6::text IS NOT NULL AND s.${words} @@ to_tsquery('${WORDS_CONFIG}', $6))`
  const typo = `($6::text IS NOT NULL AND s.doc_type = ANY($7::text[]) AND s.${title} % $1)`
  const kind = (n: number, condition: string) =>
    `(SELECT s.id, ${n} AS kind, s.${title} AS title, s.${tsv} AS tsv, s.${words} AS words FROM "${table}" s WHERE ${condition} ${FILTERS} LIMIT ${MATCHES_RANKED + 1})`
  return `${kind(0, word)}
    UNION ALL ${kind(1, `${prefix} AND NOT ${word}`)}
    UNION ALL ${kind(2, `${typo} AND NOT ${prefix} AND NOT ${word}`)}
    LIMIT ${MATCHES_RANKED + 1}`
}

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
  { table, typoTypes }: ResolvedSearchOptions,
  p: SearchParams,
): Promise<SearchResult> => {
  const { config, content } = SEARCH_LOCALES[p.locale]
  const from = matching(table, p.locale)
  const filters = [p.q, p.type, p.axis, p.function, p.region, prefixQuery(p.q), typoTypes]
  const { rows } = await payload.db.pool.query<{
    doc_type: string
    doc_id: string
    title: string
    slug: string | null
    excerpt: string
    kind: number
    rank: number
    total: string
  }>(
    `WITH q AS (SELECT websearch_to_tsquery('${config}', $1) AS word,
                       to_tsquery('${WORDS_CONFIG}', coalesce($6, '')) AS prefix),
       matches AS (${from}),
       ranked AS (
         SELECT m.id, m.kind, m.title,
                CASE m.kind WHEN 0 THEN ts_rank_cd(m.tsv, q.word)
                            WHEN 1 THEN ts_rank_cd(m.words, q.prefix)
                            ELSE similarity(m.title, $1) END AS rank
         FROM (SELECT * FROM matches LIMIT ${MATCHES_RANKED}) m, q),
       page AS (SELECT * FROM ranked ORDER BY kind, rank DESC, title, id LIMIT $8 OFFSET $9)
     SELECT s.doc_type, s.doc_id, page.title, s.slug, page.kind, page.rank,
            ts_headline(CASE page.kind WHEN 1 THEN '${WORDS_CONFIG}' ELSE '${config}' END::regconfig,
                        translate(coalesce(nullif(s.${content}, ''), page.title), $10, ''),
                        CASE page.kind WHEN 1 THEN q.prefix ELSE q.word END, $11) AS excerpt,
            (SELECT count(*) FROM matches) AS total
     FROM page JOIN "${table}" s ON s.id = page.id, q
     ORDER BY page.kind, page.rank DESC, page.title, page.id`,
    [...filters, p.limit, (p.page - 1) * p.limit, START + STOP, HEADLINE],
  )
  // Past the last page there is no row to carry the count: ask for it.
  const counted = rows.length
    ? Number(rows[0]!.total)
    : Number(
        (
          await payload.db.pool.query<{ n: string }>(
            `SELECT count(*) AS n FROM (${from}) m`,
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
      match: MATCHES[r.kind]!,
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
