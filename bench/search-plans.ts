/**
 * The plans of the search's queries over `SEARCH_PLANS_ROWS` index entries (default 100 000), the
 * bench's resources (words of unequal frequency, in French and English) and organisation names:
 * `DATA_DIR=/tmp/plans node --import ./src/register.mjs bench/search-plans.ts`. Prints each
 * query's EXPLAIN ANALYZE; figures in docs/benchmarks.md.
 */
import { openProjectDatabase } from '../src/db'
import { readEnv } from '../src/env'

const rows = Number(process.env.SEARCH_PLANS_ROWS ?? 100_000)
const database = await openProjectDatabase(readEnv())
const { default: config, searchOptions } = await import('../payload.config')
const { getPayload } = await import('payload')
const payload = await getPayload({ config })
await (await import('../src/prepare')).prepareDatabase(payload, { production: false })
const { searchDocuments, searchParams } = await import('../src/plugins/search/query')
const { resolveSearchOptions } = await import('../src/plugins/search/types')

const pool = payload.db.pool
const words = ['ingénierie', 'territoriale', 'animation', 'réseau', 'formation', 'coopération']
  .concat(['rural', 'urbain', 'emploi', 'compétences', 'transition', 'écologique', 'jeunesse'])
  .concat(['santé', 'mobilité', 'habitat', 'culture', 'tourisme', 'agriculture', 'numérique'])
  .concat(['insertion', 'économie', 'sociale', 'solidaire', 'europe', 'leader', 'politique'])
  .concat(['ville', 'montagne', 'littoral'])
const english = ['engineering', 'territorial', 'facilitation', 'network', 'training'].concat([
  'cooperation',
  'rural',
  'urban',
  'employment',
  'skills',
  'proceedings',
])
const loaded = Number((await pool.query(`SELECT count(*) AS n FROM search_index`)).rows[0].n)
if (loaded < rows) {
  const started = Date.now()
  await pool.query(
    `WITH drawn AS (
       SELECT n,
              coalesce((SELECT string_agg(w, ' ') FROM unnest($2::text[]) WITH ORDINALITY AS t(w, i)
                        WHERE abs(hashint4(n * 31 + i::int)) % (i::int + 3) = 0), 'développement') AS fr,
              coalesce((SELECT string_agg(w, ' ') FROM unnest($3::text[]) WITH ORDINALITY AS t(w, i)
                        WHERE abs(hashint4(n * 17 + i::int)) % (i::int + 3) = 0), 'development') AS en
       FROM generate_series(1, $1::int) n)
     INSERT INTO search_index (doc_type, doc_id, title, slug, content, title_en, content_en, facets)
     SELECT CASE WHEN n % 20 = 0 THEN 'members' ELSE 'resources' END, 1000000 + n,
            CASE WHEN n % 20 = 0 THEN 'Collectif ' || (ARRAY['Ville', 'Campagne', 'Montagne', 'Littoral'])[1 + n % 4] || ' ' || n
                 ELSE 'Ressource ' || n || ' : ' || fr END,
            'banc-' || n, 'Résumé de la ressource ' || n || ', ' || fr || '.',
            'Resource ' || n || ': ' || en, 'Summary of resource ' || n || ', ' || en || '.',
            '{"axes": [], "regions": []}'::jsonb
     FROM drawn`,
    [rows, words, english],
  )
  await pool.query('VACUUM ANALYZE search_index')
  console.log(`loaded ${rows} entries in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

// Each search query is explained (then run as usual).
const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<{ rows: unknown[] }>
let label = ''
;(pool as unknown as { query: typeof query }).query = async (...args: unknown[]) => {
  const [text, values] = args as [string, unknown[]]
  if (typeof text === 'string' && text.trimStart().startsWith('WITH q AS')) {
    const plan = await query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values)
    console.log(`\n### ${label}\n${plan.rows.map((r) => Object.values(r as object)[0]).join('\n')}`)
  }
  return query(...args)
}
const options = resolveSearchOptions(searchOptions)
const params = searchParams(options.types).fr
for (const [name, q, locale] of [
  ['a common word', 'animation', 'fr'],
  ['a rare word', 'littoral', 'fr'],
  ['a prefix (few whole-word matches)', 'coop', 'fr'],
  ['a common prefix', 'terr', 'fr'],
  ['English', 'proceedings', 'en'],
  ['English prefix', 'engin', 'en'],
  ['an organisation with typos', 'Colectif Vile Campagne', 'fr'],
  ['nothing found', 'zzzxq', 'fr'],
] as const) {
  label = `${name}: q=${q}&locale=${locale}`
  const result = await searchDocuments(payload, options, params.parse({ q, locale }))
  console.log(`→ ${result.totalDocs}${result.totalDocsCapped ? '+' : ''} matches`)
}
// Stopping the cluster ends Payload's held connection: expected here.
pool.on('error', () => undefined)
await database.stop()
process.exit(0)
