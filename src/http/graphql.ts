import type express from 'express'
import {
  type GraphQLError,
  GraphQLSchema,
  NoFragmentCyclesRule,
  parse,
  TypeInfo,
  ValidationContext,
  visit,
} from 'graphql'

import { jsonBody } from './bodies'

// NoFragmentCyclesRule reads the document only; a schema is required, any will do.
const anySchema = new GraphQLSchema({})

/** graphql's own "Cannot spread fragment …" errors when fragments spread each other in a cycle. */
const fragmentCycles = (query: string): GraphQLError[] => {
  let document
  try {
    document = parse(query)
  } catch {
    return [] // a syntax error: graphql-http reports it
  }
  const errors: GraphQLError[] = []
  const context = new ValidationContext(anySchema, document, new TypeInfo(anySchema), (error) => errors.push(error))
  visit(document, NoFragmentCyclesRule(context))
  return errors
}

/**
 * Refuses GraphQL documents whose fragments spread each other in a cycle, with graphql's own
 * error, before Payload validates them: Payload's complexity rule walks fragments from the
 * operation without noticing cycles and overflows the stack, which graphql's NoFragmentCyclesRule,
 * visiting in the same pass, cannot prevent.
 */
export const refuseFragmentCycles =
  (send: (req: express.Request, res: express.Response, status: number, body: unknown) => void): express.RequestHandler =>
  (req, res, next) => {
    const query = (jsonBody(req) as { query?: unknown } | undefined)?.query
    const errors = typeof query === 'string' && query.includes('fragment') ? fragmentCycles(query) : []
    if (errors.length) return send(req, res, 400, { errors: errors.map((error) => error.toJSON()) })
    next()
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
