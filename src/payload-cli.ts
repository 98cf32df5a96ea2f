import { spawn } from 'node:child_process'
import path from 'node:path'

import { openProjectDatabase } from './db'
import { readEnv } from './env'
import { rootDir } from './paths'

/**
 * Payload's own CLI (`migrate:create`, `generate:types`, …) run against the project's database:
 * DATABASE_URL when set, else the embedded one, started for the command and stopped after it.
 */
const env = readEnv()
const database = await openProjectDatabase(env)
const child = spawn(
  process.execPath,
  [
    // The keep-alive of register.mjs guards Payload's own tsx loading too (see that file).
    '--import',
    path.join(rootDir, 'src/register.mjs'),
    path.join(rootDir, 'node_modules/payload/bin.js'),
    ...process.argv.slice(2),
  ],
  {
    cwd: rootDir,
    stdio: 'inherit',
  },
)
const code = await new Promise<number>((resolve) => child.once('exit', (c) => resolve(c ?? 1)))
await database.stop()
if (code !== 0) console.error(`payload ${process.argv.slice(2).join(' ')} exited with code ${code}`)
process.exit(code)
