import {
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionConfig,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
  type Plugin,
  type TypedLocale,
} from 'payload'

import { idOf } from '../../utilities/idOf'
import { parseArgs, parseQuery } from '../endpoints'
import { searchDocuments, searchParams } from './query'
import { plainText, valuesAt } from './text'

export type IndexedCollection = {
  /** The field shown as the hit's title. */
  title: string
  /** Fields whose text is searched after the title (strings, rich text, arrays). */
  content: string[]
  /** Dotted paths of the relationships to filter by. */
  axes?: string
  function?: string
  regions?: string[]
}

export type SearchPluginOptions = {
  collections: Partial<Record<CollectionSlug, IndexedCollection>>
  /** The hidden collection holding the index. Default `search-index`. */
  indexSlug?: string
  /** The locale whose text is indexed. Default `fr`. */
  locale?: TypedLocale
}

type Indexed = Record<string, unknown> & { id: number | string; _status?: string }

/**
 * French full-text search over published content: `GET /api/search?q=…` and the GraphQL query
 * `search`. Every change of an indexed collection updates its entry in the same transaction, so
 * the index never needs rebuilding; the migration that creates it fills it from what exists.
 */
export const search =
  ({
    collections,
    indexSlug = 'search-index',
    locale = 'fr' as TypedLocale,
  }: SearchPluginOptions): Plugin =>
  (config) => {
    const types = Object.keys(collections) as [CollectionSlug, ...CollectionSlug[]]
    const table = indexSlug.replaceAll('-', '_')

    /** What the public may see of a document: the published version, or nothing. */
    const publicVersion = async (
      req: PayloadRequest,
      collection: CollectionSlug,
      id: number | string,
    ) => {
      const doc = (await req.payload.findByID({
        collection,
        id,
        depth: 0,
        locale,
        req,
        overrideAccess: true,
        disableErrors: true,
      })) as Indexed | null
      return doc && (doc._status === undefined || doc._status === 'published') ? doc : null
    }

    const entryOf = (collection: CollectionSlug, doc: Indexed) => {
      const fields = collections[collection]!
      const ids = (paths: string[]) => [
        ...new Set(paths.flatMap((p) => valuesAt(doc, p).map(idOf)).filter((v) => v !== undefined)),
      ]
      return {
        docType: collection,
        docId: Number(doc.id),
        title: plainText(doc[fields.title]),
        slug: typeof doc.slug === 'string' ? doc.slug : null,
        content: fields.content
          .map((f) => plainText(valuesAt(doc, f)))
          .filter(Boolean)
          .join('\n'),
        facets: {
          axes: fields.axes ? ids([fields.axes]) : [],
          function: fields.function ? (ids([fields.function])[0] ?? null) : null,
          regions: ids(fields.regions ?? []),
        },
      }
    }

    const existing = async (req: PayloadRequest, collection: string, id: number | string) =>
      (
        await req.payload.find({
          collection: indexSlug as CollectionSlug,
          where: { and: [{ docType: { equals: collection } }, { docId: { equals: Number(id) } }] },
          depth: 0,
          limit: 1,
          req,
          overrideAccess: true,
        })
      ).docs[0]

    /** Brings the entry of one document in line with what the public may see of it. */
    const sync = async (req: PayloadRequest, collection: CollectionSlug, id: number | string) => {
      const doc = await publicVersion(req, collection, id)
      const entry = await existing(req, collection, id)
      if (!doc) {
        if (entry)
          await req.payload.delete({
            collection: indexSlug as CollectionSlug,
            id: entry.id,
            req,
            overrideAccess: true,
          })
        return
      }
      const data = entryOf(collection, doc) as never
      if (entry)
        await req.payload.update({
          collection: indexSlug as CollectionSlug,
          id: entry.id,
          data,
          req,
          overrideAccess: true,
        })
      else
        await req.payload.create({
          collection: indexSlug as CollectionSlug,
          data,
          req,
          overrideAccess: true,
        })
    }

    const afterChange =
      (collection: CollectionSlug): CollectionAfterChangeHook =>
      async ({ doc, req }) => {
        await sync(req, collection, doc.id)
        return doc
      }
    const afterDelete =
      (collection: CollectionSlug): CollectionAfterDeleteHook =>
      async ({ id, req }) => {
        const entry = await existing(req, collection, id)
        if (entry)
          await req.payload.delete({
            collection: indexSlug as CollectionSlug,
            id: entry.id,
            req,
            overrideAccess: true,
          })
      }

    const index: CollectionConfig = {
      slug: indexSlug,
      admin: { hidden: true },
      // Read through /api/search only; written by the hooks only.
      access: { read: () => false, create: () => false, update: () => false, delete: () => false },
      graphQL: false,
      fields: [
        { name: 'docType', type: 'text', required: true, index: true },
        { name: 'docId', type: 'number', required: true, index: true },
        { name: 'title', type: 'text', required: true },
        { name: 'slug', type: 'text' },
        { name: 'content', type: 'textarea' },
        { name: 'facets', type: 'json' },
      ],
    }

    const reindexAll = async (req: PayloadRequest) => {
      for (const collection of types) {
        const { docs } = await req.payload.find({
          collection,
          pagination: false,
          depth: 0,
          select: {},
          req,
          overrideAccess: true,
        })
        for (const doc of docs) await sync(req, collection, doc.id)
      }
    }

    const params = searchParams(types)

    return {
      ...config,
      custom: { ...config.custom, searchReindex: reindexAll } satisfies WithReindex,
      collections: [
        ...(config.collections ?? []).map((c) =>
          collections[c.slug as CollectionSlug]
            ? {
                ...c,
                hooks: {
                  ...c.hooks,
                  afterChange: [
                    ...(c.hooks?.afterChange ?? []),
                    afterChange(c.slug as CollectionSlug),
                  ],
                  afterDelete: [
                    ...(c.hooks?.afterDelete ?? []),
                    afterDelete(c.slug as CollectionSlug),
                  ],
                },
              }
            : c,
        ),
        index,
      ],
      endpoints: [
        ...(config.endpoints ?? []),
        {
          path: '/search',
          method: 'get',
          handler: async (req) => {
            const parsed = parseQuery(params, req)
            if (parsed.response) return parsed.response
            return Response.json(await searchDocuments(req.payload, table, parsed.data))
          },
        },
      ],
      graphQL: {
        ...config.graphQL,
        queries: (GraphQL, context) => {
          const Hit = new GraphQL.GraphQLObjectType({
            name: 'SearchHit',
            fields: {
              type: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
              id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt) },
              title: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
              slug: { type: GraphQL.GraphQLString },
              excerpt: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
              rank: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLFloat) },
            },
          })
          const ints = new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt))
          return {
            ...config.graphQL?.queries?.(GraphQL, context),
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
                return searchDocuments(ctx.req.payload, table, parsed)
              },
            },
          }
        },
      },
    }
  }

type WithReindex = { searchReindex?: (req: PayloadRequest) => Promise<void> }

/** Fills the index from what exists: the migration that creates the index calls it. */
export const reindex = async (payload: Payload, req: PayloadRequest) => {
  const run = (payload.config.custom as WithReindex | undefined)?.searchReindex
  if (run) await run(req)
}
