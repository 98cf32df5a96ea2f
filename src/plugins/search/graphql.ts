import type { GraphQLExtension, PayloadRequest } from 'payload'

import { parseArgs } from '../endpoints'
import { searchDocuments, withRegions, type SearchParamSchemas } from './query'
import type { ResolvedSearchOptions } from './types'

/** The GraphQL query `search`, added to the config's own queries (`previous`). */
export const searchQueries =
  (
    options: ResolvedSearchOptions,
    params: SearchParamSchemas,
    previous: GraphQLExtension | undefined,
  ): GraphQLExtension =>
  (GraphQL, context) => {
    const Hit = new GraphQL.GraphQLObjectType({
      name: 'SearchHit',
      fields: {
        type: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt) },
        title: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        slug: { type: GraphQL.GraphQLString },
        excerpt: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        match: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        rank: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLFloat) },
      },
    })
    const ints = new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt))
    return {
      ...previous?.(GraphQL, context),
      search: {
        type: new GraphQL.GraphQLObjectType({
          name: 'SearchResults',
          fields: {
            docs: { type: new GraphQL.GraphQLList(Hit) },
            totalDocs: { type: GraphQL.GraphQLInt },
            totalDocsCapped: { type: GraphQL.GraphQLBoolean },
            page: { type: GraphQL.GraphQLInt },
            limit: { type: GraphQL.GraphQLInt },
            totalPages: { type: GraphQL.GraphQLInt },
            hasNextPage: { type: GraphQL.GraphQLBoolean },
          },
        }),
        args: {
          q: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
          locale: { type: GraphQL.GraphQLString },
          type: {
            type: new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(GraphQL.GraphQLString)),
          },
          axis: { type: ints },
          function: { type: ints },
          region: { type: ints },
          page: { type: GraphQL.GraphQLInt },
          limit: { type: GraphQL.GraphQLInt },
        },
        resolve: async (
          _: unknown,
          args: Record<string, unknown>,
          ctx: { req: PayloadRequest },
        ) => {
          // The same checks as the query string: lists arrive as comma-separated text.
          const parsed = parseArgs(
            params,
            Object.fromEntries(
              Object.entries(args)
                .filter(([, v]) => v !== null && v !== undefined)
                .map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]),
            ),
            ctx.req,
          )
          return searchDocuments(
            ctx.req.payload,
            options,
            await withRegions(ctx.req, options, parsed),
          )
        },
      },
    }
  }
