// The reliability burst at ten times its size: 2 000 concurrent requests from several users
// against the real server (`npm start`'s own process, API only, on a fresh embedded PostgreSQL in
// a temporary folder), then the database checked for every acknowledged write. The server's own
// settings (RATE_LIMIT_*, DB_*) pass through the environment.
// Run: npm run bench:load   (BENCH_LOAD_SIZE to change the size)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { z } from 'zod'

import { startServer } from '../tests/helpers/server'
import { runBurst } from './burst'

const { BENCH_LOAD_SIZE: size } = z
  .object({ BENCH_LOAD_SIZE: z.coerce.number().int().positive().default(2000) })
  .parse(process.env)

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pole-bench-load-'))
fs.chmodSync(dataDir, 0o755)
const server = await startServer({ env: { DATABASE_URL: '', DATA_DIR: dataDir } })
const url = server.url

try {
  const result = await runBurst({ url, size })
  const ready = (await fetch(`${url}/readyz`)).status
  console.log(`requests: ${result.requests}, all sent at once`)
  console.log(
    `answered within 30 s: ${result.answered} (slowest ${result.slowestMs} ms, all in ${result.elapsedMs} ms)`,
  )
  console.log(
    `statuses: ${Object.entries(result.statuses)
      .map(([s, n]) => `${s}×${n}`)
      .join(', ')}`,
  )
  const unexpected = Object.entries(
    result.unexpected.reduce<Record<string, number>>(
      (counts, what) => ({ ...counts, [what]: (counts[what] ?? 0) + 1 }),
      {},
    ),
  )
  console.log(
    `unexpected: ${unexpected.length ? unexpected.map(([what, n]) => `${what} ×${n}`).join('; ') : 'none'}`,
  )
  console.log(
    `writes acknowledged: ${result.writes.acknowledged}, found in the database: ${result.writes.found}`,
  )
  console.log(`/readyz right after: ${ready}`)
} finally {
  await server.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
}
