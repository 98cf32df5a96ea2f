import {
  type AuthStrategy,
  type CollectionBeforeOperationHook,
  Forbidden,
  JWTAuthentication,
} from 'payload'
import { parseCookies } from 'payload/shared'

/**
 * Payload's JWT strategy counts the session cookie only from the origins of its `csrf` list, or,
 * without an Origin, when the browser says the request is its own (`Sec-Fetch-Site`). It also
 * drops the cookie of a request carrying neither header. Browsers send one of them on every
 * request that could change something, so that request comes from a program holding the cookie
 * itself (curl, a script), which no other site can make a browser send: its cookie counts.
 */
export const cookieOfPrograms: AuthStrategy = {
  name: 'cookie-outside-browsers',
  authenticate: async (args) => {
    const { headers, payload } = args
    if (headers.has('origin') || headers.has('sec-fetch-site') || headers.has('authorization'))
      return { user: null }
    const token = parseCookies(headers).get(`${payload.config.cookiePrefix}-token`)
    if (!token) return { user: null }
    // The same session, checked by Payload's own strategy, as if sent in the Authorization header.
    return JWTAuthentication({
      ...args,
      headers: new Headers({ authorization: `JWT ${token}` }),
      strategyName: 'local-jwt',
    })
  },
}

/** Whether a browser sent the request from another site than the server's own origins. */
export const fromAnotherSite = (headers: Headers, origins: string[]) => {
  const origin = headers.get('origin')
  return origin ? !origins.includes(origin) : headers.get('sec-fetch-site') === 'cross-site'
}

/**
 * Signing in and resetting a password open a session: the answer sets the cookie. Sent from
 * another site (a plain HTML form posting `multipart/form-data` needs no CORS), they would sign
 * the visitor into the other site's account (login CSRF). Only the server's own pages, and
 * programs outside any browser, may.
 */
export const openSessionsFromOwnOrigins =
  (origins: string[]): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (
      (operation === 'login' || operation === 'resetPassword') &&
      fromAnotherSite(req.headers, origins)
    )
      throw new Forbidden(req.t)
    return args
  }
