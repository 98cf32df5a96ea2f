import { AsyncLocalStorage } from 'node:async_hooks'

import { isDatabaseUnavailable } from '../plugins/errors/unavailable'

type RequestState = { databaseFailed: boolean; committed: boolean }

const storage = new AsyncLocalStorage<RequestState>()

/**
 * Runs one HTTP request's handling, so that database failures met on its way, and whether it
 * committed a write, are known to it.
 */
export const withRequestState = <T>(
  run: () => Promise<T>,
): Promise<{ result: T } & RequestState> => {
  const state: RequestState = { databaseFailed: false, committed: false }
  return storage.run(state, async () => ({ result: await run(), ...state }))
}

/**
 * `callback`, to run in the context of the request being served whenever it is called back:
 * `storage.run` with the state taken now, far cheaper than `AsyncLocalStorage.bind` (which
 * makes an async resource on every call, and pg is called back on every query).
 */
export const inThisRequest = <F extends (...args: never[]) => unknown>(callback: F): F => {
  const state = storage.getStore()
  if (!state) return callback
  return ((...args: Parameters<F>) => storage.run(state, () => callback(...args))) as F
}

/** Notes that the request being served committed a transaction: what it wrote is stored. */
export const noteCommit = () => {
  const state = storage.getStore()
  if (state) state.committed = true
}

/** Notes, for the request being served, a failure that means the database is down or saturated. */
export const noteDatabaseError = (error: unknown) => {
  const state = storage.getStore()
  if (state && isDatabaseUnavailable(error)) state.databaseFailed = true
}
