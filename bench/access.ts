// What delegated access costs on a list: pages of 20 out of 10 000 resources, listed by a pilot
// (access returns a Where: published, or of a function it pilots today) and by an admin (no
// condition), measured in one run, interleaved so that drift hits both alike.
// Run: npm run bench:access   (a new embedded PostgreSQL in a temporary folder, removed after)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { z } from 'zod'

import { openDatabase } from '../src/db'

const settings = z
  .object({
    BENCH_RESOURCES: z.coerce.number().int().positive().default(10_000),
    BENCH_ROUNDS: z.coerce.number().int().positive().default(20),
    BENCH_PAGES: z.coerce.number().int().positive().default(25),
  })
  .parse(process.env)

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pole-bench-access-'))
fs.chmodSync(dataDir, 0o755)
const database = await openDatabase({ dataDir })
process.env.DATABASE_URL = database.url
process.env.PAYLOAD_SECRET = 'bench-secret-bench-secret-bench-secret'
process.env.LOG_LEVEL = 'warn'

const { getPayload, handleEndpoints } = await import('payload')
const { default: config } = await import('../payload.config')
const { prepareDatabase } = await import('../src/prepare')
const { DEMO_PASSWORD } = await import('../tests/helpers/api')
const payload = await getPayload({ config })
await prepareDatabase(payload, { production: false })

// 10 000 resources spread over the functions, one in ten a draft, drafts in every function (the
// draft test is on the quotient, the function on the remainder, so they do not go together):
// inserted in SQL, since going through Payload would also write 10 000 versions and audit
// entries the lists never read.
const pool = payload.db.pool
await pool.query(`
  WITH fns AS (SELECT array_agg(id ORDER BY id) AS ids FROM functions),
  inserted AS (
    INSERT INTO resources (slug, type, year, function_id, _status)
    SELECT 'ressource-banc-' || n, 'tool', 2000 + n % 25, fns.ids[1 + n % array_length(fns.ids, 1)],
           CASE WHEN (n / array_length(fns.ids, 1)) % 10 = 0 THEN 'draft' ELSE 'published' END::enum_resources_status
    FROM generate_series(1, ${settings.BENCH_RESOURCES}) AS n, fns
    RETURNING id, slug
  )
  INSERT INTO resources_locales (title, _locale, _parent_id)
  SELECT 'Ressource de banc ' || slug, 'fr', id FROM inserted`)
await pool.query('ANALYZE')

const request = (method: string, url: string, token?: string, body?: unknown) =>
  handleEndpoints({
    config,
    request: new Request(`http://localhost/api${url}`, {
      method,
      headers: {
        ...(token ? { authorization: `JWT ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    }),
  })

const login = async (email: string) => {
  const response = await request('POST', '/users/login', undefined, {
    email,
    password: DEMO_PASSWORD,
  })
  return ((await response.json()) as { token: string }).token
}

const subjects = {
  admin: await login('admin@pole-metiers.test'),
  pilot: await login('pilote@collectif-ville-campagne.test'),
}

const timings: Record<keyof typeof subjects, number[]> = { admin: [], pilot: [] }
const seen: Record<keyof typeof subjects, number> = { admin: 0, pilot: 0 }

const page = async (who: keyof typeof subjects, n: number, record: boolean) => {
  const started = performance.now()
  const response = await request('GET', `/resources?limit=20&page=${n}&depth=0`, subjects[who])
  const body = (await response.json()) as { docs: unknown[]; totalDocs: number }
  const elapsed = performance.now() - started
  if (response.status !== 200 || body.docs.length !== 20)
    throw new Error(`${who} page ${n}: ${response.status}`)
  if (record) timings[who].push(elapsed)
  seen[who] = body.totalDocs
}

// Warm-up (JIT, caches, connection pool), then rounds alternating who goes first.
for (let n = 1; n <= settings.BENCH_PAGES; n++) {
  await page('admin', n, false)
  await page('pilot', n, false)
}
for (let round = 0; round < settings.BENCH_ROUNDS; round++) {
  for (let n = 1; n <= settings.BENCH_PAGES; n++) {
    const order: Array<keyof typeof subjects> =
      (round + n) % 2 ? ['admin', 'pilot'] : ['pilot', 'admin']
    for (const who of order) await page(who, n, true)
  }
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!

console.log(
  `${settings.BENCH_RESOURCES} resources; ${settings.BENCH_ROUNDS} rounds of pages 1–${settings.BENCH_PAGES} of 20, per subject`,
)
for (const who of ['admin', 'pilot'] as const) {
  const xs = timings[who]
  console.log(
    `${who.padEnd(5)}  sees ${seen[who]} documents  mean ${mean(xs).toFixed(2)} ms  median ${median(xs).toFixed(2)} ms  p95 ${p95(xs).toFixed(2)} ms  (${xs.length} pages)`,
  )
}
const ratio = mean(timings.pilot) / mean(timings.admin)
console.log(
  `pilot / admin: ${ratio.toFixed(3)}× (mean), ${(median(timings.pilot) / median(timings.admin)).toFixed(3)}× (median)`,
)

// The cluster goes down under Payload's open connections: their errors are expected here.
pool.on('error', () => undefined)
await payload.destroy()
await database.stop()
fs.rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
