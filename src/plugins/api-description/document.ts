import { createHash } from 'node:crypto'

import {
  createLocalReq,
  type Endpoint,
  type Payload,
  type SanitizedCollectionConfig,
} from 'payload'
import { z } from 'zod'

import { BUILTINS, LOCAL_STRATEGY, type Operation, ROOT_BUILTINS } from './operations'
import { collectionSchemas, ref } from './schemas'
import type { ApiDescriptionPluginOptions, EndpointDescription, JsonSchema } from './types'

type Method = Endpoint['method']

/** An endpoint of the config that the project added without `custom.openapi`. */
export type Undescribed = { method: Method; path: string; collection?: string }

/** An endpoint of the config the document leaves out, and why. */
export type LeftOut = Undescribed & { why: string }

const PUBLIC = [{}, { apiKey: [] }, { bearer: [] }, { cookie: [] }]
const SIGNED_IN = [{ bearer: [] }, { cookie: [] }]

const response = (name: string) => ({ $ref: `#/components/responses/${name}` })

/** The error answers of every read, and of every write beside them. */
const errorsOf = ({ write, byId }: { write: boolean; byId: boolean }) => ({
  400: response('BadRequest'),
  401: response('Unauthorized'),
  403: response('Forbidden'),
  ...(byId ? { 404: response('NotFound') } : {}),
  ...(write
    ? {
        409: response('Conflict'),
        412: response('PreconditionFailed'),
        413: response('PayloadTooLarge'),
        415: response('UnsupportedMediaType'),
      }
    : {}),
  429: response('TooManyRequests'),
  503: response('ServiceUnavailable'),
})

const errorResponse = (description: string, headers?: Record<string, JsonSchema>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema: ref('Error') } },
})
const retryAfter = {
  'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } },
}

/** `/:id/jsonld` as OpenAPI writes it (`/{id}/jsonld`); an optional `:id?` gives two paths. */
const openapiPaths = (path: string): string[] => {
  const optional = /\/:(\w+)\?/.exec(path)
  if (optional)
    return [path.replace(optional[0], ''), path.replace(optional[0], `/:${optional[1]}`)].flatMap(
      openapiPaths,
    )
  return [path.replace(/:(\w+)/g, '{$1}')]
}

const pathParameters = (path: string) =>
  [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) =>
    name === 'id'
      ? { $ref: '#/components/parameters/id' }
      : { name, in: 'path', required: true, schema: { type: 'string' } },
  )

