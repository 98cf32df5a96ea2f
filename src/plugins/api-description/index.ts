import { createHash } from 'node:crypto'

import type { Endpoint, Payload, Plugin } from 'payload'

import { describeApi } from './document'
import { graphqlSchemaText } from './graphql'
import type { ApiDescriptionPluginOptions, EndpointDescription } from './types'

export { describeApi, type Undescribed } from './document'
export type { ApiDescriptionPluginOptions, EndpointDescription, JsonSchema } from './types'

type Served = { body: string; etag: string }

const served = (body: string): Served => ({
  body,
  etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
})

/**
 * A description of the API for client generators: `GET /api/openapi.json` (OpenAPI 3.1, made
 * from the config when Payload starts, so it cannot drift from it) and
 * `GET /api/graphql/schema.graphql` (the SDL of the GraphQL schema, made on its first request:
 * building it costs half a second), served even where introspection is off. Both are public
 * reads, cached as the others are.
 */
export const apiDescriptionPlugin =
  (options: ApiDescriptionPluginOptions): Plugin =>
  (config) => {
    const openapi = new WeakMap<Payload, Promise<Served>>()
    const sdl = new WeakMap<Payload, Served>()
    const describe = (payload: Payload) => {
      if (!openapi.has(payload))
        openapi.set(
          payload,
          describeApi(payload, options).then(({ document, undescribed }) => {
            if (undescribed.length)
              payload.logger.warn(
                { undescribed },
                'endpoints without a description (custom.openapi) are left out of /api/openapi.json',
              )
            return served(JSON.stringify(document))
          }),
        )
      return openapi.get(payload)!
    }
    const answer = ({ body, etag }: Served, type: string) =>
      new Response(body, { headers: { 'content-type': type, etag } })

    const endpoints: Endpoint[] = [
      {
        path: '/openapi.json',
        method: 'get',
        handler: async (req) =>
          answer(await describe(req.payload), 'application/json; charset=utf-8'),
        custom: {
          openapi: {
            summary: 'This document: the REST API in OpenAPI 3.1',
            tags: ['site'],
            access: 'public',
            responses: {
              200: {
                description: 'The OpenAPI document.',
                content: { 'application/json': { type: 'object' } },
              },
            },
          } satisfies EndpointDescription,
        },
      },
      {
        path: `${config.routes?.graphQL ?? '/graphql'}/schema.graphql`,
        method: 'get',
        handler: (req) => {
          if (!sdl.has(req.payload))
            sdl.set(req.payload, served(graphqlSchemaText(req.payload.config)))
          return answer(sdl.get(req.payload)!, 'text/plain; charset=utf-8')
        },
        custom: {
          openapi: {
            summary: 'The GraphQL schema (SDL)',
            description: 'Served even where introspection is off (production).',
            tags: ['graphql'],
            access: 'public',
            responses: {
              200: {
                description: 'The schema in GraphQL’s schema definition language.',
                content: { 'text/plain': { type: 'string' } },
              },
            },
          } satisfies EndpointDescription,
        },
      },
    ]
    return {
      ...config,
      endpoints: [...(config.endpoints ?? []), ...endpoints],
      onInit: async (payload) => {
        await config.onInit?.(payload)
        await describe(payload)
      },
    }
  }
