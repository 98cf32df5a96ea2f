import { AsyncLocalStorage } from 'node:async_hooks'

import { isDatabaseUnavailable } from '../plugins/errors/unavailable'

type RequestState = { databaseFailed: boolean }

const storage = new AsyncLocalStorage<RequestState>()

/** Runs one HTTP request's handling, so that database failures met on its way are known to it. */
export const withRequestState = <T>(
  run: () => Promise<T>,
): Promise<{ result: T; databaseFailed: boolean }> => {
  const state: RequestState = { databaseFailed: false }
  return storage.run(state, async () => ({
    result: await run(),
    databaseFailed: state.databaseFailed,
  }))
}

/** Notes, for the request being served, a failure that means the database is down or saturated. */
export const noteDatabaseError = (error: unknown) => {
  const state = storage.getStore()
  if (state && isDatabaseUnavailable(error)) state.databaseFailed = true
}
