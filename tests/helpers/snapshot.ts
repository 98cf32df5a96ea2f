import pg from 'pg'

export type Snapshot = Record<string, string>

/** Rows the jobs runner writes on its own schedule, not on any request's behalf. */
const BACKGROUND: Record<string, string> = {
  payload_jobs: `WHERE (t.meta->>'scheduled') IS DISTINCT FROM 'true'`,
}

/**
 * What the database holds, table by table (a count and a digest of every row), to tell whether
 * a request wrote anything. Reads the test file's own database.
 */
export const databaseSnapshots = async (connectionString = process.env.DATABASE_URL) => {
  const client = new pg.Client({ connectionString })
  await client.connect()
  // The jobs runner's scheduling statistics change in the background, whatever the request.
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables
     WHERE schemaname = 'public' AND tablename <> 'payload_jobs_stats' ORDER BY tablename`,
  )
  const query = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS name, count(*) || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') AS state FROM "${name}" t ${BACKGROUND[name] ?? ''}`,
    )
    .join(' UNION ALL ')
  return {
    take: async (): Promise<Snapshot> =>
      Object.fromEntries(
        (await client.query<{ name: string; state: string }>(query)).rows.map((r) => [
          r.name,
          r.state,
        ]),
      ),
    close: () => client.end(),
  }
}
