import type express from 'express'
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  GraphQLSchema,
  getOperationAST,
  Kind,
  NoFragmentCyclesRule,
  type SelectionSetNode,
  TypeInfo,
  ValidationContext,
  visit,
} from 'graphql'

import { hasBody, jsonBody, mediaType } from './bodies'
import { MAX_NESTING, NestedTooDeep, parseDocument } from './documents'
import type { Refuse } from './refuse'

// NoFragmentCyclesRule reads the document only; a schema is required, any will do.
const anySchema = new GraphQLSchema({})

/** graphql's own "Cannot spread fragment …" errors when fragments spread each other in a cycle. */
const fragmentCycles = (document: DocumentNode): GraphQLError[] => {
  const errors: GraphQLError[] = []
  const context = new ValidationContext(anySchema, document, new TypeInfo(anySchema), (error) =>
    errors.push(error),
  )
  visit(document, NoFragmentCyclesRule(context))
  return errors
}

/** How many fields the operations select once their fragments are spread out (each fragment counted once). */
const expandedFields = (document: DocumentNode): number => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
  const sizes = new Map<string, number>()
  const fragmentSize = (name: string): number => {
    if (!sizes.has(name)) sizes.set(name, selectionsSize(fragments.get(name)?.selectionSet))
    return sizes.get(name)!
  }
  const selectionsSize = (selectionSet: SelectionSetNode | undefined): number =>
    (selectionSet?.selections ?? []).reduce(
      (sum, selection) =>
        sum +
        (selection.kind === Kind.FIELD
          ? 1 + selectionsSize(selection.selectionSet)
          : selection.kind === Kind.INLINE_FRAGMENT
            ? selectionsSize(selection.selectionSet)
            : fragmentSize(selection.name.value)),
      0,
    )
  return document.definitions.reduce(
    (sum, definition) =>
      sum +
      (definition.kind === Kind.OPERATION_DEFINITION ? selectionsSize(definition.selectionSet) : 0),
    0,
  )
}

/**
 * The parsed document when its text holds `word` (most requests are let through unparsed);
 * undefined for a syntax error too, which graphql-http reports.
 */
const documentHolding = (query: unknown, word: string): DocumentNode | undefined => {
  if (typeof query !== 'string' || !query.includes(word)) return undefined
  try {
    return parseDocument(query)
  } catch {
    return undefined
  }
}

/**
 * Refuses, before Payload validates them, the GraphQL documents its complexity rule cannot walk:
 * it follows fragments from the operation as written, so fragments that spread each other in a
 * cycle overflow its stack (graphql's NoFragmentCyclesRule, visiting in the same pass, cannot
 * prevent it), and fragments spread twice in each of twenty nested fragments make it walk a
 * million fields. A cycle gets graphql's own error; a document whose fragments spread out to more
 * fields than `maxFields` could ever cost less than the limit (a field costs at least 1) is refused.
 */
export const refuseUnwalkableDocuments =
  (
    maxFields: number,
    send: (req: express.Request, res: express.Response, status: number, body: unknown) => void,
    queryOf: (req: express.Request) => unknown = postedQuery,
  ): express.RequestHandler =>
  (req, res, next) => {
    const document = documentHolding(queryOf(req), 'fragment')
    if (!document) return next()
    const cycles = fragmentCycles(document)
    if (cycles.length) return send(req, res, 400, { errors: cycles.map((error) => error.toJSON()) })
    const fields = expandedFields(document)
    if (fields <= maxFields) return next()
    send(req, res, 400, {
      errors: [
        {
          message: `The query's fragments spread out to ${fields} fields: its complexity is over the ${maxFields} allowed. Spread fewer fragments.`,
        },
      ],
    })
  }

const isSubscription = (definition: DefinitionNode) =>
  definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'subscription'

/**
 * Refuses a document holding a subscription, whichever operation the request names: the schema
 * has none, and Payload's complexity rule, which visits every operation, crashed on it (a 500).
 */
export const refuseSubscriptions =
  (refuse: Refuse, queryOf: (req: express.Request) => unknown): express.RequestHandler =>
  (req, res, next) => {
    const document = documentHolding(queryOf(req), 'subscription')
    if (!document?.definitions.some(isSubscription)) return next()
    refuse(req, res, 400, 'BadRequest', (say) => say('host:subscriptionUnsupported'))
  }

