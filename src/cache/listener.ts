import { randomUUID } from 'node:crypto'

import pg from 'pg'

import { CHANNEL } from './changes'

type Logger = {
  warn: (object: object, message: string) => void
  info: (object: object, message: string) => void
}

export type Listener = {
  /** Increases with every change heard, and whenever changes may have been missed. */
  generation: () => number
  /**
   * Resolves once every change committed before the call has been heard (false when that cannot
   * be known: the connection is down or slow; the caller then serves without the cache).
   */
  sync: () => Promise<boolean>
  close: () => Promise<void>
}

/**
 * One connection that LISTENs to the changes of the database, for the cache of one process.
 *
 * A change committed by another process reaches this one a little later. Before serving from the
 * cache, `sync` sends a notification of its own on the same channel and waits for it to come
 * back: PostgreSQL delivers notifications in commit order, so by then every change committed
 * earlier has been heard (and has emptied the cache). Calls that arrive while a sync is under way
 * share the next one, which starts after them.
 */
export const listen = ({
  connectionString,
  logger,
  syncTimeoutMs = 1000,
  deliveryDelayMs = 0,
  onChange,
}: {
  connectionString: string
  logger: Logger
  syncTimeoutMs?: number
  /** Notifications handled this late, in order: a slow delivery, as tests simulate it. */
  deliveryDelayMs?: number
  onChange: () => void
}): Listener => {
  const token = randomUUID()
  let generation = 0
  let client: pg.Client | undefined
  let connecting: Promise<pg.Client | undefined> | undefined
  /** The connection being made now; undefined while waiting to try again. */
  let attempting: Promise<pg.Client | undefined> | undefined
  let closed = false
  let retryMs = 100
  let sent = 0
  const waiting = new Map<number, () => void>()

  const changed = () => {
    generation++
    onChange()
  }

  /** Whatever was in flight may have been missed: forget the connection and the cache. */
  const lost = (reason: string) => {
    if (client)
      logger.warn(
        { reason },
        'cache: change notifications lost; served without the cache until they are back',
      )
    client?.removeAllListeners()
    client?.end().catch(() => undefined)
    client = undefined
    changed()
    for (const resolve of waiting.values()) resolve()
    waiting.clear()
  }

  const connect = async (): Promise<pg.Client | undefined> => {
    if (closed) return undefined
    const next = new pg.Client({ connectionString, application_name: 'pole-metiers-cache' })
    next.on('error', (error) => lost(error.message))
    next.on('end', () => client === next && lost('connection ended'))
    const heard = (payload = '') => {
      const [kind, from, n] = payload.split(':')
      if (kind === 'sync' && from === token) waiting.get(Number(n))?.()
      else if (kind !== 'sync') changed()
    }
    next.on('notification', ({ payload }) =>
      deliveryDelayMs ? setTimeout(() => heard(payload), deliveryDelayMs) : heard(payload),
    )
    try {
      await next.connect()
      // The sync's own commit need not wait for the disk: it carries nothing to keep.
      await next.query('SET synchronous_commit = off')
      await next.query(`LISTEN ${CHANNEL}`)
    } catch (error) {
      next.removeAllListeners()
      await next.end().catch(() => undefined)
      throw error
    }
    // Changes made before LISTEN took effect were never heard.
    changed()
    retryMs = 100
    return next
  }

  const connection = async () => {
    if (client || closed) return client
    if (!connecting) {
      const attempt = connect().then((c) => (client = c))
      attempting = attempt.catch(() => undefined).finally(() => (attempting = undefined))
      connecting = attempt
        .catch((error: Error) => {
          logger.warn({ reason: error.message, retryMs }, 'cache: cannot listen to changes yet')
          return new Promise<undefined>((resolve) =>
            setTimeout(resolve, (retryMs = Math.min(retryMs * 2, 5000))),
          )
        })
        .then((c) => {
          connecting = undefined
          return c
        })
    }
    return connecting
  }

  /** The connection, waited for while it is being made (the first requests after a start). */
  const opened = async (): Promise<pg.Client | undefined> => {
    if (client) return client
    void connection()
    if (!attempting) return undefined
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), syncTimeoutMs)
    })
    return Promise.race([attempting, late]).finally(() => clearTimeout(timer))
  }

  const once = async (): Promise<boolean> => {
    const current = await opened()
    if (!current) return false
    const n = ++sent
    const heard = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(n)
        resolve(false)
      }, syncTimeoutMs)
      waiting.set(n, () => {
        clearTimeout(timer)
        waiting.delete(n)
        resolve(client === current)
      })
    })
    current
      .query(`SELECT pg_notify($1, $2)`, [CHANNEL, `sync:${token}:${n}`])
      .catch((error: Error) => lost(error.message))
    const ok = await heard
    if (!ok && client === current) lost(`no answer to a sync within ${syncTimeoutMs} ms`)
    return ok
  }

  let running: Promise<boolean> | undefined
  let queued: Promise<boolean> | undefined
  const sync = (): Promise<boolean> => {
    if (!running) {
      running = once().finally(() => (running = undefined))
      return running
    }
    queued ??= running.then(() => {
      queued = undefined
      return sync()
    })
    return queued
  }

  void connection()
  return {
    generation: () => generation,
    sync,
    close: async () => {
      closed = true
      const current = client
      client = undefined
      current?.removeAllListeners()
      await current?.end().catch(() => undefined)
    },
  }
}
