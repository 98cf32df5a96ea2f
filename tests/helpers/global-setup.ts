import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../src/db'
import { adminBuildIsCurrent, buildAdmin } from '../../src/build'
import { rootDir } from '../../src/paths'
import { databaseUrl, onCluster, runPrefix, TEST_SECRET } from './cluster'

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string
    templates: { migrated: string; seeded: string }
    databasePrefix: string
  }
}

const prepare = async (url: string, seed: boolean) => {
  await promisify(execFile)(
    process.execPath,
    [
      '--import',
      './src/register.mjs',
      'tests/helpers/prepare-template.ts',
      ...(seed ? ['--seed'] : []),
    ],
    {
      cwd: rootDir,
      // A preparation takes seconds: one still running after two minutes has hung, and fails the run.
      timeout: 120_000,
      env: { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: TEST_SECRET, LOG_LEVEL: 'warn' },
    },
  )
}

/**
 * One PostgreSQL for the run (embedded in a temporary folder, or TEST_DATABASE_URL), with two
 * migrated templates, one of them seeded; each test file gets its own copy (database-per-file.ts).
 */
export default async function setup(project: TestProject) {
  let stopCluster = async () => undefined as void
  let adminUrl = process.env.TEST_DATABASE_URL
  let tmp: string | undefined
  if (!adminUrl) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pole-test-'))
    // When run as root the cluster belongs to a `postgres` user, who must reach the folder.
    fs.chmodSync(tmp, 0o755)
    const cluster = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'postgres') })
    adminUrl = cluster.urlOf('postgres')
    stopCluster = cluster.stop
  }

  const migrated = `pole_tpl_migrated_${process.pid}`
  const seeded = `pole_tpl_seeded_${process.pid}`
  await onCluster(adminUrl, `CREATE DATABASE "${migrated}"`)
  await prepare(databaseUrl(adminUrl, migrated), false)
  await onCluster(adminUrl, `CREATE DATABASE "${seeded}" TEMPLATE "${migrated}"`)
  await prepare(databaseUrl(adminUrl, seeded), true)

  // Tests that start the real server serve the admin from the production build. While iterating
  // on tests that never open the admin, TEST_SKIP_ADMIN_BUILD=1 saves its minutes of building.
  if (!adminBuildIsCurrent() && !process.env.TEST_SKIP_ADMIN_BUILD) await buildAdmin()

  project.provide('adminUrl', adminUrl)
  project.provide('templates', { migrated, seeded })
  project.provide('databasePrefix', runPrefix(process.pid))

  return async () => {
    if (process.env.TEST_DATABASE_URL) {
      const client = new (await import('pg')).default.Client({ connectionString: adminUrl })
      await client.connect()
      const { rows } = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE starts_with(datname, $1) OR datname IN ($2, $3)`,
        [runPrefix(process.pid), migrated, seeded],
      )
      for (const { datname } of rows) await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`)
      await client.end()
    }
    await stopCluster()
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
  }
}
