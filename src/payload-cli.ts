import { spawn } from 'node:child_process'
import path from 'node:path'

import { openProjectDatabase } from './db'
import { readEnv, resolveSecret } from './env'
import { rootDir } from './paths'

/**
 * Payload's own CLI (`migrate:create`, `generate:types`, …) run against the project's database:
 * DATABASE_URL when set, else the embedded one, started for the command and stopped after it.
 */
const env = readEnv()
// Generating types or the import map reads the config only; with a live database Payload's CLI
// was seen to wait forever after connecting, so those commands run without one.
const needsDatabase = !process.argv[2]?.startsWith('generate:')
const database = needsDatabase ? await openProjectDatabase(env) : undefined
if (!database) process.env.PAYLOAD_SECRET = resolveSecret(env)
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
await database?.stop()
if (code !== 0) console.error(`payload ${process.argv.slice(2).join(' ')} exited with code ${code}`)
process.exit(code)