const idOf = (...parts: string[]) =>
  parts
    .join(' ')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w, i) => (i ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join('')

/** The query parameters of a custom endpoint, from the zod schema it checks its query with. */
const queryParameters = (query: z.ZodType | undefined) => {
  if (!query) return []
  const schema = z.toJSONSchema(query, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  const required = new Set((schema.required as string[] | undefined) ?? [])
  return Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).map(
    ([name, { description, ...property }]) => ({
      name,
      in: 'query',
      required: required.has(name),
      ...(description ? { description } : {}),
      schema: property,
    }),
  )
}

const customOperation = (
  description: Exclude<EndpointDescription, { omitted: string }>,
  path: string,
  tags: string[],
): Operation => ({
  summary: description.summary,
  ...(description.description ? { description: description.description } : {}),
  tags: description.tags ?? tags,
  security: description.access === 'public' ? PUBLIC : SIGNED_IN,
  parameters: [...pathParameters(path), ...queryParameters(description.query)],
  responses: {
    ...errorsOf({ write: false, byId: path.includes('{') }),
    ...Object.fromEntries(
      Object.entries(description.responses).map(([status, r]) => [
        status,
        {
          description: r.description,
          ...(r.content
            ? {
                content: Object.fromEntries(
                  Object.entries(r.content).map(([type, schema]) => [type, { schema }]),
                ),
              }
            : {}),
        },
      ]),
    ),
  },
})

/** Whether anonymous callers (and API keys, which read as they do) may read the collection at all. */
const publiclyRead = async (payload: Payload, collection: SanitizedCollectionConfig) => {
  try {
    const req = await createLocalReq({}, payload)
    return (await collection.access.read?.({ req })) !== false
  } catch {
    return true
  }
}

/** Hidden from the admin: Payload's and the plugins' bookkeeping, not an API. */
const documented = (collection: SanitizedCollectionConfig) => collection.admin?.hidden !== true

/**
 * The OpenAPI 3.1 document of the REST API, from the config: each collection the admin shows
 * with Payload's routes and its fields' JSON Schema (Payload's own, as `generate:types` uses),
 * each endpoint a plugin or collection adds with the description it carries, and GraphQL.
 */
export const describeApi = async (payload: Payload, options: ApiDescriptionPluginOptions) => {
  const { config } = payload
  const api = config.routes.api
  const locales = config.localization ? config.localization.localeCodes : []
  const collections = config.collections.filter(documented)
  const idType = payload.db.defaultIDType === 'number' ? 'number' : 'text'
  const { schemas, names } = collectionSchemas(config, collections, idType)
  const paths: Record<string, Record<string, Operation>> = {}
  const undescribed: Undescribed[] = []
  const leftOut: LeftOut[] = []
  const seen = new Set<string>()

  const add = (path: string, method: Method, operation: Operation) => {
    ;(paths[path] ??= {})[method] = operation
  }

  const addEndpoint = async (
    endpoint: Endpoint,
    scope: { collection?: SanitizedCollectionConfig; tag: string },
  ) => {
    const key = `${endpoint.method} ${endpoint.path}`
    const base = scope.collection ? `${api}/${scope.collection.slug}` : api
    const description = endpoint.custom?.openapi as EndpointDescription | undefined
    const where = {
      method: endpoint.method,
      path: endpoint.path,
      collection: scope.collection?.slug,
    }
    const leave = (why: string) => leftOut.push({ ...where, why })
    // Payload answers with the first endpoint that matches: a later one is never reached.
    if (seen.has(`${base} ${key}`)) return leave('shadowed by an earlier endpoint')
    seen.add(`${base} ${key}`)
    if (description && 'omitted' in description) return leave(description.omitted)
    for (const path of openapiPaths(endpoint.path)) {
      const full = `${base}${path === '/' ? '' : path}`
      const operationId = idOf(scope.collection?.slug ?? '', endpoint.method, path)
      if (description) {
        const operation = { operationId, ...customOperation(description, path, [scope.tag]) }
        add(full, endpoint.method, operation)
        if (!scope.collection && endpoint.custom?.root)
          add(path, endpoint.method, { ...operation, operationId: `${operationId}AtRoot` })
        continue
      }
      const collection = scope.collection
      // A hidden collection's routes are Payload's bookkeeping (jobs, preferences), not the API.
      if (collection && !documented(collection)) return leave('a collection hidden from the admin')
      const builtin = collection ? BUILTINS[key] : undefined
      const rootBuiltin = collection ? undefined : ROOT_BUILTINS[key]
      if (!builtin && !rootBuiltin) {
        undescribed.push(where)
        return leave('no description (custom.openapi)')
      }
      if (!collection) {
        add(full, endpoint.method, {
          operationId,
          tags: [scope.tag],
          security: PUBLIC,
          ...rootBuiltin!,
          responses: {
            ...errorsOf({ write: false, byId: false }),
            ...(rootBuiltin!.responses as object),
          },
        })
        continue
      }
      const auth = collection.auth
      if (auth?.disableLocalStrategy && LOCAL_STRATEGY.has(key))
        return leave('the collection signs in without a password')
      if (builtin!.versions && !collection.versions)
        return leave('the collection keeps no versions (404)')
      const operation = builtin!.build({
        slug: collection.slug,
        names: names.get(collection.slug)!,
        collection,
      })
      const write = Boolean(builtin!.write)
      const open = !write && (await publiclyRead(payload, collection))
      add(full, endpoint.method, {
        operationId,
        tags: [scope.tag],
        security: open ? PUBLIC : SIGNED_IN,
        ...operation,
        parameters: [...pathParameters(path), ...((operation.parameters as unknown[]) ?? [])],
        responses: {
          ...errorsOf({ write, byId: path.includes('{') }),
          ...(operation.responses as object),
        },
      })
    }
  }

  for (const endpoint of config.endpoints ?? []) await addEndpoint(endpoint, { tag: 'site' })
  for (const collection of config.collections)
    for (const endpoint of collection.endpoints || [])
      await addEndpoint(endpoint, { collection, tag: collection.slug })

  if (!config.graphQL.disable) {
    const graphql = `${api}${config.routes.graphQL}`
    const request = {
      type: 'object',
      required: ['query'],
      properties: {
        query: { type: 'string' },
        variables: { type: 'object' },
        operationName: { type: 'string' },
      },
    }
    const answer = {
      200: {
        description: 'GraphQL’s answer: `data`, and `errors` met while running.',
        content: { 'application/json': { schema: { type: 'object' } } },
      },
      400: {
        description: 'A query that cannot run (syntax, cost, depth).',
        content: { 'application/json': { schema: { type: 'object' } } },
      },
    }
    paths[graphql] = {
      post: {
        operationId: 'graphql',
        summary: 'GraphQL',
        description: `The schema: \`GET ${graphql}/schema.graphql\`.`,
        tags: ['graphql'],
        security: PUBLIC,
        requestBody: { required: true, content: { 'application/json': { schema: request } } },
        responses: answer,
      },
      get: {
        operationId: 'graphqlGet',
        summary: 'GraphQL query over GET (cacheable)',
        tags: ['graphql'],
        security: PUBLIC,
        parameters: ['query', 'variables', 'operationName'].map((name) => ({
          name,
          in: 'query',
          required: name === 'query',
          schema: { type: 'string' },
        })),
        responses: answer,
      },
    }
  }

  const body = {
    paths,
    components: {
      schemas,
      parameters: {
        id: {
          name: 'id',
          in: 'path',
          required: true,
          schema:
            idType === 'number'
              ? { type: 'integer', minimum: 1, maximum: 2147483647 }
              : { type: 'string' },
        },
        limit: {
          name: 'limit',
          in: 'query',
          description:
            'Documents a page (10 by default); anonymous callers and API keys get at most 100.',
          schema: { type: 'integer', minimum: 0 },
        },
        page: { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
        sort: {
          name: 'sort',
          in: 'query',
          description:
            'Fields to sort by, comma-separated; `-` before one for descending (`-year,title`).',
          schema: { type: 'string' },
        },
        depth: {
          name: 'depth',
          in: 'query',
          description: 'How far relationships are filled in.',
          schema: { type: 'integer', minimum: 0, maximum: config.maxDepth },
        },
        locale: {
          name: 'locale',
          in: 'query',
          description: `The locale read or written; \`all\`: every locale at once (\`{"fr": …, "en": …}\`).`,
          schema: { type: 'string', enum: [...locales, 'all'] },
        },
        fallbackLocale: {
          name: 'fallback-locale',
          in: 'query',
          description: 'What an empty field falls back to.',
          schema: { type: 'string', enum: [...locales, 'none'] },
        },
        draft: {
          name: 'draft',
          in: 'query',
          description: 'Read the latest draft (for those who may edit it); save as a draft.',
          schema: { type: 'boolean' },
        },
        pagination: {
          name: 'pagination',
          in: 'query',
          description: '`false`: every document at once (signed-in callers only).',
          schema: { type: 'boolean' },
        },
      },
      responses: {
        BadRequest: errorResponse(
          'Bad input: `data.errors` names each parameter or field at fault; nothing is written.',
        ),
        Unauthorized: errorResponse('Signing in is needed, or the API key is unknown or revoked.'),
        Forbidden: errorResponse('Not allowed.'),
        NotFound: errorResponse('Nothing the caller may see.'),
        Conflict: errorResponse('A value that must be unique is taken.'),
        PreconditionFailed: errorResponse(
          '`If-Match` names a version the document has moved on from.',
        ),
        PayloadTooLarge: errorResponse('The body is over the limit.'),
        UnsupportedMediaType: errorResponse('The body is neither JSON nor a file upload.'),
        TooManyRequests: errorResponse('Over the rate limit.', retryAfter),
        ServiceUnavailable: errorResponse(
          'Busy or database down: nothing was written, retry later.',
          retryAfter,
        ),
      },
      securitySchemes: {
        apiKey: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: `A partner site's key: \`${config.collections
            .filter((c) => c.auth?.useAPIKey)
            .map((c) => `${c.slug} API-Key <key>`)
            .join('` or `')}\`. Reads what is published; writes nothing.`,
        },
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'The token of a sign-in (`POST /api/users/login`); `Authorization: JWT <token>` works too.',
        },
        cookie: {
          type: 'apiKey',
          in: 'cookie',
          name: `${config.cookiePrefix}-token`,
          description:
            'The session cookie a sign-in sets; it counts only from the server’s own origin.',
        },
      },
    },
  }
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 12)
  return {
    document: {
      openapi: '3.1.0',
      info: {
        title: options.title ?? 'API',
        // The document's own hash: it changes exactly when the API it describes does.
        version,
        ...(options.description ? { description: options.description } : {}),
      },
      servers: [{ url: options.serverUrl }],
      tags: collections.map((c) => ({ name: c.slug })),
      ...body,
    },
    undescribed,
    leftOut,
  }
}
