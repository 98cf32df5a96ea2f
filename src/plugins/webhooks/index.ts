import type { CollectionConfig, Plugin } from 'payload'

import { withTranslations } from '../../utilities/translator'
import { webhookCollections, type CollectionLabel } from './collections'
import { deliverTask } from './deliver'
import { watch } from './events'
import { translations } from './translations'
import { resolveOptions, type WebhooksPluginOptions } from './types'
import { appendHooks } from '../../utilities/hooks'

export type { WebhooksPluginOptions, WebhookEvent } from './types'
export { eventOf } from './events'
export { signatureOf } from './send'
export { isInternalAddress, urlProblem } from './address'

const withHooks = (collection: CollectionConfig): CollectionConfig => {
  const { recordBefore, announceChange, announceDelete } = watch(collection)
  return {
    ...collection,
    hooks: appendHooks(collection.hooks, {
      beforeChange: [recordBefore],
      afterChange: [announceChange],
      afterDelete: [announceDelete],
    }),
  }
}

/**
 * Webhooks for partner sites: the coordination registers endpoints (URL, secret, collections,
 * events); each publish, update of a published document, unpublish and delete of the chosen
 * collections, on every path that writes (REST, GraphQL, Local API, bulk, restore, duplicate,
 * the admin, scheduled publishing), is queued in the write's transaction as a signed JSON POST
 * (send.ts) on Payload's jobs queue, which the host's runner runs (the email plugin's runner):
 * retried with back-off, logged in `webhook-deliveries`, sent again on demand (« Renvoyer »).
 */
export const webhooksPlugin =
  (pluginOptions: WebhooksPluginOptions): Plugin =>
  (config) => {
    const options = resolveOptions(pluginOptions)
    const collections = config.collections ?? []
    const labels: Record<string, CollectionLabel> = {}
    for (const slug of options.collections) {
      const collection = collections.find((c) => c.slug === slug)
      if (!collection) throw new Error(`webhooksPlugin: no collection named ${slug}`)
      if (collection.labels?.plural) labels[slug] = collection.labels.plural
    }
    return withTranslations(
      {
        ...config,
        collections: [
          ...collections.map((c) =>
            (options.collections as string[]).includes(c.slug) ? withHooks(c) : c,
          ),
          ...webhookCollections(options, labels),
        ],
        jobs: {
          ...config.jobs,
          tasks: [...(config.jobs?.tasks ?? []), deliverTask(options)],
        },
      },
      translations,
    )
  }
