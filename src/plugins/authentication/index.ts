import { type Endpoint, NotFound, type Plugin } from 'payload'

import type { EndpointDescription } from '../api-description'
import { cookieOfPrograms, openSessionsFromOwnOrigins } from './cookies'
import { answerForgotPasswordAlike, measureForgotPassword } from './forgotPassword'
import { answerLoginAlike } from './login'
import { appendHooks } from '../../utilities/hooks'

export type AuthenticationPluginOptions = {
  /**
   * The server's own origins (SERVER_URL and its loopback alias): the only ones whose requests
   * count a session cookie. Partner sites (CORS) call with an API key or anonymously.
   */
  origins: string[]
}

// Payload routes POST /verify/:token for every collection that signs in, and answers 500 (a query
// on a column that does not exist) where email verification is off: nothing to verify is a 404.
const noVerification: Endpoint = {
  path: '/verify/:id',
  method: 'post',
  custom: {
    openapi: {
      omitted: 'Accounts are not verified by email: this route of Payload answers 404.',
    } satisfies EndpointDescription,
  },
  handler: (req) => {
    throw new NotFound(req.t)
  },
}

/**
 * How people sign in and stay signed in, for every collection that signs in with a password:
 * sign-in and password resets answer alike, in alike time, for unknown, known and locked
 * addresses (login.ts, forgotPassword.ts); a session cookie counts only in requests from the
 * server's own origins, or from programs outside any browser, and only they open one (cookies.ts),
 * so that another site can neither act with a visitor's session nor give them its own.
 */
export const authenticationPlugin =
  ({ origins }: AuthenticationPluginOptions): Plugin =>
  (config) => {
    const signingIn = (config.collections ?? []).filter(
      (c) => c.auth && !(typeof c.auth === 'object' && c.auth.disableLocalStrategy),
    )
    // Payload runs the strategies of every collection for every request: one copy is enough.
    const strategyHolder = signingIn[0]?.slug
    return {
      ...config,
      csrf: origins,
      // A wrong password is the caller's mistake, not a fault of the server: logged as a refusal.
      loggingLevels: { ...config.loggingLevels, AuthenticationError: 'info', LockedAuth: 'info' },
      collections: (config.collections ?? []).map((collection) => {
        if (!signingIn.includes(collection)) return collection
        const auth = typeof collection.auth === 'object' ? collection.auth : {}
        return {
          ...collection,
          endpoints:
            auth.verify || collection.endpoints === false
              ? collection.endpoints
              : [...(collection.endpoints ?? []), noVerification],
          auth:
            collection.slug === strategyHolder
              ? { ...auth, strategies: [...(auth.strategies ?? []), cookieOfPrograms] }
              : auth,
          hooks: appendHooks(collection.hooks, {
            beforeOperation: [
              openSessionsFromOwnOrigins(origins),
              answerLoginAlike,
              answerForgotPasswordAlike,
            ],
            afterOperation: [measureForgotPassword],
          }),
        }
      }),
    }
  }
