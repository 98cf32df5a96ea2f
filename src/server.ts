import type { IncomingMessage, Server, ServerResponse } from 'node:http'

import { sendResponse } from '@remix-run/node-fetch-server'
import express from 'express'
import type { Payload, SanitizedConfig } from 'payload'
import { handleEndpoints } from 'payload'
import { pinoHttp } from 'pino-http'

import { type Env, readEnv, StartupError } from './env'
import type { PublicCache } from './cache'
import {
  apiLimits,
  graphqlGetAsPost,
  graphqlRoute,
  overriddenGet,
  requestErrorsAre400,
  webRequest,
} from './http'
import { languageOf } from './http/refuse'
import { withRequestState } from './db/requestContext'
import { classify } from './plugins/errors'
import { RELOAD_SECONDS, unavailableAnswer, unavailablePage } from './plugins/errors/unavailable'
import { withTimeout } from './utilities/withTimeout'
import { refuseUnknownApiKey } from './plugins/public-api/apiKeys'

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void

export type AppOptions = {
  payload: Payload
  /** Serves /admin and its assets; absent when only the API is wanted (some tests). */
  admin?: NodeHandler
  /** How long /readyz waits for the database before answering 503. */
  readyTimeoutMs?: number
  /** The settings (limits, proxies); read from the environment when absent. */
  env?: Env
  /** Public reads answered from memory (src/cache); every request reaches Payload when absent. */
  cache?: PublicCache
}

/** Adapts a Web-Request handler (Payload's own) to express. */
const fetchHandler =
  (handle: (request: Request) => Promise<Response>): express.RequestHandler =>
  async (req, res, next) => {
    try {
      await sendResponse(res, await handle(webRequest(req, res)))
    } catch (error) {
      next(error)
    }
  }

/**
 * What Payload answers after a database failure it swallowed (its JWT strategy turns a failed
 * user lookup into "no user", so a signed-in editor would read 401, 403, `user: null` or a
 * public-only list) is replaced by 503. Only the answer of a request that committed a write
 * stays (REST or GraphQL): what it acknowledges is stored, and a retry would write it twice.
 */
const answerUnavailableWhenDatabaseFailed = async (
  config: SanitizedConfig,
  request: Request,
  handle: () => Promise<Response>,
) => {
  const { result: response, databaseFailed, committed } = await withRequestState(handle)
  if (!databaseFailed || response.status === 503) return response
  if (response.ok && committed) return response
  const { status, headers, body } = unavailableAnswer(
    languageOf(config, request.headers.get('accept-language')),
  )
  // Payload's own headers (CORS among them) stay, so that a partner site's browser code can read it.
  const kept = new Headers(response.headers)
  kept.delete('content-length')
  for (const [name, value] of Object.entries(headers ?? {})) kept.set(name, value)
  return Response.json(body, { status, headers: kept })
}

/**
 * A collection Payload serves no REST for (its migrations) answers 501 « Cannot GET <url> »: to a
 * caller, a 5xx says the server failed, and the URL echoes the host it was reached at. It is
 * Payload's own 404 instead, as any path without a route.
 */
const notImplementedIsNotFound = (request: Request, response: Response) => {
  if (response.status !== 501) return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  const message = `Route not found "${new URL(request.url).pathname}"`
  return Response.json({ message }, { status: 404, headers })
}

/**
 * Payload answers a bulk update refused for some documents with « Impossible de mettre à jour 4
 * sur 7 Ressources. » and each reason in `errors`, and its admin shows the message alone: an
 * editor never learnt why. The reasons, each once, follow the message.
 */
const bulkUpdateSaysWhy = async (request: Request, response: Response): Promise<Response> => {
  if (request.method !== 'PATCH' || response.status !== 400) return response
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as { docs?: unknown; errors?: unknown; message?: unknown } | undefined
  if (!Array.isArray(body?.docs) || !Array.isArray(body.errors) || typeof body.message !== 'string')
    return response
  const reasons = new Set(
    body.errors
      .map((error: { message?: unknown }) => error?.message)
      .filter((message): message is string => typeof message === 'string'),
  )
  if (!reasons.size) return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return Response.json(
    { ...body, message: [body.message, ...reasons].join(' ') },
    { status: response.status, headers },
  )
}

