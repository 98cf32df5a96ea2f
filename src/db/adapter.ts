import { randomUUID } from 'node:crypto'

import { postgresAdapter } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj, Payload } from 'payload'
import type { PoolClient } from 'pg'

import { createGate } from './gate'
import { indexParentIds } from './indexes'
import { pageFirst } from './pages'
import { inThisRequest, noteCommit, noteDatabaseError } from './requestContext'

export type PoolSettings = {
  /** Connections in the pool. */
  max: number
  /** How long a request waits for a connection or a transaction slot before answering 503. */
  acquireTimeoutMs: number
  /** PostgreSQL cancels a statement that runs longer (`statement_timeout`). */
  statementTimeoutMs: number
  /** PostgreSQL ends a session left idle inside a transaction longer (`idle_in_transaction_session_timeout`). */
  idleInTransactionTimeoutMs: number
}

/**
 * Connections kept out of reach of transactions. A transaction that makes a query outside itself
 * (Payload's document-lock check does, on every REST update and delete) needs a second connection
 * while holding the first: were every connection inside a transaction, each would wait for
 * another for ever. With transactions capped below the pool size, such a query always finds one.
 */
const OUTSIDE_TRANSACTIONS = 2
// Payload keeps one pool client checked out for the life of the process (its reconnect probe).
const HELD_BY_PAYLOAD = 1

type Session = {
  db: unknown
  client?: PoolClient
  resolve: () => Promise<void>
  reject: () => Promise<void>
}

/** The connection a transaction of this adapter holds, for SQL of the project's own inside it. */
export const transactionClient = (payload: Payload, id: number | string): PoolClient | undefined =>
  (payload.db as unknown as { sessions?: Record<string, Session> }).sessions?.[String(id)]?.client

/**
 * Payload swallows some database errors (its JWT strategy treats a failed user lookup as no
 * user, so a signed-in editor would be told 401 or 403). Every failed connection or query is noted
 * for the request it served; the host then answers 503 instead of what Payload made of it.
 */
const watched = new WeakSet<object>()

type Callback = (error: unknown, ...rest: unknown[]) => unknown

/**
 * A call of pg that notes its failure for the request that made it. A callback runs in the
 * caller's async context: pg-pool calls back the requests waiting for a connection from whatever
 * context failed them (a crowd's requests would otherwise note each other's failures, or none).
 */
const noting = <T>(method: T): T => {
  const call = method as (...args: unknown[]) => unknown
  return ((...args: unknown[]) => {
    const last = args.at(-1)
    if (typeof last === 'function') {
      args[args.length - 1] = inThisRequest((error: unknown, ...rest: unknown[]) => {
        if (error) noteDatabaseError(error)
        return (last as Callback)(error, ...rest)
      })
      return call(...args)
    }
    const result = call(...args)
    if (result instanceof Promise) result.catch(noteDatabaseError)
    return result
  }) as T
}

const watchFailures = (pool: PostgresAdapter['pool']) => {
  pool.connect = noting(pool.connect.bind(pool))
  pool.query = noting(pool.query.bind(pool))
  pool.on('connect', (client) => {
    // A connection that dies while checked out emits 'error'; unheard, that would end the process.
    // Whoever holds it learns of it from its next query.
    client.on('error', noteDatabaseError)
    client.query = noting(client.query.bind(client))
  })
}

/**
 * The project's PostgreSQL adapter: Payload's, with a bounded pool, server-side timeouts, and
 * transactions of its own. Payload's begin leaks its connection when BEGIN fails (drizzle releases
 * it only after BEGIN succeeded) and its commit reports success when COMMIT fails; these answer
 * 503 instead and give every connection back, so a database restart leaves the pool whole and no
 * failed write is acknowledged.
 */
