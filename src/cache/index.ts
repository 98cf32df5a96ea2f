import { createHash } from 'node:crypto'

import { LRUCache } from 'lru-cache'
import * as qs from 'qs-esm'
import { getRequestLanguage, type Payload, parseCookies } from 'payload'

import { withCors } from '../http/refuse'
import { isVersionTag } from '../plugins/concurrency'
import { isRoute } from '../utilities/routes'
import { listen } from './listener'

export type PublicCacheOptions = {
  /** Bytes of answers kept; 0 turns the cache off. */
  maxBytes: number
  /** Largest answer kept, in bytes. */
  maxEntryBytes?: number
  /** How long a kept answer may serve, at most (what depends on the day, like upcoming events). */
  ttlMs?: number
  /** `max-age` told to browsers and CDNs, in seconds (they may serve that long without asking). */
  maxAgeSeconds?: number
  /** `stale-while-revalidate` told to browsers and CDNs, in seconds. */
  staleSeconds?: number
  /** Change notifications handled this late (tests: a slow delivery must not make the cache stale). */
  deliveryDelayMs?: number
}

type Entry = { body: Uint8Array; status: number; headers: Array<[string, string]>; etag: string }

type Handle = (request: Request) => Promise<Response>

/** Who is asking: nobody (anonymous), an API key (hashed), or someone signed in (never cached). */
const callerOf = (
  payload: Payload,
  request: Request,
  cookies: Map<string, string>,
): string | undefined => {
  if (cookies.has(`${payload.config.cookiePrefix}-token`)) return undefined
  const authorization = request.headers.get('authorization')
  if (!authorization) return 'anonymous'
  const keyed = payload.config.collections.some(
    (c) => c.auth?.useAPIKey && authorization.startsWith(`${c.slug} API-Key `),
  )
  return keyed ? `key:${createHash('sha256').update(authorization).digest('base64url')}` : undefined
}

const isGraphql = (payload: Payload, request: Request) =>
  isRoute(
    new URL(request.url).pathname,
    `${payload.config.routes.api}${payload.config.routes.graphQL}`,
  )
// GraphQL answers in the media type the caller accepts (graphql-http), REST always in JSON.
const acceptKey = (payload: Payload, request: Request) =>
  isGraphql(payload, request) ? ` accept:${request.headers.get('accept') ?? ''}` : ''
// A document that names a mutation or a subscription anywhere is not cached (a word in a string
// too: it then only misses the cache).
const WRITES = /\b(mutation|subscription)\b/

/** The GraphQL operation a POST carries, normalised; undefined when it is not a cacheable query. */
const graphqlKey = async (request: Request): Promise<string | undefined> => {
  let body: { query?: unknown; variables?: unknown; operationName?: unknown }
  try {
    body = (await request.clone().json()) as typeof body
  } catch {
    return undefined
  }
  if (typeof body?.query !== 'string' || WRITES.test(body.query)) return undefined
  // The text as sent: spaces inside a string argument are part of the question.
  return JSON.stringify([body.query, body.variables ?? null, body.operationName ?? null])
}

/** Same answer, same key: the path, its parameters in a stable order, the language, the caller. */
const keyOf = async (
  payload: Payload,
  request: Request,
  caller: string,
  cookies: Map<string, string>,
): Promise<string | undefined> => {
  const url = new URL(request.url)
  const language = getRequestLanguage({ config: payload.config, cookies, headers: request.headers })
  if (request.method === 'POST') {
    if (!isGraphql(payload, request)) return undefined
    const operation = await graphqlKey(request)
    // Payload reads `locale` and `fallback-locale` from a POST's URL too.
    return (
      operation &&
      `POST ${url.pathname}?${parametersKey(url.search)} ${language} ${caller}${acceptKey(payload, request)} ${operation}`
    )
  }
  if (request.method !== 'GET') return undefined
  return `GET ${url.pathname}?${parametersKey(url.search)} ${language} ${caller}${acceptKey(payload, request)}`
}

/** JSON with the keys of every object in order, arrays as they are. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(value)

/**
 * The query as Payload reads it, in a stable order: its qs parse (Payload's own options,
 * createPayloadRequest) and the parameters by name (what `searchParams.get` sees). Sorting the raw
 * parameters alone is not exact: `a[]=1&a[0]=2` and `a[0]=2&a[]=1` parse to different arrays.
 */
const parametersKey = (search: string): string => {
  const params = new URLSearchParams(search)
  params.sort()
  const parsed = qs.parse(search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  })
  return `${params} ${canonical(parsed)}`
}

const KEPT_TYPES =
  /^(application\/(json|graphql-response\+json|ld\+json|xml|rss\+xml|atom\+xml)|text\/)/

/** Headers a kept answer carries again: not CORS (given per origin) nor what the cache sets itself. */
const keptHeaders = (headers: Headers): Array<[string, string]> =>
  [...headers].filter(
    ([name]) =>
      !/^(access-control-|vary$|cache-control$|content-length$|x-cache$|date$)/i.test(name),
  )

const sameTag = (ifNoneMatch: string | null, etag: string) =>
  Boolean(ifNoneMatch) &&
  ifNoneMatch!.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''))

