import type { CollectionConfig, CollectionSlug, Plugin } from 'payload'

import { withTranslations } from '../../utilities/translator'
import { announceChangedDelegations, announceDelegationsTask } from './delegations'
import { notificationFields } from './fields'
import { sentLog } from './log'
import { tellCoordinationOfProposals } from './proposals'
import { tellPilotsOfPublications } from './publications'
import { translations } from './translations'
import { resolveOptions, type NotificationsPluginOptions } from './types'
import { appendHooks } from '../../utilities/hooks'

export type { NotificationsPluginOptions } from './types'
export { announceDelegations, eventsOf } from './delegations'

const afterChange = (
  collection: CollectionConfig,
  hook: NonNullable<NonNullable<CollectionConfig['hooks']>['afterChange']>[number],
): CollectionConfig => ({
  ...collection,
  hooks: appendHooks(collection.hooks, { afterChange: [hook] }),
})

/**
 * Who is told what by email (sent by the email plugin's queue), once per event and person, in
 * the person's language (`language` on their account), unless they turned it off
 * (`emailNotifications`, theirs alone to change):
 * - the coordination, when a pilot proposes a budget line (proposals.ts);
 * - an organisation's users, when a delegation to it starts, is a week from its end, and has
 *   ended (delegations.ts: a daily task, and after every change to a function);
 * - a function's pilots' users, when someone else publishes a document of it (publications.ts).
 */
export const notificationsPlugin =
  (pluginOptions: NotificationsPluginOptions): Plugin =>
  (config) => {
    const options = resolveOptions(pluginOptions)
    const collections = config.collections ?? []
    const named = new Set(collections.map((c) => c.slug))
    for (const slug of [
      options.users,
      options.functions,
      options.organisations,
      options.proposals.collection,
      ...options.publications,
    ])
      if (!named.has(slug)) throw new Error(`notificationsPlugin: no collection named ${slug}`)

    return withTranslations(
      {
        ...config,
        collections: [
          ...collections.map((collection) => {
            if (collection.slug === options.users)
              return { ...collection, fields: [...collection.fields, ...notificationFields()] }
            if (collection.slug === options.proposals.collection)
              return afterChange(collection, tellCoordinationOfProposals(options))
            if (options.publications.includes(collection.slug as CollectionSlug))
              return afterChange(collection, tellPilotsOfPublications(options))
            if (collection.slug === options.functions)
              return afterChange(collection, announceChangedDelegations(options))
            return collection
          }),
          sentLog,
        ],
        jobs: {
          ...config.jobs,
          tasks: [...(config.jobs?.tasks ?? []), announceDelegationsTask(options)],
        },
      },
      translations,
    )
  }
