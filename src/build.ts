import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { rootDir } from './paths'

// What the admin bundle is made of: any change here makes the existing build stale.
const SOURCES = [
  'payload.config.ts',
  'next.config.ts',
  'tsconfig.json',
  'package-lock.json',
  'access',
  'collections',
  'fields',
  'hooks',
  'src',
]
const STAMP = path.join(rootDir, '.next', 'pole-sources.sha256')

const listFiles = (entry: string): string[] => {
  const full = path.join(rootDir, entry)
  if (!fs.existsSync(full)) return []
  if (fs.statSync(full).isFile()) return [entry]
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((child) => listFiles(path.join(entry, child.name)))
}

export const sourcesHash = (): string => {
  const hash = crypto.createHash('sha256')
  for (const file of SOURCES.flatMap(listFiles).sort()) {
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(rootDir, file)))
  }
  return hash.digest('hex')
}

export const adminBuildIsCurrent = (): boolean =>
  fs.existsSync(path.join(rootDir, '.next', 'BUILD_ID')) &&
  fs.existsSync(STAMP) &&
  fs.readFileSync(STAMP, 'utf8') === sourcesHash()

const run = (command: string, args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: rootDir,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    })
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    )
  })

/** Builds the Next.js admin (production bundle) and records what it was built from. */
export const buildAdmin = async (): Promise<void> => {
  const hash = sourcesHash()
  await run(process.execPath, [path.join(rootDir, 'node_modules/next/dist/bin/next'), 'build'])
  fs.writeFileSync(STAMP, hash)
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)
if (isMain) {
  await buildAdmin()
  process.exit(0)
}