/**
 * Public reads answered from memory: GET requests of the API and GraphQL queries, from anonymous
 * callers and API keys. Signed-in people always reach Payload and are told not to store.
 *
 * Exact: every write commits a change notification (./changes.ts) which empties the cache of
 * every process; before serving a kept answer, the process makes sure it has heard every change
 * committed until then (`Listener.sync`), so that an answer is never older than the last write
 * acknowledged. An answer computed while a change was heard is not kept.
 */
export type PublicCache = {
  /** Payload's handler, answering from the cache what it may. */
  wrap: (handle: Handle) => Handle
  close: () => Promise<void>
}

export const startPublicCache = (payload: Payload, options: PublicCacheOptions): PublicCache => {
  const {
    maxBytes,
    maxEntryBytes = 512 * 1024,
    ttlMs = 60_000,
    maxAgeSeconds = 10,
    staleSeconds = 60,
  } = options
  const entries =
    maxBytes > 0
      ? new LRUCache<string, Entry>({
          maxSize: maxBytes,
          // The key counts too: URLs of many kilobytes would otherwise hold memory the bound ignores.
          sizeCalculation: (entry, key) => entry.body.length + key.length + 200,
          ttl: ttlMs,
        })
      : undefined
  const listener =
    entries &&
    listen({
      connectionString: (payload.db.pool as unknown as { options: { connectionString: string } })
        .options.connectionString,
      logger: payload.logger,
      deliveryDelayMs: options.deliveryDelayMs,
      onChange: () => entries.clear(),
    })

  const answer = (request: Request, entry: Entry, caller: string, state: 'hit' | 'miss') => {
    const headers = withCors(payload, request.headers.get('origin'), new Headers(entry.headers))
    headers.set('ETag', entry.etag)
    headers.set(
      'Cache-Control',
      `${caller === 'anonymous' ? 'public' : 'private'}, max-age=${maxAgeSeconds}, stale-while-revalidate=${staleSeconds}`,
    )
    // Who asks changes the answer (drafts, `/users/me`): a browser that signs in must not be
    // served from its own cache what it was answered before (the admin took the anonymous
    // `/users/me` for its user and broke until reloaded).
    headers.set(
      'Vary',
      [
        'Origin, Accept-Language',
        ...(isGraphql(payload, request) ? ['Accept'] : []),
        'Authorization, Cookie',
      ].join(', '),
    )
    headers.set('X-Cache', state)
    // A document's ETag names its version, whatever the locale, depth and related documents
    // shown: a client holding it may hold another body, so it is answered in full.
    if (!isVersionTag(entry.etag) && sameTag(request.headers.get('if-none-match'), entry.etag))
      return new Response(null, { status: 304, headers })
    return new Response(entry.body as BodyInit, { status: entry.status, headers })
  }

  /** Payload's answer, kept when it may be shown again. */
  const fetchAndKeep = async (
    handle: Handle,
    request: Request,
    key: string,
    caller: string,
    generation: number,
  ) => {
    const response = await handle(request)
    const type = response.headers.get('content-type') ?? ''
    if (response.status !== 200 || response.headers.has('set-cookie') || !KEPT_TYPES.test(type))
      return response
    const body = new Uint8Array(await response.arrayBuffer())
    const entry: Entry = {
      body,
      status: response.status,
      headers: keptHeaders(response.headers),
      // An ETag Payload's side set (a document's version, which If-Match compares) stays.
      etag:
        response.headers.get('etag') ??
        `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    }
    const withErrors =
      isGraphql(payload, request) &&
      /^\{"errors"/.test(new TextDecoder().decode(body.subarray(0, 16)))
    // A change heard since the sync may have come after this answer was read: it is not kept.
    if (!withErrors && body.length <= maxEntryBytes && listener!.generation() === generation)
      entries!.set(key, entry)
    return answer(request, entry, caller, 'miss')
  }

  /** Payload's answer with headers of the cache's own. */
  const passed = async (
    handle: Handle,
    request: Request,
    headers: Record<string, string>,
    unless?: string,
  ) => {
    const response = await handle(request)
    const merged = new Headers(response.headers)
    for (const [name, value] of Object.entries(headers))
      if (!unless || !merged.has(unless)) merged.set(name, value)
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: merged,
    })
  }

  const wrap =
    (handle: Handle): Handle =>
    async (request) => {
      const cookies = parseCookies(request.headers)
      const caller = callerOf(payload, request, cookies)
      // Someone signed in: the answer is theirs alone.
      if (!caller)
        return passed(handle, request, { 'Cache-Control': 'private, no-store' }, 'cache-control')
      const key = entries && (await keyOf(payload, request, caller, cookies))
      if (!key) return handle(request)
      if (!(await listener!.sync())) return passed(handle, request, { 'X-Cache': 'bypass' })
      const kept = entries!.get(key)
      if (kept) return answer(request, kept, caller, 'hit')
      return fetchAndKeep(handle, request, key, caller, listener!.generation())
    }

  return { wrap, close: async () => listener?.close() }
}
