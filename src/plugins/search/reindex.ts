import type { PayloadRequest } from 'payload'

import { syncEntry } from './sync'
import { resolveSearchOptions, type SearchPluginOptions } from './types'

/**
 * Fills the index from what exists, with the options the plugin is given: the migration that
 * creates the index calls it (the hooks keep it current afterwards).
 */
export const reindex = async (req: PayloadRequest, pluginOptions: SearchPluginOptions) => {
  const options = resolveSearchOptions(pluginOptions)
  for (const collection of options.types) {
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
