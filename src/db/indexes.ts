import { getTableName, type Table } from '@payloadcms/db-postgres/drizzle'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]
type Columns = Record<string, { name: string }>
type Built = { config?: { columns?: Array<{ name?: string }> } }

// Drizzle keeps a table's columns and index builders under these (internal, registered) symbols.
const Columns = Symbol.for('drizzle:Columns')
const ExtraConfigBuilder = Symbol.for('drizzle:ExtraConfigBuilder')
const ExtraConfigColumns = Symbol.for('drizzle:ExtraConfigColumns')

/** The columns the indexes of a table start with, as built so far. */
const leadingColumns = (table: Table): Set<string> => {
  const build = (table as unknown as Record<symbol, ((columns: unknown) => unknown) | undefined>)[
    ExtraConfigBuilder
  ]
  const built = build
    ? build((table as unknown as Record<symbol, unknown>)[ExtraConfigColumns])
    : {}
  const indexes = Object.values((built ?? {}) as Record<string, Built>)
  return new Set(
    indexes.map((i) => i.config?.columns?.[0]?.name).filter((n): n is string => Boolean(n)),
  )
}

/**
 * Every table that holds rows of a parent (a document's locales, its `hasMany` texts and numbers,
 * its arrays and relationships) gets an index led by the parent's id. Payload reads those rows by
 * parent for each document of a list, and leaves the locale and text tables with indexes led by
 * `_locale` or `order` only: at 100 000 resources a list of 20 read every row of them. Applied to
 * the schema, so that new collections get it and migrations carry it.
 */
export const indexParentIds: SchemaHook = ({ schema, extendTable }) => {
  for (const table of Object.values(schema.tables) as Table[]) {
    const columns = (table as unknown as Record<symbol, Columns>)[Columns]
    const parent = ['_parentID', 'parent'].find(
      (key) => columns[key] && ['_parent_id', 'parent_id'].includes(columns[key]!.name),
    )
    if (!parent || leadingColumns(table).has(columns[parent]!.name)) continue
    const name = `${getTableName(table)}_parent_id_idx`
    extendTable({ table, extraConfig: (cols) => ({ [name]: index(name).on(cols[parent]) }) })
  }
  return schema
}
