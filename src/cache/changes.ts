import type { Payload } from 'payload'

/** The channel on which PostgreSQL says that a table changed, and on which the cache syncs. */
export const CHANNEL = 'pole_metiers_changes'

const FUNCTION = 'pole_metiers_notify_change'
const TRIGGER = 'pole_metiers_notify_change'

/**
 * Tables whose changes no public answer shows: Payload's bookkeeping (migrations, locks,
 * preferences, jobs), sessions, the kept counts (changed only along with the rows they count),
 * and the webhooks' delivery log (the coordination's alone; written at each attempt, it would
 * empty the cache at every retry to a failing partner).
 */
const UNSEEN = [
  /^payload_migrations$/,
  /^payload_locked_documents/,
  /^payload_preferences/,
  /^payload_jobs/,
  /_sessions$/,
  /^kept_counts$/,
  /^webhook_deliveries$/,
]

export const isWatched = (table: string) => !UNSEEN.some((pattern) => pattern.test(table))

/**
 * Every other table of the schema notifies `CHANNEL` when a statement changes it. PostgreSQL
 * delivers a notification only when its transaction commits, once per transaction and payload,
 * in commit order: a write acknowledged to its client has been announced to every listener.
 * Installed at every start, so that a table a later migration adds is watched from its first start.
 */
export const ensureChangeNotifications = async (payload: Payload): Promise<void> => {
  const client = await payload.db.pool.connect()
  try {
    await client.query('BEGIN')
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('${TRIGGER}'))`)
    await client.query(`
      CREATE OR REPLACE FUNCTION ${FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${CHANNEL}', TG_TABLE_NAME);
        RETURN NULL;
      END $$`)
    const { rows } = await client.query<{ table: string; watched: boolean }>(
      `SELECT c.relname AS table, EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = $1) AS watched
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`,
      [TRIGGER],
    )
    for (const { table } of rows.filter((r) => !r.watched && isWatched(r.table)))
      await client.query(
        `CREATE TRIGGER ${TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table.replaceAll('"', '""')}"
         FOR EACH STATEMENT EXECUTE FUNCTION ${FUNCTION}()`,
      )
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