/**
 * graphql-http answers a request that cannot run (a syntax error, an unknown field, a variable of
 * the wrong type, a cost over the limit) with 200 when the client accepts application/json, as
 * the GraphQL over HTTP spec allows for that media type. Such an answer has no `data`: it is a
 * 400 here, like the spec's application/graphql-response+json; errors met while running keep 200.
 */
export const requestErrorsAre400 =
  (handle: (request: Request) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
    const response = await handle(request)
    if (response.status !== 200) return response
    const text = await response.text()
    const failed = text.startsWith('{"errors"') && !('data' in (JSON.parse(text) as object))
    return new Response(text, { status: failed ? 400 : 200, headers: response.headers })
  }

/** The parameters of a GraphQL request sent with GET (GraphQL over HTTP). */
export const graphqlParams = (req: express.Request) =>
  new URL(req.originalUrl, 'http://localhost').searchParams

/** Stands for a `variables` parameter of a GET that is not JSON. */
const NOT_JSON = Symbol('not JSON')

type OperationParams = { query: unknown; variables: unknown; operationName: unknown }

/** The operation parameters of a POST (its JSON body). */
export const postedParams = (req: express.Request): OperationParams => {
  const { query, variables, operationName } = (jsonBody(req) ?? {}) as Partial<OperationParams>
  return { query, variables, operationName }
}

/** The GraphQL document of a POST. */
export const postedQuery = (req: express.Request): unknown => postedParams(req).query

/** The operation parameters of a GET (its URL), `variables` read as JSON. */
export const paramsInUrl = (req: express.Request): OperationParams => {
  const params = graphqlParams(req)
  const variables = params.get('variables')
  let parsed: unknown = undefined
  if (variables !== null) {
    try {
      parsed = JSON.parse(variables)
    } catch {
      parsed = NOT_JSON
    }
  }
  return {
    query: params.get('query'),
    variables: parsed,
    operationName: params.get('operationName'),
  }
}

/**
 * Whether a JSON value holds objects and lists more than MAX_NESTING deep (walked without
 * recursion): graphql's coercion of variables recurses as its parser does.
 */
const jsonNestsTooDeep = (value: unknown): boolean => {
  const pending: Array<[unknown, number]> = [[value, 0]]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next
    if (!item || typeof item !== 'object') continue
    if (depth === MAX_NESTING) return true
    for (const child of Object.values(item)) pending.push([child, depth + 1])
  }
  return false
}

/**
 * Checks a GraphQL request's parameters before Payload's handler, with a 400 naming the one that
 * is wrong, in the caller's language: `query` missing or nested too deep for graphql's parser,
 * `variables` not an object or nested too deep for graphql's coercion, `operationName` not a
 * string or naming no operation of the document (or missing when it has several). Over GET, a
 * mutation is a 405: GET must not change anything.
 * A syntax error is left to graphql-http, which says where it is.
 */
export const checkGraphqlRequest =
  (refuse: Refuse, paramsOf: (req: express.Request) => OperationParams): express.RequestHandler =>
  (req, res, next) => {
    const { query, variables, operationName } = paramsOf(req)
    const bad = (message: Parameters<Refuse>[4]) => refuse(req, res, 400, 'BadRequest', message)
    if (typeof query !== 'string' || !query.trim()) return bad((say) => say('host:queryRequired'))
    if (
      variables !== undefined &&
      variables !== null &&
      (typeof variables !== 'object' || Array.isArray(variables))
    )
      return bad((say) => say('host:variablesObject'))
    if (jsonNestsTooDeep(variables))
      return bad((say) => say('host:variablesTooDeep', { max: MAX_NESTING }))
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
      return bad((say) => say('host:operationNameString'))
    let document: DocumentNode
    try {
      document = parseDocument(query)
    } catch (error) {
      if (error instanceof NestedTooDeep)
        return bad((say) => say('host:nestedTooDeep', { max: MAX_NESTING }))
      return next()
    }
    const operation = getOperationAST(document, operationName ?? undefined)
    if (!operation)
      return bad((say) =>
        typeof operationName === 'string'
          ? say('host:unknownOperation', { name: operationName })
          : document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)
            ? say('host:operationNameRequired')
            : say('host:noOperation'),
      )
    // A subscription is refused next, as over POST: the schema has none.
    if (req.method !== 'POST' && operation.operation === 'mutation') {
      res.set('Allow', 'POST')
      return refuse(req, res, 405, 'MethodNotAllowed', (say) => say('host:mutationOverGet'))
    }
    next()
  }

