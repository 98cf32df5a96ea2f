// Time from `npm start` to /readyz 200: on the first run (no database, no admin build) and on
// an existing database. Run: npm run bench:start (it removes .next to measure the first run).
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import getPort from 'get-port'

import { rootDir } from '../src/paths'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pole-bench-start-'))
fs.chmodSync(dataDir, 0o755)

const timeToReady = async (): Promise<number> => {
  const port = await getPort()
  const started = performance.now()
  const child = spawn('npm', ['start'], {
    cwd: rootDir,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    if (child.exitCode !== null) throw new Error('npm start exited before it was ready')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const seconds = (performance.now() - started) / 1000
  child.kill('SIGTERM')
  const code = await exited
  if (code !== 0) throw new Error(`npm start exited with ${code} on SIGTERM`)
  return seconds
}

fs.rmSync(path.join(rootDir, '.next'), { recursive: true, force: true })
const first = await timeToReady()
const again = await timeToReady()
fs.rmSync(dataDir, { recursive: true, force: true })
console.log(`first run (new database, admin build): ${first.toFixed(1)} s`)
console.log(`existing database and build:           ${again.toFixed(1)} s`)
process.exit(0)
