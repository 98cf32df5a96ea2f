import type { PayloadRequest } from 'payload'

/** The person signed in, if any: an API client (another auth collection) is not one. */
export const personOf = (req: PayloadRequest, users = 'users') =>
  req.user?.collection === users ? req.user : null
