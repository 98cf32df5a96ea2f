import type { IncomingMessage, ServerResponse } from 'node:http'

import { createRequest } from '@remix-run/node-fetch-server'
import type express from 'express'

import { type Refuse, size } from './refuse'

export type BodyLimits = {
  /** Largest JSON body (or form-encoded query of a method override), in bytes. */
  jsonBytes: number
  /** Largest multipart body (an upload and its fields), in bytes. */
  multipartBytes: number
}

/** Bodies read and checked here (and the JSON they hold), handed to Payload by `webRequest`. */
const bodies = new WeakMap<IncomingMessage, { raw: Buffer; json?: unknown }>()

const WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The request's media type, lower case, without its parameters. */
export const mediaType = (req: express.Request) =>
  (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()

const declaredLength = (req: express.Request) => Number(req.get('content-length') ?? 0)

/** Whether the request carries a body (a GET, HEAD or OPTIONS never does here). */
export const hasBody = (req: express.Request) =>
  !WITHOUT_BODY.has(req.method) &&
  (req.get('transfer-encoding') !== undefined || declaredLength(req) > 0)

// A POST that says it is a GET carries that GET's query string in its body, form-encoded (the
// admin fetches relationship options that way), or nothing (see `overriddenGet`).
const OVERRIDES = ['x-payload-http-method-override', 'x-http-method-override']
const FORM = 'application/x-www-form-urlencoded'
const overridesToGet = (method: string | undefined, header: (name: string) => unknown) =>
  method === 'POST' && OVERRIDES.some((name) => header(name) === 'GET')
const overrides = (req: express.Request) => overridesToGet(req.method, (name) => req.get(name))

/** The body; 'too large' as soon as it grows past `max` bytes (the rest is drained, never kept); 'aborted' if the client leaves. */
const readUpTo = (req: IncomingMessage, max: number): Promise<Buffer | 'too large' | 'aborted'> =>
  new Promise((resolve) => {
    const chunks: Buffer[] = []
    let length = 0
    const stop = (outcome: 'too large' | 'aborted') => {
      req.off('data', onData).off('end', onEnd)
      resolve(outcome)
    }
    const onData = (chunk: Buffer) => {
      length += chunk.length
      if (length <= max) return void chunks.push(chunk)
      stop('too large')
      req.resume()
    }
    const onEnd = () => resolve(Buffer.concat(chunks, length))
    req
      .on('data', onData)
      .once('end', onEnd)
      .once('error', () => stop('aborted'))
  })

/** The object a JSON body holds, or why it cannot be what an endpoint reads. */
const parseObject = (body: Buffer): { json: object } | { problem: Parameters<Refuse>[4] } => {
  let json: unknown
  try {
    json = JSON.parse(body.toString('utf8'))
  } catch (error) {
    const reason = (error as Error).message
    return { problem: (say) => say('host:invalidJson', { reason }) }
  }
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) return { json }
  return { problem: (say) => say('host:notAnObject') }
}

/**
 * Request bodies of the API, before Payload reads them. JSON is read here up to its limit
 * (Content-Length checked first, then the bytes counted as they come, for chunked bodies) and
 * parsed once to refuse malformed JSON with a 400 naming the body; multipart bodies (uploads)
 * stream on to Payload, which enforces its file size, once their declared length is checked.
 * A method override's form-encoded query is read like JSON, under the same limit; it takes no
 * other body (Payload read a JSON one as data, a 500 when empty, and ignored its `where`). Other
 * bodies are refused with 415: Payload would silently ignore them.
 */
export const limitBodies =
  ({ jsonBytes, multipartBytes }: BodyLimits, refuse: Refuse): express.RequestHandler =>
  async (req, res, next) => {
    const type = mediaType(req)
    if (overrides(req) && type !== FORM && (type || hasBody(req)))
      return refuse(req, res, 415, 'UnsupportedMediaType', (say) =>
        say('host:overrideForm', { type: type || say('host:noContentType') }),
      )
    if (!hasBody(req)) return next()
    const tooLarge = (limit: number, what: 'host:forUpload' | 'host:forJson') =>
      refuse(req, res, 413, 'PayloadTooLarge', (say, language) =>
        say('host:tooLarge', { size: size(limit, language), what: say(what) }),
      )
    if (type.startsWith('multipart/')) {
      if (declaredLength(req) > multipartBytes) return tooLarge(multipartBytes, 'host:forUpload')
      return next()
    }
    if (type !== 'application/json' && !(type === FORM && overrides(req))) {
      return refuse(req, res, 415, 'UnsupportedMediaType', (say) =>
        say('host:unsupportedType', { type: type || say('host:noContentType') }),
      )
    }
    if (declaredLength(req) > jsonBytes) return tooLarge(jsonBytes, 'host:forJson')
    const body = await readUpTo(req, jsonBytes)
    if (body === 'aborted') return
    if (body === 'too large') return tooLarge(jsonBytes, 'host:forJson')
    if (type !== 'application/json' || body.length === 0) {
      bodies.set(req, { raw: body })
      return next()
    }
    const parsed = parseObject(body)
    if ('problem' in parsed) return refuse(req, res, 400, 'BadRequest', parsed.problem)
    bodies.set(req, { raw: body, json: parsed.json })
    next()
  }

/** The JSON object `limitBodies` parsed, for the host's own checks. */
export const jsonBody = (req: IncomingMessage): unknown => bodies.get(req)?.json

/** The request as Payload would read it with another method (its body left out). */
const readAs = (req: IncomingMessage, res: ServerResponse, method: string) =>
  createRequest(Object.create(req, { method: { value: method } }) as IncomingMessage, res)

/**
 * The Web Request Payload reads (a HEAD as its GET). A body `limitBodies` has read is handed over
 * whole: the adapter's own stream would wait for an end that has already come, so it only builds
 * the rest (URL, headers, abort signal) from a body-less view of the request.
 */
export const webRequest = (req: IncomingMessage, res: ServerResponse): Request => {
  const body = bodies.get(req)?.raw
  // Payload routes no HEAD (feed readers, link checkers and CDNs send them): it is answered as
  // the GET it stands for, and Node leaves the body out of a HEAD's answer.
  if (req.method === 'HEAD') return readAs(req, res, 'GET')
  if (body === undefined) return createRequest(req, res)
  return new Request(readAs(req, res, 'GET'), {
    method: req.method,
    body,
    duplex: 'half',
  } as RequestInit)
}

/**
 * A REST request for Payload, a POST that says it is a GET made that GET: its body's
 * form-encoded query (checked by `limitBodies`) joined to its URL's. Payload glued them with a
 * second `?`: `?depth=0` and a body `limit=2` read as depth « 0?limit=2 ».
 */
export const overriddenGet = async (request: Request): Promise<Request> => {
  if (!overridesToGet(request.method, (name) => request.headers.get(name))) return request
  const url = new URL(request.url)
  url.search = [url.search.slice(1), await request.text()].filter(Boolean).join('&')
  const headers = new Headers(request.headers)
  for (const name of [...OVERRIDES, 'content-type', 'content-length', 'transfer-encoding'])
    headers.delete(name)
  return new Request(url, { method: 'GET', headers, signal: request.signal })
}
