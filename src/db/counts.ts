import type { Payload, PayloadRequest } from 'payload'

import { type Query, queryFor, tableOf } from './query'

/**
 * Row counts kept by PostgreSQL, per table and status, so that a list's total does not cost a
 * `count(*)` over every published row (8 ms at 100 000 resources, on every request). A collection
 * may name in `custom.countBy` a relationship its lists are often filtered by with the status (the
 * function: a pilot's list is « published, or of my functions »): its rows are counted per value
 * of it too.
 *
 * Each insert, delete or status change appends a delta row in the same transaction (a trigger):
 * appending, rather than updating one row per status, makes concurrent writes wait on nothing
 * and deadlock on nothing, and a reader's snapshot sees exactly the committed deltas, its own
 * transaction's included. A read folds a table's deltas into one row per status when they pile up.
 */
const TABLE = 'kept_counts'
const FUNCTION = 'kept_counts_delta'
const TRIGGER = 'kept_counts'
const TRUNCATE_TRIGGER = 'kept_counts_truncate'
// Deltas read before they are folded: a few hundred rows sum in well under a millisecond.
const FOLD_AFTER = 200

/** A table whose rows are counted: a collection's documents, or the latest versions of its documents. */
export type Counted = { table: string; status?: string; group?: string; latestOnly: boolean }

/** The column of a field of a collection's table, as Payload's schema names it. */
const columnOf = (payload: Payload, table: string, key: string): string | undefined =>
  (payload.db as unknown as { tables: Record<string, Record<string, { name?: string }>> }).tables[
    table
  ]?.[key]?.name

export const NOT_COUNTED = new Set(['payload-jobs'])

