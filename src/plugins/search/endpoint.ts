import type { Endpoint } from 'payload'

import { PAGE_PROPERTIES, type EndpointDescription } from '../api-description'

import { parseQuery } from '../endpoints'
import { searchDocuments, withRegions, type SearchParamSchemas } from './query'
import type { ResolvedSearchOptions } from './types'

/** `GET /api/search?q=…&type=…&axis=…&function=…&region=…&page=…&limit=…` */
export const searchEndpoint = (
  options: ResolvedSearchOptions,
  params: SearchParamSchemas,
): Endpoint => ({
  path: '/search',
  method: 'get',
  custom: {
    openapi: {
      summary: 'Search published resources, trainings, events and organisations',
      description:
        'Ranked full-text search (French stemming, accents ignored; `q` takes quotes, `or` and `-word`). `excerpt` is HTML: escaped text with `<mark>` around the words found. Totals stop at 500 (`totalDocsCapped`).',
      tags: ['search'],
      access: 'public',
      query: params.en,
      responses: {
        200: {
          description: 'A page of results, best first.',
          content: {
            'application/json': {
              type: 'object',
              required: [
                'docs',
                'totalDocs',
                'totalDocsCapped',
                'page',
                'limit',
                'totalPages',
                'hasNextPage',
              ],
              properties: {
                docs: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['type', 'id', 'title', 'slug', 'excerpt', 'rank'],
                    properties: {
                      type: { type: 'string', enum: options.types },
                      id: { type: 'integer' },
                      title: { type: 'string' },
                      slug: { type: ['string', 'null'] },
                      excerpt: { type: 'string' },
                      rank: { type: 'number' },
                    },
                  },
                },
                totalDocs: PAGE_PROPERTIES.totalDocs,
                totalDocsCapped: { type: 'boolean' },
                page: PAGE_PROPERTIES.page,
                limit: PAGE_PROPERTIES.limit,
                totalPages: PAGE_PROPERTIES.totalPages,
                hasNextPage: PAGE_PROPERTIES.hasNextPage,
              },
            },
          },
        },
      },
    } satisfies EndpointDescription,
  },
  handler: async (req) => {
    const parsed = parseQuery(params, req)
    if (parsed.response) return parsed.response
    return Response.json(
      await searchDocuments(req.payload, options, await withRegions(req, options, parsed.data)),
    )
  },
})
