// The public API at 10 000 and 100 000 resources, against a bare raw-SQL server answering the same
// rows, in one run, interleaved (issue 11). A fresh embedded PostgreSQL in a temporary folder;
// `npm start`'s own process twice on it: A as configured (cache on), B with the cache off (what
// every request costs when it reaches Payload); the raw server is this script in a child process.
// Run: npm run bench:api   (BENCH_SIZES=10000,100000  BENCH_SECONDS=4  BENCH_ROUNDS=2  BENCH_CONNECTIONS=16;
// BENCH_FULL=0 skips the full server's memory, which needs the admin built)
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'
import pg from 'pg'
import { z } from 'zod'

import { signInOver, startServer, type TestServer } from '../tests/helpers/server'

const RAW = '--raw-sql-server'

// ---------------------------------------------------------------------------------------------
// ---------------------------------------------------------------------------------------------
async function main() {
  const settings = z
    .object({
      BENCH_SIZES: z
        .string()
        .default('10000,100000')
        .transform((s) => s.split(',').map(Number)),
      BENCH_SECONDS: z.coerce.number().positive().default(4),
      BENCH_ROUNDS: z.coerce.number().int().positive().default(2),
      BENCH_CONNECTIONS: z.coerce.number().int().positive().default(16),
      BENCH_FULL: z
        .enum(['0', '1'])
        .default('1')
        .transform((v) => v === '1'),
    })
    .parse(process.env)

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pole-bench-api-'))
  fs.chmodSync(dataDir, 0o755)
  const quiet = {
    LOG_LEVEL: 'warn',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
    RATE_LIMIT_API_KEY_PER_MINUTE: '0',
  }
  const servers: TestServer[] = []
  let raw: ReturnType<typeof spawn> | undefined
  try {
    const a = await startServer({
      env: { ...quiet, LOG_LEVEL: 'info', DATABASE_URL: '', DATA_DIR: dataDir },
    })
    servers.push(a)
    const port = /"port":(\d+)[^\n]*embedded PostgreSQL started/.exec(a.output())?.[1]
    const password = fs.readFileSync(path.join(dataDir, 'postgres-password'), 'utf8').trim()
    const databaseUrl = `postgres://postgres:${password}@127.0.0.1:${port}/pole_metiers`
    const secret = fs.readFileSync(path.join(dataDir, 'payload-secret'), 'utf8').trim()
    const b = await startServer({
      env: {
        ...quiet,
        DATABASE_URL: databaseUrl,
        PAYLOAD_SECRET: secret,
        API_CACHE_MAX_BYTES: '0',
      },
    })
    servers.push(b)

    const rawPort = 20000 + Math.floor(Math.random() * 20000)
    raw = spawn(
      process.execPath,
      ['--import', './src/register.mjs', 'bench/api.ts', RAW, databaseUrl, String(rawPort)],
      {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    )
    await new Promise((resolve) => raw!.once('message', resolve))
    const rawUrl = `http://127.0.0.1:${rawPort}`

    const db = new pg.Client({ connectionString: databaseUrl })
    // The cluster stops with server A at the end: the connection's death is expected then.
    db.on('error', () => undefined)
    await db.connect()
    const token = (email: string) => signInOver(b.url, email)
    const admin = await token('admin@pole-metiers.test')
    const pilot = await token('pilote@collectif-ville-campagne.test')

    const results: Array<{ size: number; rows: Row[]; rss: Record<string, number> }> = []
    let loaded = 0
    for (const size of settings.BENCH_SIZES) {
      await load(db, loaded, size)
      loaded = size
      await check(db, a.url, size)
      const rows = await measure({ a: a.url, b: b.url, raw: rawUrl, admin, pilot, db, settings })
      results.push({
        size,
        rows,
        rss: { 'A (API only, cache on)': rssOf(a.port), 'B (API only, cache off)': rssOf(b.port) },
      })
    }
    await db.end()
    const memory: Record<string, number> = {}
    if (settings.BENCH_FULL) {
      // The full server (admin included), after the admin's sign-in page and dashboard were served.
      const full = await startServer({
        admin: true,
        env: { ...quiet, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: secret },
        timeoutMs: 600_000,
      })
      servers.push(full)
      for (const page of [
        '/admin/login',
        '/admin',
        '/admin/collections/resources',
        '/admin/login',
        '/admin',
      ])
        await fetch(`${full.url}${page}`, { headers: { cookie: `payload-token=${admin}` } }).then(
          (r) => r.arrayBuffer(),
        )
      // Like for like: the same API load on the full server and on a fresh API-only one.
      const fresh = await startServer({
        env: { ...quiet, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: secret },
      })
      servers.push(fresh)
      const load = (url: string) => {
        let page = 1
        return {
          name: 'memory load',
          url,
          path: () => `/api/resources?limit=20&depth=1&page=${(page++ % 2000) + 2}`,
        }
      }
      await run(load(full.url), settings)
      await run(load(fresh.url), settings)
      memory['full server (SERVE_ADMIN=true), 5 admin pages then the API load'] = rssOf(full.port)
      memory['API-only server, the same API load'] = rssOf(fresh.port)
    }
    memory['API-only server A, after the whole run'] = rssOf(a.port)
    report(results, memory)
  } finally {
    raw?.kill()
    for (const server of servers.reverse()) await server.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------------------------
// Data: resources with French and English titles and summaries, authors, an axis, a publisher,
// a year, a function; one in ten a draft, drafts in every function (the draft test is on the
// quotient, the function on the remainder); their latest versions; their search entries with
// words of unequal frequency. Inserted in SQL (the triggers keep the counts and notify).
async function load(db: pg.Client, from: number, to: number) {
  const started = Date.now()
  const words = [
    'ingénierie',
    'territoriale',
    'animation',
    'réseau',
    'formation',
    'coopération',
    'rural',
    'urbain',
    'emploi',
    'compétences',
    'transition',
    'écologique',
    'jeunesse',
    'santé',
    'mobilité',
    'habitat',
    'culture',
    'tourisme',
    'agriculture',
    'numérique',
    'insertion',
    'économie',
    'sociale',
    'solidaire',
    'europe',
    'leader',
    'politique',
    'ville',
    'montagne',
    'littoral',
  ]
  await db.query('BEGIN')
  await db.query(
    `
    CREATE TEMP TABLE batch ON COMMIT DROP AS
    WITH fns AS (SELECT array_agg(id ORDER BY id) AS ids FROM functions),
         orgs AS (SELECT array_agg(id ORDER BY id) AS ids FROM members),
         axes AS (SELECT array_agg(id ORDER BY id) AS ids FROM axes)
    SELECT n, 'ressource-banc-' || n AS slug, 2000 + n % 25 AS year,
           fns.ids[1 + n % array_length(fns.ids, 1)] AS fn, orgs.ids[1 + (n / 7) % array_length(orgs.ids, 1)] AS publisher,
           axes.ids[1 + (n / 3) % array_length(axes.ids, 1)] AS axis,
           CASE WHEN (n / array_length(fns.ids, 1)) % 10 = 0 THEN 'draft' ELSE 'published' END AS status,
           now() - make_interval(secs => 200000 - n) AS created,
           -- The i-th word in about one document of i + 3, each drawn on its own (a hash of n and i).
           coalesce((SELECT string_agg(w, ' ') FROM unnest($3::text[]) WITH ORDINALITY AS t(w, i)
                     WHERE abs(hashint4(n * 31 + i::int)) % (i::int + 3) = 0), 'développement') AS words
    FROM generate_series($1::int + 1, $2::int) AS n, fns, orgs, axes`,
    [from, to, words],
  )
  await db.query(`
    CREATE TEMP TABLE made ON COMMIT DROP AS
    WITH inserted AS (
      INSERT INTO resources (slug, generate_slug, type, year, function_id, publisher_id, _status, created_at, updated_at)
      SELECT slug, false, 'tool', year, fn, publisher, status::enum_resources_status, created, created FROM batch ORDER BY n
      RETURNING id, slug)
    SELECT inserted.id, batch.* FROM inserted JOIN batch USING (slug)`)
  await db.query(`
    INSERT INTO resources_locales (title, summary, _locale, _parent_id)
    SELECT 'Ressource ' || n || ' : ' || words, 'Résumé de la ressource ' || n || ', ' || words || '.', 'fr'::_locales, id FROM made
    UNION ALL SELECT 'Resource ' || n, 'Summary of resource ' || n || '.', 'en'::_locales, id FROM made`)
  await db.query(`
    INSERT INTO resources_texts ("order", parent_id, path, text)
    SELECT 1, id, 'authors', 'Autrice ' || n % 300 FROM made UNION ALL SELECT 2, id, 'authors', 'Auteur ' || n % 500 FROM made`)
  await db.query(
    `INSERT INTO resources_rels ("order", parent_id, path, axes_id) SELECT 1, id, 'axes', axis FROM made`,
  )
  await db.query(`
    WITH versions AS (
      INSERT INTO _resources_v (parent_id, version_slug, version_generate_slug, version_type, version_year, version_function_id,
                                version_publisher_id, version__status, latest, version_created_at, version_updated_at, created_at, updated_at)
      SELECT id, slug, false, 'tool', year, fn, publisher, status::enum__resources_v_version_status, true, created, created, created, created
      FROM made RETURNING id, parent_id)
    INSERT INTO _resources_v_locales (version_title, version_summary, _locale, _parent_id)
    SELECT 'Ressource ' || made.n || ' : ' || made.words, 'Résumé de la ressource ' || made.n || '.', 'fr'::_locales, versions.id
    FROM versions JOIN made ON made.id = versions.parent_id`)
  await db.query(`
    INSERT INTO search_index (doc_type, doc_id, title, slug, content, title_en, content_en, facets)
    SELECT 'resources', id, 'Ressource ' || n || ' : ' || words, slug, 'Résumé de la ressource ' || n || ', ' || words || '.',
           'Resource ' || n, 'Summary of resource ' || n || '.',
           jsonb_build_object('axes', jsonb_build_array(axis), 'regions', '[]'::jsonb, 'function', fn)
    FROM made WHERE status = 'published'`)
  await db.query('COMMIT')
  await db.query('VACUUM ANALYZE')
  console.log(
    `loaded resources ${from + 1}–${to} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  )
}

/** The data is what the figures claim: counts per status and function, and what the API answers. */
async function check(db: pg.Client, url: string, size: number) {
  const { rows } = await db.query(
    `SELECT _status AS status, count(*)::int AS n, count(DISTINCT function_id)::int AS functions FROM resources WHERE slug LIKE 'ressource-banc-%' GROUP BY 1 ORDER BY 1`,
  )
  console.log(
    `${size}: ${rows.map((r) => `${r.n} ${r.status} in ${r.functions} functions`).join(', ')}`,
  )
  const drafts = rows.find((r) => r.status === 'draft')
  if (rows.reduce((sum, r) => sum + r.n, 0) !== size || !drafts || drafts.functions < 2)
    throw new Error('bench data is not what it should be')
  const list = (await (await fetch(`${url}/api/resources?limit=20&depth=0`)).json()) as {
    docs: unknown[]
    totalDocs: number
  }
  const published = (
    await db.query(`SELECT count(*)::int AS n FROM resources WHERE _status = 'published'`)
  ).rows[0].n
  if (list.docs.length !== 20 || list.totalDocs !== published)
    throw new Error(`API list: ${list.docs.length} docs, total ${list.totalDocs} ≠ ${published}`)
}

// ---------------------------------------------------------------------------------------------
type Row = {
  name: string
  rps: number
  p50: number
  p95: number
  p99: number
  bad: number
  cache?: string
}

type Case = {
  name: string
  url: string
  path: string | (() => string)
  method?: 'GET' | 'POST'
  body?: string
  headers?: Record<string, string>
  connections?: number
  /** Statuses that count as answered (200 unless said). */
  ok?: number[]
  /** What one answer must be before its figures are trusted: undefined when it is right. */
  expect?: (body: any) => string | undefined
}

/** A page of 20 with the expected total. */
const page = (total: number) => (body: any) =>
  body?.docs?.length === 20 && body.totalDocs === total
    ? undefined
    : `${body?.docs?.length} docs, total ${body?.totalDocs}, not 20 of ${total}`

const graphqlList = '{ Resources(limit: 20) { totalDocs docs { id title slug year summary } } }'

async function measure({
  a,
  b,
  raw,
  admin,
  pilot,
  db,
  settings,
}: {
  a: string
  b: string
  raw: string
  admin: string
  pilot: string
  db: pg.Client
  settings: { BENCH_SECONDS: number; BENCH_ROUNDS: number; BENCH_CONNECTIONS: number }
}): Promise<Row[]> {
  const slug = (
    await db.query(
      `SELECT slug FROM resources WHERE _status = 'published' ORDER BY id DESC OFFSET 500 LIMIT 1`,
    )
  ).rows[0].slug
  // The totals each list must answer: published, everything (the admin), the year filter, and the
  // pilot's (published, or a draft of a function its organisation pilots today for resources).
  const totals = (
    await db.query(`
      SELECT count(*) FILTER (WHERE _status = 'published')::int AS published, count(*)::int AS everything,
             count(*) FILTER (WHERE _status = 'published' AND year = 2010)::int AS year2010,
             count(*) FILTER (WHERE _status = 'published' OR function_id IN (
               SELECT p._parent_id FROM functions_pilots p JOIN users u ON u.organisation_id = p.organisation_id
               WHERE u.email = 'pilote@collectif-ville-campagne.test' AND p.starts_on <= now() AND (p.ends_on IS NULL OR p.ends_on > now())
                 AND (NOT EXISTS (SELECT 1 FROM functions_pilots_collections c WHERE c.parent_id = p.id)
                      OR EXISTS (SELECT 1 FROM functions_pilots_collections c WHERE c.parent_id = p.id AND c.value = 'resources'))))::int AS pilot
      FROM resources`)
  ).rows[0] as { published: number; everything: number; year2010: number; pilot: number }
  if (!(totals.pilot > totals.published && totals.pilot < totals.everything))
    throw new Error(
      `the pilot would see ${totals.pilot} of ${totals.everything} (published ${totals.published}): it must see some drafts, not all`,
    )
  const list = '/api/resources?limit=20&depth=0'
  const etag = (await fetch(`${a}${list}`)).headers.get('etag')
  // A miss: page 1 with a parameter Payload ignores but the cache key keeps, new on every request
  // (new pages each time ran out at small sizes and were then hits).
  let miss = 0
  const search = '/api/search?q=ing%C3%A9nierie%20territoriale'
  const found = (body: any) =>
    body?.docs?.length > 0 && body.totalDocs > 0
      ? undefined
      : `no match: ${JSON.stringify(body)?.slice(0, 200)}`
  const cases: Case[] = [
    { name: 'raw SQL, page 1', url: raw, path: '/?page=1', expect: page(totals.published) },
    { name: 'raw SQL, page 25', url: raw, path: '/?page=25', expect: page(totals.published) },
    { name: 'REST list, cache hit', url: a, path: list, expect: page(totals.published) },
    {
      name: 'REST list, cache miss (a no-op parameter varied)',
      url: a,
      path: () => `${list}&bench=${miss++}`,
      expect: page(totals.published),
    },
    // Without an ETag (no cache in this build) there is no 304 to measure.
    ...(etag
      ? [
          {
            name: 'REST list, 304',
            url: a,
            path: list,
            headers: { 'if-none-match': etag },
            ok: [304],
          },
        ]
      : []),
    { name: 'REST list page 1, uncached', url: b, path: list, expect: page(totals.published) },
    {
      name: 'REST list page 25, uncached',
      url: b,
      path: `${list}&page=25`,
      expect: page(totals.published),
    },
    {
      name: 'REST list depth 1, uncached',
      url: b,
      path: '/api/resources?limit=20&depth=1',
      expect: page(totals.published),
    },
    {
      name: 'REST list page 25 depth 1, uncached',
      url: b,
      path: '/api/resources?limit=20&depth=1&page=25',
      expect: page(totals.published),
    },
    {
      name: 'REST filter year, uncached',
      url: b,
      path: `${list}&where[year][equals]=2010`,
      expect: page(totals.year2010),
    },
    {
      name: 'REST sort -year, uncached',
      url: b,
      path: `${list}&sort=-year`,
      expect: page(totals.published),
    },
    {
      name: 'GraphQL list (POST), uncached',
      url: b,
      path: '/api/graphql',
      method: 'POST',
      body: JSON.stringify({ query: graphqlList }),
      headers: { 'content-type': 'application/json' },
      expect: (body) => page(totals.published)(body?.data?.Resources),
    },
    {
      name: 'GraphQL list (GET), cache hit',
      url: a,
      path: `/api/graphql?query=${encodeURIComponent(graphqlList)}`,
      expect: (body) => page(totals.published)(body?.data?.Resources),
    },
    {
      name: 'one document by slug, uncached',
      url: b,
      path: `/api/resources?limit=1&depth=0&where[slug][equals]=${slug}`,
      expect: (body) => (body?.docs?.[0]?.slug === slug ? undefined : `not the document ${slug}`),
    },
    { name: 'search, uncached', url: b, path: search, expect: found },
    {
      name: 'search alone (1 connection), uncached',
      url: b,
      path: search,
      connections: 1,
      expect: found,
    },
    {
      name: 'admin list (draft=true)',
      url: b,
      path: `${list}&draft=true`,
      headers: { authorization: `JWT ${admin}` },
      expect: page(totals.everything),
    },
    {
      name: 'pilot list (draft=true)',
      url: b,
      path: `${list}&draft=true`,
      headers: { authorization: `JWT ${pilot}` },
      expect: page(totals.pilot),
    },
  ]
  // Every case answers what it should once, then runs a second unmeasured (each server's first
  // requests of a kind pay for compiling code and filling Payload's caches).
  for (const c of cases) {
    const response = await fetch(`${c.url}${typeof c.path === 'string' ? c.path : c.path()}`, {
      method: c.method,
      headers: c.headers,
      body: c.body,
    })
    const text = await response.text()
    const wrong = !(c.ok ?? [200]).includes(response.status)
      ? `status ${response.status}: ${text.slice(0, 200)}`
      : c.expect?.(JSON.parse(text))
    if (wrong) throw new Error(`${c.name}: ${wrong}`)
    await run(c, { ...settings, BENCH_SECONDS: 1 })
  }
  const runs = new Map<string, Row[]>()
  for (let round = 0; round < settings.BENCH_ROUNDS; round++) {
    // Interleaved: each round runs every case once, in an order that alternates.
    const order = round % 2 ? [...cases].reverse() : cases
    for (const c of order) runs.set(c.name, [...(runs.get(c.name) ?? []), await run(c, settings)])
  }
  return cases.map((c) => {
    const rows = runs.get(c.name)!
    const mean = (key: 'rps' | 'p50' | 'p95' | 'p99') =>
      rows.reduce((sum, r) => sum + r[key], 0) / rows.length
    return {
      name: c.name,
      rps: mean('rps'),
      p50: mean('p50'),
      p95: mean('p95'),
      p99: mean('p99'),
      bad: rows.reduce((s, r) => s + r.bad, 0),
      cache: rows.at(-1)!.cache,
    }
  })
}

async function run(
  c: Case,
  settings: { BENCH_SECONDS: number; BENCH_CONNECTIONS: number },
): Promise<Row> {
  const ok = c.ok ?? [200]
  const seen: Record<string, number> = {}
  // Every answer's time, for exact percentiles (autocannon's histogram has p97.5, not p95).
  const times: number[] = []
  const result = await autocannon({
    url: c.url,
    connections: c.connections ?? settings.BENCH_CONNECTIONS,
    duration: settings.BENCH_SECONDS,
    setupClient: (client) =>
      client.on('response', (_status: number, _bytes: number, ms: number) => times.push(ms)),
    requests: [
      {
        method: c.method ?? 'GET',
        path: typeof c.path === 'string' ? c.path : c.path(),
        headers: c.headers,
        body: c.body,
        setupRequest: (request) =>
          typeof c.path === 'function' ? { ...request, path: c.path() } : request,
        onResponse: (_status, _body, _context, headers) => {
          const state = (headers as Record<string, string> | undefined)?.['x-cache'] ?? 'none'
          seen[state] = (seen[state] ?? 0) + 1
        },
      },
    ],
  })
  const statuses = Object.entries(result.statusCodeStats ?? {}) as Array<
    [string, { count: number }]
  >
  const bad =
    statuses
      .filter(([status]) => !ok.includes(Number(status)))
      .reduce((sum, [, s]) => sum + s.count, 0) +
    result.errors +
    result.timeouts
  // What the cache said of most answers (hit, miss, or none when it was not asked).
  const cache = Object.entries(seen).sort((x, y) => y[1] - x[1])[0]?.[0]
  if (bad)
    console.error(
      `!!! ${c.name}: ${bad} unexpected answers (${statuses.map(([status, s]) => `${status} ×${s.count}`).join(', ')}, ${result.errors} errors, ${result.timeouts} timeouts)`,
    )
  times.sort((x, y) => x - y)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN
  return {
    name: c.name,
    rps: result.requests.average,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    bad,
    cache: cache === 'none' ? '' : cache,
  }
}

/** Resident memory of the server listening on `port` (its own process, not npm's). */
function rssOf(port: number): number {
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      const environ = fs.readFileSync(`/proc/${pid}/environ`, 'utf8')
      if (cmdline.includes('src/start.ts') && environ.split('\0').includes(`PORT=${port}`)) {
        const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
        return Math.round(Number(kb) / 1024)
      }
    } catch {
      // gone
    }
  }
  return NaN
}

// ---------------------------------------------------------------------------------------------
function report(
  results: Array<{ size: number; rows: Row[]; rss: Record<string, number> }>,
  memory: Record<string, number>,
) {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : 'n/a')
  // undefined: not measurable in this run (no X-Cache header: the cache is not there).
  const checks: Array<[string, boolean | undefined, string]> = []
  for (const { size, rows, rss } of results) {
    console.log(`\n### ${String(size).replace(/\B(?=(\d{3})+$)/g, ' ')} resources\n`)
    console.log('| case | req/s | p50 ms | p95 ms | p99 ms | unexpected | X-Cache |')
    console.log('|---|---|---|---|---|---|---|')
    for (const r of rows)
      console.log(
        `| ${r.name} | ${f(r.rps)} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${r.bad} | ${r.cache ?? ''} |`,
      )
    console.log(
      `\nRSS after the run: ${Object.entries(rss)
        .map(([k, v]) => `${k} ${v} MB`)
        .join(', ')}`,
    )
    const get = (name: string) => rows.find((r) => r.name === name)!
    const ratio = (x: number, y: number) => x / y
    const rawRps = get('raw SQL, page 1').rps
    checks.push(
      get('REST list, cache hit').cache === 'hit'
        ? [
            `${size}: cache hit ≥ 1.0× raw req/s`,
            ratio(get('REST list, cache hit').rps, rawRps) >= 1,
            `${ratio(get('REST list, cache hit').rps, rawRps).toFixed(2)}×`,
          ]
        : [
            `${size}: cache hit ≥ 1.0× raw req/s`,
            undefined,
            `no hit (X-Cache: ${get('REST list, cache hit').cache || 'absent'})`,
          ],
      [
        `${size}: uncached ≥ 0.3× raw req/s`,
        ratio(get('REST list page 1, uncached').rps, rawRps) >= 0.3,
        `${ratio(get('REST list page 1, uncached').rps, rawRps).toFixed(2)}×`,
      ],
      [
        `${size}: page 25 within 1.5× of page 1 (p50)`,
        ratio(get('REST list page 25, uncached').p50, get('REST list page 1, uncached').p50) <= 1.5,
        `${ratio(get('REST list page 25, uncached').p50, get('REST list page 1, uncached').p50).toFixed(2)}×`,
      ],
      [
        `${size}: pilot ≤ 1.15× admin (p50)`,
        ratio(get('pilot list (draft=true)').p50, get('admin list (draft=true)').p50) <= 1.15,
        `${ratio(get('pilot list (draft=true)').p50, get('admin list (draft=true)').p50).toFixed(2)}×`,
      ],
      [
        `${size}: GraphQL ≤ 1.3× REST (p50, uncached)`,
        ratio(get('GraphQL list (POST), uncached').p50, get('REST list page 1, uncached').p50) <=
          1.3,
        `${ratio(get('GraphQL list (POST), uncached').p50, get('REST list page 1, uncached').p50).toFixed(2)}×`,
      ],
      [
        `${size}: search alone p95 < 20 ms`,
        get('search alone (1 connection), uncached').p95 < 20,
        `${f(get('search alone (1 connection), uncached').p95)} ms`,
      ],
      [
        `${size}: search at 16 connections p95 < 150 ms`,
        get('search, uncached').p95 < 150,
        `${f(get('search, uncached').p95)} ms`,
      ],
      [
        `${size}: no unexpected status`,
        rows.every((r) => r.bad === 0),
        `${rows.reduce((s, r) => s + r.bad, 0)}`,
      ],
    )
  }
  if (results.length > 1) {
    const [small, large] = [results[0]!, results.at(-1)!]
    const p50 = (r: typeof small) =>
      r.rows.find((x) => x.name === 'REST list page 1, uncached')!.p50
    checks.push([
      `list p50 at ${large.size} within 1.5× of ${small.size}`,
      p50(large) / p50(small) <= 1.5,
      `${(p50(large) / p50(small)).toFixed(2)}×`,
    ])
  }
  console.log(
    `\nMemory (RSS): ${Object.entries(memory)
      .map(([k, v]) => `${k}: ${v} MB`)
      .join('; ')}`,
  )
  console.log('\n| target | result | |\n|---|---|---|')
  for (const [name, pass, value] of checks)
    console.log(`| ${name} | ${value} | ${pass === undefined ? 'n/a' : pass ? 'PASS' : 'FAIL'} |`)
}

// ---------------------------------------------------------------------------------------------
// The baseline: the same 20 rows and their count, straight from PostgreSQL, as JSON.
if (process.argv[2] === RAW) {
  const pool = new pg.Pool({ connectionString: process.argv[3], max: 10 })
  const server = http.createServer(async (req, res) => {
    const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? 1)
    const [rows, count] = await Promise.all([
      pool.query(
        `SELECT r.id, r.slug, l.title, l.summary, r.year, r.type, r._status, r.function_id, r.created_at
         FROM resources r LEFT JOIN resources_locales l ON l._parent_id = r.id AND l._locale = 'fr'
         WHERE r._status = 'published' ORDER BY r.created_at DESC LIMIT 20 OFFSET $1`,
        [(page - 1) * 20],
      ),
      pool.query(`SELECT count(*)::int AS n FROM resources WHERE _status = 'published'`),
    ])
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ docs: rows.rows, totalDocs: count.rows[0].n, page }))
  })
  server.listen(Number(process.argv[4]), '127.0.0.1', () => process.send?.('ready'))
} else {
  await main()
}
