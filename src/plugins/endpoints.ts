import type { CollectionConfig, Config, Endpoint } from 'payload'

/** Adds endpoints to the collections whose slug `wanted` accepts (plugins that serve a route of a collection). */
export const addCollectionEndpoints = (
  config: Config,
  wanted: (slug: string) => boolean,
  endpoints: (collection: CollectionConfig) => Endpoint[],
): Config => ({
  ...config,
  collections: (config.collections ?? []).map((c) =>
    wanted(c.slug) ? { ...c, endpoints: [...(c.endpoints || []), ...endpoints(c)] } : c,
  ),
})
