import type { CollectionSlug, Plugin } from 'payload'

import { searchIndexCollection } from './collection'
import { searchEndpoint } from './endpoint'
import { ensureSearchExtensions } from './extensions'
import { searchQueries } from './graphql'
import { deleteAfterDelete, syncAfterChange } from './hooks'
import { assertIndexable } from './paths'
import { translations } from './translations'
import { withTranslations } from '../../utilities/translator'
import { searchParams } from './query'
import { resolveSearchOptions, type SearchPluginOptions } from './types'
import { appendHooks } from '../../utilities/hooks'

export { reindex } from './reindex'
export type { IndexedCollection, SearchPluginOptions } from './types'

/**
 * Full-text search over published content, in French and English: `GET /api/search?q=…` and the GraphQL query
 * `search`. Every change of an indexed collection updates its entry in the same transaction, so
 * the index never needs rebuilding; the migration that creates it fills it from what exists.
 */
export const searchPlugin =
  (pluginOptions: SearchPluginOptions): Plugin =>
  (config) => {
    const options = resolveSearchOptions(pluginOptions)
    assertIndexable(config.collections ?? [], options.collections)
    const params = searchParams(options.types)
    return withTranslations(
      {
        ...config,
        collections: [
          ...(config.collections ?? []).map((c) => {
            const slug = c.slug as CollectionSlug
            if (!options.collections[slug]) return c
            return {
              ...c,
              hooks: appendHooks(c.hooks, {
                afterChange: [syncAfterChange(options, slug)],
                afterDelete: [deleteAfterDelete(options, slug)],
              }),
            }
          }),
          searchIndexCollection(options),
        ],
        endpoints: [...(config.endpoints ?? []), searchEndpoint(options, params)],
        onInit: async (payload) => {
          await ensureSearchExtensions(payload)
          await config.onInit?.(payload)
        },
        graphQL: {
          ...config.graphQL,
          queries: searchQueries(options, params, config.graphQL?.queries),
        },
      },
      translations,
    )
  }
