import { NotFound, type CollectionSlug, type Endpoint, type Plugin } from 'payload'

import { describedResponse, type EndpointDescription } from '../api-description'
import { addCollectionEndpoints } from '../endpoints'
import { clean, context, type JsonLdBuilder } from './schema'

export {
  happening,
  iso,
  organisation,
  organisations,
  type Doc,
  type JsonLdBuilder,
  type Ref,
} from './schema'

export type StructuredDataPluginOptions = {
  /** The server's public origin (`SERVER_URL`): the ids are absolute URLs on it, whatever Host a request names. */
  serverUrl: string
  /** The collections to describe, each with its schema.org builder (beside the collection). */
  collections: Partial<Record<CollectionSlug, JsonLdBuilder>>
}

// Partners inline the JSON-LD in a <script> tag: no text may close it or open a comment there.
// The same characters escaped as \uXXXX leave the JSON (and so the JSON-LD) unchanged.
const inlineSafe = (json: string) =>
  json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/**
 * `GET /api/<collection>/:id/jsonld`: the document as schema.org JSON-LD, read with the caller's
 * access (a draft is as invisible here as anywhere), safe to inline in a `<script>` tag.
 */
export const structuredDataPlugin =
  ({ serverUrl, collections }: StructuredDataPluginOptions): Plugin =>
  (config) => {
    for (const slug of Object.keys(collections))
      if (!config.collections?.some((collection) => collection.slug === slug))
        throw new Error(`structured-data plugin: no collection "${slug}" to describe`)
    const endpoint = (collection: CollectionSlug, build: JsonLdBuilder): Endpoint => ({
      path: '/:id/jsonld',
      method: 'get',
      custom: {
        openapi: {
          summary: `One of ${collection} as schema.org JSON-LD`,
          description: 'Safe to inline in a `<script type="application/ld+json">` tag.',
          access: 'public',
          responses: {
            200: describedResponse('The JSON-LD document.', 'application/ld+json'),
          },
        } satisfies EndpointDescription,
      },
      handler: async (req) => {
        const id = req.routeParams?.id as string
        const doc = await req.payload.findByID({
          collection,
          id,
          depth: 1,
          overrideAccess: false,
          req,
          disableErrors: true,
        })
        if (!doc) throw new NotFound(req.t)
        const base = new URL(serverUrl).origin
        const described = {
          '@context': context,
          '@id': `${base}/api/${collection}/${id}/jsonld`,
          ...build(doc as never, base),
        }
        return new Response(inlineSafe(JSON.stringify(clean(described))), {
          headers: { 'content-type': 'application/ld+json; charset=utf-8' },
        })
      },
    })
    return addCollectionEndpoints(
      config,
      (slug) => slug in collections,
      (c) => [endpoint(c.slug as CollectionSlug, collections[c.slug as CollectionSlug]!)],
    )
  }
