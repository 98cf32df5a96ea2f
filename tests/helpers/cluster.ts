import crypto from 'node:crypto'

import pg from 'pg'

/** Runs one statement on the cluster's maintenance database. */
export const onCluster = async (adminUrl: string, sql: string): Promise<void> => {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** The URL of another database on the same server. */
export const databaseUrl = (adminUrl: string, database: string): string => {
  const url = new URL(adminUrl)
  url.pathname = `/${database}`
  return url.toString()
}

export const TEST_SECRET = 'test-secret-of-at-least-thirty-two-characters'

/** Test databases of one run share this prefix, so that its teardown drops them and no other. */
export const runPrefix = (runId: string | number) => `pole_test_${runId}_`

/** A new database copied from a template (PostgreSQL copies files: fast). */
export const createDatabaseFrom = async (
  adminUrl: string,
  template: string,
  prefix: string,
): Promise<string> => {
  const name = `${prefix}${crypto.randomBytes(6).toString('hex')}`
  await onCluster(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`)
  return databaseUrl(adminUrl, name)
}