export const databaseAdapter = ({
  url,
  migrationDir,
  pool,
}: {
  url: string
  migrationDir: string
  pool: PoolSettings
}): DatabaseAdapterObj<PostgresAdapter> => {
  const base = postgresAdapter({
    pool: {
      connectionString: url,
      max: pool.max + HELD_BY_PAYLOAD,
      connectionTimeoutMillis: pool.acquireTimeoutMs,
      statement_timeout: pool.statementTimeoutMs,
      idle_in_transaction_session_timeout: pool.idleInTransactionTimeoutMs,
      // A server that is stopped (not dead) cannot time out its own statements: the client does.
      query_timeout: pool.statementTimeoutMs + pool.acquireTimeoutMs,
      application_name: 'pole-metiers',
      // A large table's scan may otherwise start where another scan is: search pages, each the first
      // matches a scan finds, would then come from different sets of matches.
      options: '-c synchronize_seqscans=off',
    },
    // The schema comes from the committed migrations only (see migrations/ and src/prepare.ts).
    push: false,
    migrationDir,
    afterSchemaInit: [indexParentIds],
  })
  const gate = createGate(Math.max(1, pool.max - OUTSIDE_TRANSACTIONS), pool.acquireTimeoutMs)

  return {
    ...base,
    init: (args) => {
      const adapter = base.init(args)
      pageFirst(args.payload, adapter)
      const sessions = adapter.sessions as Record<string, Session>
      // The pool exists once Payload has connected.
      const connectDatabase = adapter.connect!.bind(adapter)
      adapter.connect = async (options) => {
        await connectDatabase(options)
        if (!watched.has(adapter.pool)) watchFailures(adapter.pool)
        watched.add(adapter.pool)
      }

      /**
       * Payload's drizzle database, bound to one pool client instead of the pool: what drizzle's
       * own transaction does, built from the classes of the instance Payload made.
       */
      const boundTo = (client: PoolClient) => {
        type Session = { dialect: unknown; schema: unknown; options: unknown }
        type Constructor<T> = new (...args: unknown[]) => T
        const db = adapter.drizzle as unknown as { _: { session: Session } }
        const pooled = db._.session
        const SessionClass = pooled.constructor as Constructor<Session>
        const DatabaseClass = db.constructor as Constructor<unknown>
        const session = new SessionClass(client, pooled.dialect, pooled.schema, pooled.options)
        return new DatabaseClass(pooled.dialect, session, pooled.schema)
      }

      adapter.beginTransaction = async () => {
        // Noted like a database failure: GraphQL reports it inside a 200 unless the host steps in.
        await gate.acquire().catch((error: unknown) => {
          noteDatabaseError(error)
          throw error
        })
        // Should the server go away between two queries, the connection is dropped, not reused.
        let lost: Error | undefined
        const onError = (error: Error) => (lost = error)
        let client: PoolClient | undefined
        try {
          client = await adapter.pool.connect()
          client.on('error', onError)
          await client.query('BEGIN')
        } catch (error) {
          client?.off('error', onError)
          client?.release(error as Error)
          gate.release()
          throw error
        }
        const held = client
        const end = async (statement: 'COMMIT' | 'ROLLBACK') => {
          let failure: Error | undefined
          try {
            await held.query(statement)
          } catch (error) {
            failure = error as Error
          }
          held.off('error', onError)
          // A connection whose COMMIT or ROLLBACK failed, or that died meanwhile, is closed, not reused.
          held.release(failure ?? lost)
          gate.release()
          if (failure && statement === 'COMMIT') throw failure
          if (statement === 'COMMIT') noteCommit()
        }
        const id = randomUUID()
        sessions[id] = {
          db: boundTo(held),
          client: held,
          resolve: () => end('COMMIT'),
          reject: () => end('ROLLBACK'),
        }
        return id
      }

      // Payload's own swallows a failed COMMIT; this one lets the operation fail with it.
      adapter.commitTransaction = async (incoming) => {
        const id = await incoming
        const session = sessions[id]
        if (!session) return
        delete sessions[id]
        await session.resolve()
      }
      return adapter
    },
  }
}