/** The tables counted: every collection's own table, and the latest versions of those with drafts. */
export const countedTables = (payload: Payload): Counted[] =>
  payload.config.collections.flatMap((collection): Counted[] => {
    const table = tableOf(payload, collection.slug)
    // The jobs queue is never listed with a total, and its runner writes in the background.
    if (!table || NOT_COUNTED.has(collection.slug)) return []
    const drafts = Boolean(collection.versions && collection.versions.drafts)
    const countBy = collection.custom?.countBy as string | undefined
    const own: Counted = {
      table,
      status: drafts ? '_status' : undefined,
      group: countBy && columnOf(payload, table, countBy),
      latestOnly: false,
    }
    const versions = drafts && tableOf(payload, collection.slug, true)
    if (!versions) return [own]
    const group = countBy && columnOf(payload, versions, `version_${countBy}`)
    return [own, { table: versions, status: 'version__status', group, latestOnly: true }]
  })

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS ${TABLE} (table_name text NOT NULL, status text NOT NULL, grp text NOT NULL DEFAULT '', n bigint NOT NULL);
  CREATE INDEX IF NOT EXISTS ${TABLE}_table_idx ON ${TABLE} (table_name);
  CREATE OR REPLACE FUNCTION ${FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    status_column text := TG_ARGV[0];
    latest_only boolean := TG_ARGV[1]::boolean;
    group_column text := TG_ARGV[2];
    old_row jsonb;
    new_row jsonb;
  BEGIN
    IF TG_OP = 'TRUNCATE' THEN
      DELETE FROM ${TABLE} WHERE table_name = TG_TABLE_NAME;
      RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
    IF old_row IS NOT NULL AND (NOT latest_only OR (old_row->>'latest')::boolean IS TRUE) THEN
      INSERT INTO ${TABLE} (table_name, status, grp, n)
      VALUES (TG_TABLE_NAME, coalesce(old_row->>status_column, ''), coalesce(old_row->>group_column, ''), -1);
    END IF;
    IF new_row IS NOT NULL AND (NOT latest_only OR (new_row->>'latest')::boolean IS TRUE) THEN
      INSERT INTO ${TABLE} (table_name, status, grp, n)
      VALUES (TG_TABLE_NAME, coalesce(new_row->>status_column, ''), coalesce(new_row->>group_column, ''), 1);
    END IF;
    RETURN NULL;
  END $$;`

/**
 * Creates what is missing: the table, the function, and for each counted table its triggers and
 * its starting counts, taken under a lock that holds writers back so that none is missed or
 * counted twice. Runs at every start, so a collection added later is counted from its first start.
 */
export const ensureKeptCounts = async (payload: Payload): Promise<void> => {
  const client = await payload.db.pool.connect()
  const query: Query = (text, values) => client.query(text, values) as never
  try {
    await query('BEGIN')
    // Two processes starting on one database: one does it, the other then finds it done.
    await query(`SELECT pg_advisory_xact_lock(hashtext('${TABLE}'))`)
    await query(SCHEMA)
    const { rows } = await query(
      `SELECT c.relname AS name, pg_get_triggerdef(t.oid) AS definition
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = $1`,
      [TRIGGER],
    )
    const installed = new Map(rows.map((r) => [r.name as string, r.definition as string]))
    const counted = countedTables(payload)
    // A table no longer counted loses its triggers and its counts.
    for (const table of installed.keys()) {
      if (counted.some((c) => c.table === table)) continue
      for (const name of [TRIGGER, `${TRIGGER}_update`, TRUNCATE_TRIGGER])
        await query(`DROP TRIGGER IF EXISTS ${name} ON ${quote(table)}`)
      await query(`DELETE FROM ${TABLE} WHERE table_name = $1`, [table])
    }
    for (const { table, status, group, latestOnly } of counted) {
      const run = `EXECUTE FUNCTION ${FUNCTION}(${[status ?? '', String(latestOnly), group ?? ''].map(literal).join(', ')})`
      // Installed as wanted; else (new table, or what is counted changed) installed afresh.
      if (installed.get(table)?.endsWith(run)) continue
      const t = quote(table)
      for (const name of [TRIGGER, `${TRIGGER}_update`, TRUNCATE_TRIGGER])
        await query(`DROP TRIGGER IF EXISTS ${name} ON ${t}`)
      const watched = [status, group, latestOnly ? 'latest' : undefined]
        .filter((c): c is string => Boolean(c))
        .map(quote)
      const changed = watched.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ')
      const text = (column?: string) => (column ? `coalesce(${quote(column)}::text, '')` : `''`)
      await query(`LOCK TABLE ${t} IN SHARE ROW EXCLUSIVE MODE`)
      await query(`DELETE FROM ${TABLE} WHERE table_name = $1`, [table])
      await query(
        `INSERT INTO ${TABLE} (table_name, status, grp, n) SELECT $1, ${text(status)}, ${text(group)}, count(*)
         FROM ${t} ${latestOnly ? 'WHERE latest' : ''} GROUP BY 2, 3`,
        [table],
      )
      await query(`CREATE TRIGGER ${TRIGGER} AFTER INSERT OR DELETE ON ${t} FOR EACH ROW ${run}`)
      // Payload rewrites every column of a row it updates: only a change of what is counted counts.
      if (changed)
        await query(
          `CREATE TRIGGER ${TRIGGER}_update AFTER UPDATE ON ${t} FOR EACH ROW WHEN (${changed}) ${run}`,
        )
      await query(
        `CREATE TRIGGER ${TRUNCATE_TRIGGER} AFTER TRUNCATE ON ${t} FOR EACH STATEMENT ${run}`,
      )
    }
    await query('COMMIT')
  } catch (error) {
    await query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/** The rows of a table per status (and group, `''` when none), as the caller's transaction sees them. */
export type KeptCounts = Array<{ status: string; group: string; n: number }>

export const keptCounts = async (
  payload: Payload,
  table: string,
  req?: Partial<PayloadRequest>,
): Promise<KeptCounts> => {
  const query = await queryFor(payload, req)
  const { rows } = await query<{ status: string; grp: string; n: string; deltas: number }>(
    `SELECT status, grp, sum(n)::bigint AS n, count(*)::int AS deltas FROM ${TABLE} WHERE table_name = $1 GROUP BY 1, 2`,
    [table],
  )
  if (rows.reduce((sum, r) => sum + r.deltas, 0) > FOLD_AFTER) void foldCounts(payload, table)
  return rows.map((r) => ({ status: r.status, group: r.grp, n: Number(r.n) }))
}

/**
 * One row per status and group in place of the deltas, in one statement: a delta committed
 * meanwhile is not seen, so not deleted, and stays; two folds at once delete each row once.
 */
const foldCounts = (payload: Payload, table: string) =>
  payload.db.pool
    .query(
      `WITH folded AS (DELETE FROM ${TABLE} WHERE table_name = $1 RETURNING status, grp, n)
       INSERT INTO ${TABLE} (table_name, status, grp, n) SELECT $1, status, grp, sum(n) FROM folded GROUP BY 2, 3`,
      [table],
    )
    .catch((error: unknown) =>
      payload.logger.warn({ err: error }, 'kept counts: fold failed (retried at the next read)'),
    )