const GRAPHQL_METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS'])

/**
 * Answers 405 with `Allow` to the methods GraphQL has no use for (PUT, PATCH, DELETE…), before
 * their body is read, rather than Payload's 404 « Route not found »; OPTIONS goes on to the CORS
 * preflight.
 */
export const graphqlMethods =
  (refuse: Refuse): express.RequestHandler =>
  (req, res, next) => {
    if (GRAPHQL_METHODS.has(req.method)) return next()
    res.set('Allow', 'GET, HEAD, POST, OPTIONS')
    refuse(req, res, 405, 'MethodNotAllowed', (say) => say('host:graphqlMethod'))
  }

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i

const UTF8 = new Set(['utf-8', 'utf8'])

/**
 * Refuses a POSTed GraphQL request whose body is not JSON in UTF-8 with a 415 that says so,
 * before the host's own check of bodies (which would offer multipart). JSON in UTF-8 reaches
 * graphql-http as `application/json`: it takes no other spelling (« charset=utf8 », a quoted
 * charset, another parameter first), and answered those with an empty 415.
 */
export const graphqlTakesJson =
  (refuse: Refuse): express.RequestHandler =>
  (req, res, next) => {
    if (req.method !== 'POST' || !hasBody(req)) return next()
    const charset = CHARSET.exec(req.get('content-type') ?? '')?.[1]?.toLowerCase()
    if (mediaType(req) === 'application/json' && (!charset || UTF8.has(charset))) {
      req.headers['content-type'] = 'application/json'
      return next()
    }
    refuse(req, res, 415, 'UnsupportedMediaType', (say) =>
      say('host:graphqlJsonOnly', { type: req.get('content-type') || say('host:noContentType') }),
    )
  }

const ANSWER_TYPES = ['application/graphql-response+json', 'application/json']
const ANSWER_RANGES = new Set([...ANSWER_TYPES, 'application/*', '*/*'])

/** Whether an Accept header takes a media type GraphQL answers in, whatever its parameters (charset). */
const acceptsAnswer = (accept: string | undefined) =>
  !accept?.trim() ||
  accept.split(',').some((range) => {
    const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase())
    return ANSWER_RANGES.has(type!) && !parameters.some((p) => /^q=0(\.0*)?$/.test(p))
  })

/**
 * Refuses with a 406 that says so a GraphQL request whose `Accept` takes neither of the media
 * types GraphQL answers in (graphql-http's own 406 had no body).
 */
export const graphqlAnswersJson =
  (refuse: Refuse): express.RequestHandler =>
  (req, res, next) => {
    if (req.method === 'OPTIONS' || acceptsAnswer(req.get('accept'))) return next()
    refuse(req, res, 406, 'NotAcceptable', (say) =>
      say('host:graphqlAnswersJson', { types: ANSWER_TYPES.join(', ') }),
    )
  }

const OPERATION_PARAMETERS = ['query', 'variables', 'operationName']

/**
 * The POST request Payload's GraphQL handler reads, made of a GET's parameters. The others stay
 * in its URL, where Payload reads them as over POST (`locale`, `fallback-locale`).
 */
export const graphqlGetAsPost = (request: Request): Request => {
  const url = new URL(request.url)
  const params = url.searchParams
  const variables = params.get('variables')
  const headers = new Headers(request.headers)
  headers.set('content-type', 'application/json')
  const rest = new URLSearchParams(
    [...params].filter(([name]) => !OPERATION_PARAMETERS.includes(name)),
  )
  return new Request(`${url.origin}${url.pathname}${rest.size ? `?${rest}` : ''}`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query: params.get('query'),
      variables: variables === null ? undefined : JSON.parse(variables),
      operationName: params.get('operationName') ?? undefined,
    }),
    signal: request.signal,
  })
}