/** The express app: health, Payload's REST and GraphQL handlers, then the Next admin. */
export const createApp = ({
  payload,
  admin,
  readyTimeoutMs = 2000,
  env = readEnv(),
  cache,
}: AppOptions): express.Express => {
  const config: SanitizedConfig = payload.config
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', env.TRUST_PROXY)

  app.use(
    pinoHttp({
      logger: payload.logger,
      // One line a request, without headers: cookies and API keys stay out of the logs.
      serializers: {
        req: (req: IncomingMessage) => ({ method: req.method, url: req.url?.split('?')[0] }),
        res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => Boolean(req.url?.startsWith('/_next/static/')) },
    }),
  )

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })

  const checkDatabase = () => withTimeout(payload.db.pool.query('SELECT 1'), readyTimeoutMs)

  app.get('/readyz', async (_req, res) => {
    try {
      await checkDatabase()
      res.json({ status: 'ready' })
    } catch (error) {
      res
        .status(503)
        .json({ status: 'unavailable', reason: `database: ${(error as Error).message}` })
    }
  })

  const graphql = graphqlRoute(config)
  const served = (handle: (request: Request) => Promise<Response>) => (request: Request) =>
    answerUnavailableWhenDatabaseFailed(
      config,
      request,
      async () => (await refuseUnknownApiKey(payload, request)) ?? handle(request),
    )
  const api = (handle: (request: Request) => Promise<Response>) =>
    fetchHandler(cache ? cache.wrap(served(handle)) : served(handle))
  const limits = apiLimits(payload, env)
  const graphqlPath = `${config.routes.api}${config.routes.graphQL}`
  // Before the bodies are read: methods, media types and Accept that GraphQL does not serve (the
  // host's check of bodies would offer multipart, which it does not take).
  app.all(graphqlPath, limits.graphqlHeaders)
  app.use(config.routes.api, ...limits.requests)
  app.post(graphqlPath, limits.graphqlDocument, api(requestErrorsAre400(graphql)))
  app.get(
    graphqlPath,
    ...limits.graphqlGet,
    api((request) => requestErrorsAre400(graphql)(graphqlGetAsPost(request))),
  )
  app.all(
    [config.routes.api, `${config.routes.api}/{*rest}`],
    api(async (request) =>
      bulkUpdateSaysWhy(
        request,
        notImplementedIsNotFound(
          request,
          await handleEndpoints({ config, request: await overriddenGet(request) }),
        ),
      ),
    ),
  )

  // What a plugin serves at the site's root (`custom.root`, e.g. /sitemap.xml), handled as the API is.
  for (const endpoint of config.endpoints || []) {
    if (!endpoint.custom?.root || endpoint.method !== 'get') continue
    const path = `${config.routes.api}${endpoint.path}`
    app.get(
      endpoint.path,
      ...limits.requests,
      api((request) => handleEndpoints({ config, request, path })),
    )
  }

  if (admin) {
    app.all('/{*any}', async (req, res) => {
      // The bundle's files need no database; its pages and server functions do.
      const answering =
        req.path.startsWith('/_next/') || (await checkDatabase().then(Boolean, () => false))
      if (answering) return admin(req, res)
      res
        .status(503)
        .set('Retry-After', String(RELOAD_SECONDS))
        .type('html')
        .send(unavailablePage(languageOf(config, req.get('accept-language'), req.get('cookie'))))
    })
  } else {
    app.use((_req, res) => {
      res.status(404).json({ message: 'Not found' })
    })
  }

  app.use(((error, req, res, _next) => {
    const classified = classify(error, languageOf(config, req.get('accept-language')))
    if (classified)
      payload.logger.warn({ err: error, status: classified.status }, 'request refused')
    else payload.logger.error({ err: error }, 'request failed')
    if (res.headersSent) return void res.end()
    if (classified)
      res
        .status(classified.status)
        .set(classified.headers ?? {})
        .json(classified.body)
    else res.status(500).json({ errors: [{ message: 'Internal server error' }] })
  }) as express.ErrorRequestHandler)

  return app
}

export type RunningServer = {
  server: Server
  port: number
  url: string
  /** Stops accepting, lets requests in flight finish (up to `graceMs`), then closes the rest. */
  close: (graceMs?: number) => Promise<void>
}

export const listen = (app: express.Express, port: number, host?: string): Promise<RunningServer> =>
  new Promise((resolve, reject) => {
    // A burst of new connections waits in the kernel's queue rather than being dropped (Node's
    // default backlog is 511; Linux caps it at net.core.somaxconn).
    const server = app.listen({ port, host: host ?? '0.0.0.0', backlog: 4096 })
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(
              `Port ${port} is already in use: stop what runs there, or start with another PORT (e.g. PORT=3001 npm start).`,
            )
          : error,
      )
    })
    server.once('listening', () => {
      const address = server.address()
      const actual = typeof address === 'object' && address ? address.port : port
      resolve({
        server,
        port: actual,
        url: `http://127.0.0.1:${actual}`,
        close: (graceMs = 8000) =>
          new Promise<void>((done) => {
            const force = setTimeout(() => server.closeAllConnections(), graceMs)
            server.close(() => {
              clearTimeout(force)
              done()
            })
            server.closeIdleConnections()
          }),
      })
    })
  })
