import type { Endpoint } from 'payload'

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
  handler: async (req) => {
    const parsed = parseQuery(params, req)
    if (parsed.response) return parsed.response
    return Response.json(
      await searchDocuments(req.payload, options, await withRegions(req, options, parsed.data)),
    )
  },
})
