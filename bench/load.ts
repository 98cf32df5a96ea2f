// The reliability burst at ten times its size: 2 000 concurrent requests from several users
// against the real server (`npm start`'s own process, API only, on a fresh embedded PostgreSQL in
// a temporary folder), then the database checked for every acknowledged write.
// Run: npm run bench:load   (BENCH_LOAD_SIZE to change the size)
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import getPort from 'get-port'
import { z } from 'zod'

import { rootDir } from '../src/paths'
import { runBurst } from './burst'

const { BENCH_LOAD_SIZE: size } = z
  .object({ BENCH_LOAD_SIZE: z.coerce.number().int().positive().default(2000) })
  .parse(process.env)

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pole-bench-load-'))
fs.chmodSync(dataDir, 0o755)
const port = await getPort()
const url = `http://127.0.0.1:${port}`
const server = spawn(process.execPath, ['--import', './src/register.mjs', 'src/start.ts'], {
  cwd: rootDir,
  env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(port), SERVE_ADMIN: 'false', LOG_LEVEL: 'error' },
  stdio: ['ignore', 'ignore', 'inherit'],
})
const stop = async () => {
  if (server.exitCode === null) {
    server.kill('SIGTERM')
    await new Promise((resolve) => server.once('exit', resolve))
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
}

try {
  const deadline = Date.now() + 120_000
  while ((await fetch(`${url}/readyz`).then((r) => r.status, () => 0)) !== 200) {
    if (Date.now() > deadline || server.exitCode !== null) throw new Error('the server did not become ready')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const result = await runBurst({ url, size })
  const ready = (await fetch(`${url}/readyz`)).status
  console.log(`requests: ${result.requests}, all sent at once`)
  console.log(`answered within 30 s: ${result.answered} (slowest ${result.slowestMs} ms, all in ${result.elapsedMs} ms)`)
  console.log(`statuses: ${Object.entries(result.statuses).map(([s, n]) => `${s}×${n}`).join(', ')}`)
  console.log(`unexpected: ${result.unexpected.length ? result.unexpected.join('; ') : 'none'}`)
  console.log(`writes acknowledged: ${result.writes.acknowledged}, found in the database: ${result.writes.found}`)
  console.log(`/readyz right after: ${ready}`)
} finally {
  await stop()
}
