/** Raised when no transaction slot frees up in time: the caller is told "busy, retry" (503). */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError'
  readonly code = 'DATABASE_BUSY'
}

export type Gate = {
  /** Waits for a free slot, at most `timeoutMs`; throws DatabaseBusyError after that. */
  acquire: () => Promise<void>
  release: () => void
  /** Slots in use and callers waiting (for logs and tests). */
  state: () => { busy: number; waiting: number }
}

/** A counting semaphore whose waiters give up after a while instead of queueing for ever. */
export const createGate = (capacity: number, timeoutMs: number): Gate => {
  let busy = 0
  const waiting: Array<() => void> = []
  return {
    acquire: () => {
      if (busy < capacity) {
        busy++
        return Promise.resolve()
      }
      return new Promise<void>((resolve, reject) => {
        const grant = () => {
          clearTimeout(timer)
          resolve()
        }
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(grant), 1)
          reject(
            new DatabaseBusyError(
              `server is busy: no database transaction slot within ${timeoutMs} ms`,
            ),
          )
        }, timeoutMs)
        waiting.push(grant)
      })
    },
    // A freed slot goes straight to the oldest waiter, so `busy` never passes `capacity`.
    release: () => {
      const next = waiting.shift()
      if (next) next()
      else busy--
    },
    state: () => ({ busy, waiting: waiting.length }),
  }
}
