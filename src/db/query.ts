import type { Payload, PayloadRequest } from 'payload'

import { transactionClient } from './adapter'

export type Query = <Row = Record<string, unknown>>(
  text: string,
  values?: unknown[],
) => Promise<{ rows: Row[] }>

/**
 * SQL of the project's own, run where the request's Payload queries run: inside its transaction
 * when it has one (so that what it wrote is seen), else on the pool.
 */
export const queryFor = async (payload: Payload, req?: Partial<PayloadRequest>): Promise<Query> => {
  const id = req?.transactionID ? await req.transactionID : undefined
  const client = id ? transactionClient(payload, id) : undefined
  return (text, values) => (client ?? payload.db.pool).query(text, values) as never
}

type Adapter = { tableNameMap: Map<string, string>; versionsSuffix?: string }

// The adapter names tables after the slug in snake case (its `to-snake-case`, for the slugs used here).
const snake = (slug: string) =>
  slug
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase()

/** The table of a collection's documents, or of their versions. */
export const tableOf = (payload: Payload, slug: string, versions = false): string | undefined => {
  const adapter = payload.db as unknown as Adapter
  return adapter.tableNameMap.get(
    versions ? `_${snake(slug)}${adapter.versionsSuffix ?? '_v'}` : snake(slug),
  )
}
