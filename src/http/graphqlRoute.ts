import { configToSchema } from '@payloadcms/graphql'
import {
  type DocumentNode,
  type GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  specifiedRules,
  validate,
  type ValidationRule,
} from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'

import { parseDocument } from './documents'

// graphql's own rules depend on the document and the schema only: a document kept parsed that
// passed them once is not checked against them again. The complexity and read limits depend on
// the variables too (`limit: $n`): they run on every request. A document graphql refuses is
// checked as Payload would, every rule at once, each time: its errors are not kept (a GraphQL
// error holds its stack and suggestions, some 90 KB for `{ x }`).
const valid = new WeakSet<DocumentNode>()
const validateOnce = (
  schema: GraphQLSchema,
  document: DocumentNode,
  perRequest: readonly ValidationRule[] = [],
): readonly GraphQLError[] => {
  if (valid.has(document)) return validate(schema, document, perRequest)
  const errors = validate(schema, document, [...specifiedRules, ...perRequest])
  if (!errors.length) valid.add(document)
  return errors
}

/** Payload's shape of a GraphQL error, its message hidden when it is a 500, then its `afterError` hooks. */
const formatted = async (
  error: GraphQLError,
  req: PayloadRequest,
): Promise<GraphQLFormattedError> => {
  const { payload } = req
  const original = error.originalError as (Error & { status?: number; data?: unknown }) | undefined
  const status = original?.status || 500
  logError({ err: error, payload })
  let result: GraphQLFormattedError = {
    extensions: {
      name: original?.name || undefined,
      data: original?.data || undefined,
      stack: payload.config.debug ? error.stack : undefined,
      statusCode: status,
    },
    locations: error.locations,
    message: status === 500 && !payload.config.debug ? 'Something went wrong.' : error.message,
    path: error.path,
  }
  for (const hook of payload.config.hooks.afterError ?? []) {
    const answer = await hook({ context: req.context, error, graphqlResult: result, req })
    if (answer?.graphqlResult) result = answer.graphqlResult
  }
  return result
}

/**
 * Payload's GraphQL route (the same schema, request, locales, errors and hooks as its own
 * handler), with each document parsed and checked against graphql's rules once: against a schema
 * of some 4 500 types, validating a small query cost 1.6 ms of CPU on every request (graphql's
 * KnownTypeNamesRule lists the whole type map each time), a quarter of a list's own cost.
 */
export const graphqlRoute = (config: SanitizedConfig) => {
  let graphql: ReturnType<typeof configToSchema> | undefined
  return async (request: Request): Promise<Response> => {
    const original = request.clone()
    const req = await createPayloadRequest({ canSetHeaders: true, config, request })
    if (config.graphQL?.disable) return new Response(null, { status: 404 })
    // The host lets only JSON through (graphqlTakesJson): no upload, so no temporary file to remove.
    await addDataAndFileToRequest(req)
    addLocalesToRequestFromData(req)
    graphql ??= configToSchema(config)
    const { schema, validationRules } = graphql
    const headers: Record<string, string> = {}
    const answer = await createHandler({
      schema,
      context: { headers, req },
      parse: parseDocument,
      validationRules: (_request, args) => validationRules(args),
      validate: validateOnce,
      onOperation: async (_request, _args, result) => {
        if (!('errors' in result) || !result.errors) return result
        const errors = await Promise.all(result.errors.map((error) => formatted(error, req)))
        return { ...result, errors } as unknown as typeof result
      },
    })(original)
    const answerHeaders = headersWithCors({ headers: new Headers(answer.headers), req })
    for (const [name, value] of Object.entries(headers)) answerHeaders.append(name, value)
    return new Response(answer.body, {
      status: answer.status,
      headers: req.responseHeaders
        ? mergeHeaders(req.responseHeaders, answerHeaders)
        : answerHeaders,
    })
  }
}
