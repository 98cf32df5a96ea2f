import { createHash } from 'node:crypto'

import type { Endpoint, Payload, Plugin } from 'payload'

import { describeApi } from './document'
import { graphqlSchemaText } from './graphql'
import { describedResponse } from './describedResponse'
import type { ApiDescriptionPluginOptions, EndpointDescription } from './types'

export { describeApi, type Undescribed } from './document'
export { describedResponse } from './describedResponse'
export { PAGE_PROPERTIES } from './schemas'
export type { ApiDescriptionPluginOptions, EndpointDescription, JsonSchema } from './types'

type Served = { body: string; etag: string }

const served = (body: string): Served => ({
  body,
  etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
})

/** `make` run once per Payload instance, its answer kept. */
const once = (make: (payload: Payload) => Promise<Served>) => {
  const made = new WeakMap<Payload, Promise<Served>>()
  return (payload: Payload) => {
    if (!made.has(payload)) made.set(payload, make(payload))
    return made.get(payload)!
  }
}

/**
 * A description of the API for client generators: `GET /api/openapi.json` (OpenAPI 3.1, made
 * from the running config, so it cannot drift from it) and `GET /api/graphql/schema.graphql`
 * (the SDL of the GraphQL schema), served even where introspection is off. Both are public
 * reads, cached as the others are.
 */
export const apiDescriptionPlugin =
  (options: ApiDescriptionPluginOptions): Plugin =>
  (config) => {
    // Each is made on its first request (the OpenAPI document takes 0.2–0.4 s, the SDL 0.5 s),
    // not at every start of Payload, the CLI's and the tests' included.
    const openapi = once(async (payload) => {
      const { document, undescribed } = await describeApi(payload, options)
      if (undescribed.length)
        payload.logger.warn(
          { undescribed },
          'endpoints without a description (custom.openapi) are left out of /api/openapi.json',
        )
      return served(JSON.stringify(document))
    })
    const sdl = once(async (payload) => served(graphqlSchemaText(payload.config)))
    const answer = ({ body, etag }: Served, type: string) =>
      new Response(body, { headers: { 'content-type': type, etag } })

    const endpoints: Endpoint[] = [
      {
        path: '/openapi.json',
        method: 'get',
        handler: async (req) =>
          answer(await openapi(req.payload), 'application/json; charset=utf-8'),
        custom: {
          openapi: {
            summary: 'This document: the REST API in OpenAPI 3.1',
            tags: ['site'],
            access: 'public',
            responses: {
              200: describedResponse('The OpenAPI document.', 'application/json'),
            },
          } satisfies EndpointDescription,
        },
      },
      {
        path: `${config.routes?.graphQL ?? '/graphql'}/schema.graphql`,
        method: 'get',
        handler: async (req) => answer(await sdl(req.payload), 'text/plain; charset=utf-8'),
        custom: {
          openapi: {
            summary: 'The GraphQL schema (SDL)',
            description: 'Served even where introspection is off (production).',
            tags: ['graphql'],
            access: 'public',
            responses: {
              200: describedResponse(
                'The schema in GraphQL’s schema definition language.',
                'text/plain',
              ),
            },
          } satisfies EndpointDescription,
        },
      },
    ]
    return { ...config, endpoints: [...(config.endpoints ?? []), ...endpoints] }
  }
