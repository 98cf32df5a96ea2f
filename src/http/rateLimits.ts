import crypto from 'node:crypto'

import type express from 'express'
import { ipKeyGenerator, rateLimit } from 'express-rate-limit'
import { Kind, visit } from 'graphql'
import type { Payload } from 'payload'
import { parseCookies } from 'payload/shared'

import { jsonBody } from './bodies'
import { parseDocument } from './documents'
import { isRoute } from '../utilities/routes'
import type { KeyOf } from '../utilities/translator'
import type { Refuse } from './refuse'
import type { translations } from './translations'

export type RateLimits = {
  /** Requests a minute from one IP address, without an API key or a session; 0: no limit. */
  anonymousPerMinute: number
  /** Requests a minute with one API key, and with API keys from one IP address; 0: no limit. */
  apiKeyPerMinute: number
}

type Caller = { kind: 'editor' } | { kind: 'api-key'; key: string } | { kind: 'anonymous' }

// Guessing passwords or reset tokens counts against the address whatever the request carries.
// Matched as express and Payload route them: in any case, with trailing slashes (`/users/LOGIN/`
// signed in as well; an exact match let a signed-in caller guess passwords there unlimited).
const CREDENTIAL_ROUTE = /^\/([^/]+)\/(login|forgot-password|reset-password|unlock)\/*$/i

// The same operations in GraphQL: loginUser, forgotPasswordUser, resetPasswordUser, unlockUser…
const CREDENTIAL_MUTATION = /^(login|forgotPassword|resetPassword|unlock)[A-Z]/

/** How many sign-ins, password resets and unlocks a GraphQL body asks for (aliases and fragments included); 0 when it does not parse. */
const credentialFields = (body: unknown): number => {
  const query = (body as { query?: unknown } | undefined)?.query
  if (typeof query !== 'string' || !/login|forgotPassword|resetPassword|unlock/.test(query))
    return 0
  let count = 0
  try {
    visit(parseDocument(query), {
      [Kind.FIELD]: (node) => void (CREDENTIAL_MUTATION.test(node.name.value) && count++),
    })
  } catch {
    return 0 // a syntax error: graphql-http reports it, and nothing runs
  }
  return count
}

/** A token Payload signed (HMAC-SHA256 with its secret) that has not expired: no database needed. */
const isSignedToken = (token: string, secret: string): boolean => {
  const [header, claims, signature] = token.split('.')
  if (!header || !claims || !signature) return false
  const expected = crypto.createHmac('sha256', secret).update(`${header}.${claims}`).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return false
  try {
    const { exp } = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as {
      exp?: unknown
    }
    return typeof exp === 'number' && exp * 1000 > Date.now()
  } catch {
    return false
  }
}

/** Who each request is, as far as limits go. */
const known = new WeakMap<express.Request, Caller>()

/** Who is calling, as far as limits go, decided once a request from its headers alone. */
const callers = (payload: Payload) => {
  const keyPrefixes = payload.config.collections
    .filter((c) => c.auth?.useAPIKey)
    .map((c) => `${c.slug} API-Key `)
  const signIns = new Set<string>(
    payload.config.collections
      .filter((c) => c.auth && !c.auth.disableLocalStrategy)
      .map((c) => c.slug),
  )
  const cookie = `${payload.config.cookiePrefix}-token`
  const tokenOf = (req: express.Request) => {
    const [scheme, token] = (req.get('authorization') ?? '').split(' ')
    if ((scheme === 'JWT' || scheme === 'Bearer') && token) return token
    return parseCookies(new Headers({ cookie: req.get('cookie') ?? '' })).get(cookie)
  }
  const identify = (req: express.Request): Caller => {
    const credentials = CREDENTIAL_ROUTE.exec(req.path)
    if (credentials && signIns.has(credentials[1]!.toLowerCase())) return { kind: 'anonymous' }
    const authorization = req.get('authorization') ?? ''
    if (keyPrefixes.some((prefix) => authorization.startsWith(prefix)))
      return {
        kind: 'api-key',
        key: crypto.createHash('sha256').update(authorization).digest('base64url'),
      }
    const token = tokenOf(req)
    return token && isSignedToken(token, payload.secret)
      ? { kind: 'editor' }
      : { kind: 'anonymous' }
  }
  return (req: express.Request): Caller => {
    let caller = known.get(req)
    if (!caller) known.set(req, (caller = identify(req)))
    return caller
  }
}

/**
 * Rate limits of the API, per minute: anonymous requests per IP address, API-key requests per key
 * and per address (so that made-up keys, each with a fresh count, still share one), signed-in
 * users (a valid Payload token) not at all. A refused request gets 429 with `Retry-After`; every
 * counted one gets `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`. Counts are kept
 * in the process: behind a load balancer, each process counts its own.
 */
export const rateLimits = (
  payload: Payload,
  { anonymousPerMinute, apiKeyPerMinute }: RateLimits,
  refuse: Refuse,
): { beforeBody: express.RequestHandler[]; afterBody: express.RequestHandler } => {
  const callerOf = callers(payload)
  const ipOf = (req: express.Request) => ipKeyGenerator(req.ip ?? '')
  const isA = (kind: Caller['kind']) => (req: express.Request) => callerOf(req).kind === kind
  const limiter = (
    limit: number,
    counts: (req: express.Request) => boolean,
    keyOf: (req: express.Request) => string,
    per: KeyOf<typeof translations>,
  ) =>
    rateLimit({
      windowMs: 60_000,
      limit,
      standardHeaders: 'draft-6',
      legacyHeaders: false,
      // CORS preflights cost nothing and would halve what a browser may send.
      skip: (req) => limit === 0 || req.method === 'OPTIONS' || !counts(req),
      keyGenerator: keyOf,
      handler: (req, res) =>
        refuse(req, res, 429, 'TooManyRequests', (say) =>
          say('host:tooManyRequests', { limit, per: say(per), retry: res.get('Retry-After') }),
        ),
      logger: payload.logger,
    })
  const anonymous = limiter(anonymousPerMinute, isA('anonymous'), ipOf, 'host:perAnonymous')
  /**
   * Once the body is read: a GraphQL sign-in, password reset or unlock counts against the address
   * like its REST route, whatever the request carries (a session, an API key), and comes alone,
   * so that aliases cannot try a hundred passwords in one request.
   */
  const graphqlCredentials: express.RequestHandler = (req, res, next) => {
    // Express routes `/api/GraphQL/` to GraphQL too.
    if (req.method !== 'POST' || !isRoute(req.path, payload.config.routes.graphQL)) return next()
    const count = credentialFields(jsonBody(req))
    if (count > 1)
      return refuse(req, res, 400, 'BadRequest', (say) =>
        say('host:oneCredentialCall', { asked: count }),
      )
    if (count === 0 || isA('anonymous')(req)) return next()
    known.set(req, { kind: 'anonymous' })
    return anonymous(req, res, next)
  }
  return {
    beforeBody: [
      anonymous,
      limiter(
        apiKeyPerMinute,
        isA('api-key'),
        (req) => (callerOf(req) as { key: string }).key,
        'host:perApiKey',
      ),
      limiter(apiKeyPerMinute, isA('api-key'), ipOf, 'host:perApiKeyAddress'),
    ],
    afterBody: graphqlCredentials,
  }
}
