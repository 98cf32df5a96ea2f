import type { Config, Payload, SanitizedCollectionConfig } from 'payload'

/**
 * Payload adds its own collections (document locks, preferences, migrations, jobs) to the config
 * after every plugin has run, and offers no option to set their access or hooks. A plugin that must
 * reach them adjusts each collection of the sanitized config when Payload starts, before any
 * request is served. `adjust` runs once per collection, however many times Payload initialises.
 */
export const adjustSanitizedCollections = (
  config: Config,
  adjust: (collection: SanitizedCollectionConfig, payload: Payload) => void,
): Config => {
  const adjusted = new WeakSet<SanitizedCollectionConfig>()
  return {
    ...config,
    onInit: async (payload) => {
      for (const collection of payload.config.collections) {
        if (adjusted.has(collection)) continue
        adjust(collection, payload)
        adjusted.add(collection)
      }
      await config.onInit?.(payload)
    },
  }
}
