import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { payload } from '../helpers/api'

/*
 * Payload reads a document's locales, texts, arrays and relationships by parent id, for every
 * document of a list: each table holding such rows needs an index led by that column, or a list
 * reads all of them (issue 11). src/db/indexes.ts adds one to every child table of the schema;
 * this checks the migrated database, so a collection added without its index fails here.
 */
let client: pg.Client

beforeAll(async () => {
  await payload()
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
})
afterAll(async () => {
  await client?.end()
})

const childTables = async () =>
  (
    await client.query<{ table: string; column: string; leading: boolean }>(`
      SELECT c.table_name AS table, c.column_name AS column,
        EXISTS (
          SELECT 1 FROM pg_index i
          JOIN pg_class t ON t.oid = i.indrelid
          JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = c.table_schema
          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]
          WHERE t.relname = c.table_name AND a.attname = c.column_name
        ) AS leading
      FROM information_schema.columns c
      WHERE c.table_schema = 'public' AND c.column_name IN ('_parent_id', 'parent_id')
      ORDER BY 1`)
  ).rows

describe('indexes', () => {
  it('every table of rows belonging to a parent has an index led by the parent id', async () => {
    const tables = await childTables()
    // Locales, hasMany texts, arrays, relationships and versions of every collection are there.
    expect(tables.map((t) => t.table)).toEqual(
      expect.arrayContaining([
        'resources_locales',
        'resources_texts',
        '_resources_v_locales',
        'resources_rels',
        'trainings_sessions',
      ]),
    )
    expect(tables.filter((t) => !t.leading).map((t) => `${t.table}.${t.column}`)).toEqual([])
  })

  it('a parent never has two indexes of its own id', async () => {
    const { rows } = await client.query<{ table: string; count: number }>(`
      SELECT t.relname AS table, count(*)::int AS count
      FROM pg_index i
      JOIN pg_class t ON t.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]
      WHERE a.attname IN ('_parent_id', 'parent_id') AND i.indnatts = 1
      GROUP BY t.relname HAVING count(*) > 1`)
    expect(rows).toEqual([])
  })

  it('PostgreSQL reads one document’s locales through the index', async () => {
    await client.query('SET enable_seqscan = off')
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(
      'EXPLAIN SELECT * FROM resources_locales WHERE _parent_id = 1',
    )
    await client.query('RESET enable_seqscan')
    expect(rows.map((r) => r['QUERY PLAN']).join('\n')).toMatch(
      /Index.*resources_locales_parent_id_idx/,
    )
  })
})
