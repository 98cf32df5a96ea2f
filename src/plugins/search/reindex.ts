import type { CollectionSlug, PayloadRequest } from 'payload'

import { syncEntry } from './sync'
import { resolveSearchOptions, type SearchPluginOptions } from './types'

/**
 * Fills the index with the documents of `collections` that exist: a migration calls it when it
 * creates the index or makes an existing collection searchable (the hooks keep it current
 * afterwards). A migration names its collections: on a fresh database it runs before the tables
 * of later collections exist.
 */
export const reindex = async (
  req: PayloadRequest,
  pluginOptions: SearchPluginOptions,
  collections: CollectionSlug[],
) => {
  const options = resolveSearchOptions(pluginOptions)
  for (const collection of collections) {
    if (!options.collections[collection])
      throw new Error(`search plugin: "${collection}" is not among the indexed collections`)
    const { docs } = await req.payload.find({
      collection,
      pagination: false,
      depth: 0,
      select: {},
      req,
      overrideAccess: true,
    })
    for (const doc of docs) await syncEntry(req, options, collection, doc.id)
  }
}
