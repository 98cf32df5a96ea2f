import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { buildSync } from 'esbuild'

import { rootDir } from './paths'

// What the admin's bundle starts from: Next's app folder and the configs it reads.
const APP_DIR = path.join('src', 'app')
const CONFIGS = ['payload.config.ts', 'next.config.ts']
// Read by the build but never imported: dependencies' versions and how imports resolve.
const SETTINGS = ['package-lock.json', 'tsconfig.json']

/** Where buildAdmin records the hash of what it built from. */
export const stampPath = (root = rootDir): string => path.join(root, '.next', 'pole-sources.sha256')

const scripts = (root: string, dir: string): string[] =>
  fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? scripts(root, path.join(dir, entry.name))
        : /\.[jt]sx?$/.test(entry.name)
          ? [path.join(dir, entry.name)]
          : [],
    )

/**
 * The project's files the admin bundle imports, found by following the imports from its entry
 * points as a bundler does (packages are counted through package-lock.json instead).
 */
const bundledFiles = (root: string): string[] => {
  const { metafile } = buildSync({
    absWorkingDir: root,
    entryPoints: [...scripts(root, APP_DIR), ...CONFIGS],
    tsconfig: 'tsconfig.json',
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    packages: 'external',
    outdir: 'out',
    // Styles are compiled by Next: here they only need to be counted, not understood.
    loader: { '.scss': 'empty', '.css': 'empty' },
    logLevel: 'silent',
  })
  return Object.keys(metafile.inputs).filter((file) => !file.split('/').includes('node_modules'))
}

/** Changes whenever anything the admin bundle is built from changes. */
export const sourcesHash = (root = rootDir): string => {
  const hash = crypto.createHash('sha256')
  for (const file of [...bundledFiles(root), ...SETTINGS].sort()) {
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(root, file)))
  }
  return hash.digest('hex')
}

export const adminBuildIsCurrent = (root = rootDir): boolean =>
  fs.existsSync(path.join(root, '.next', 'BUILD_ID')) &&
  fs.existsSync(stampPath(root)) &&
  fs.readFileSync(stampPath(root), 'utf8') === sourcesHash(root)

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
  fs.writeFileSync(stampPath(), hash)
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)
if (isMain) {
  await buildAdmin()
  process.exit(0)
}
