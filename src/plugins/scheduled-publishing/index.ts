import {
  type CollectionSlug,
  Forbidden,
  type Plugin,
  type SchedulePublishTaskInput,
  type TaskConfig,
  type TaskHandler,
} from 'payload'

import { translator, withTranslations, type KeyOf } from '../../utilities/translator'
import { translations } from './translations'

export { scheduleOnlyWhatOneMayPublish } from './serverFunction'

export type ScheduledPublishingPluginOptions = {
  /** The collections (with drafts) whose editors may plan a publication or unpublication. */
  collections: CollectionSlug[]
  /**
   * The time picker's format (date-fns): a 24-hour clock, as French readers expect.
   * @default 'HH:mm'
   */
  timeFormat?: string
  /**
   * The time picker's step, in minutes.
   * @default 15
   */
  timeIntervals?: number
}

/** Payload's own task, added to the config when it starts (config/sanitize). */
export const SCHEDULE_PUBLISH = 'schedulePublish'

type Key = KeyOf<typeof translations>
type Handler = Extract<TaskConfig['handler'], TaskHandler<never>>

/**
 * Payload's task publishes (or unpublishes) as the user who planned it, with `overrideAccess:
 * false`: the delegation, the publishing checks and the audit log apply as if that person saved
 * it then. A refusal (a delegation that ended meanwhile, a French title still missing) is final:
 * tried once, the job ends failed with a reason the coordination can read in the queue.
 */
const refusedReadably =
  (handler: Handler): Handler =>
  async (args) => {
    try {
      return await handler(args)
    } catch (error) {
      const { input, req } = args
      const t = translator<Key>(req.t)
      const { doc, type, user } = input as SchedulePublishTaskInput
      const scheduler =
        user && typeof user === 'object'
          ? await req.payload.findByID({
              collection: user.relationTo,
              id: user.value,
              depth: 0,
              disableErrors: true,
            })
          : null
      const reason =
        error instanceof Forbidden
          ? t('scheduledPublishing:noLongerAllowed', {
              user: scheduler && 'email' in scheduler ? scheduler.email : JSON.stringify(user),
            })
          : (error as Error).message
      throw new Error(
        t('scheduledPublishing:refused', {
          action: t(
            type === 'unpublish'
              ? 'scheduledPublishing:action-unpublish'
              : 'scheduledPublishing:action-publish',
          ),
          collection: doc?.relationTo,
          id: doc?.value,
          reason,
        }),
        { cause: error },
      )
    }
  }

/**
 * Editors plan when a document is published or unpublished (« Programmer la publication »), through
 * Payload's scheduled publish: a `schedulePublish` job on the default queue, run by the server's
 * runner (src/plugins/email/runner.ts) once its time has come. Who may plan what is the admin's
 * server function's business (serverFunction.ts); the jobs collection stays closed to the APIs.
 */
export const scheduledPublishingPlugin =
  ({
    collections,
    timeFormat = 'HH:mm',
    timeIntervals = 15,
  }: ScheduledPublishingPluginOptions): Plugin =>
  (config) => {
    const missing = collections.find(
      (slug) => !config.collections?.some((collection) => collection.slug === slug),
    )
    if (missing) throw new Error(`scheduled publishing plugin: no collection "${missing}"`)
    return withTranslations(
      {
        ...config,
        collections: (config.collections ?? []).map((collection) => {
          const versions = collection.versions
          if (!collections.includes(collection.slug as CollectionSlug)) return collection
          // Payload plans publications of drafts only: a collection without them cannot be planned.
          if (typeof versions !== 'object' || !versions.drafts)
            throw new Error(`scheduled publishing plugin: "${collection.slug}" has no drafts`)
          const drafts = typeof versions.drafts === 'object' ? versions.drafts : {}
          return {
            ...collection,
            versions: {
              ...versions,
              drafts: { ...drafts, schedulePublish: { timeFormat, timeIntervals } },
            },
          }
        }),
        onInit: async (payload) => {
          const task = payload.config.jobs.tasks?.find(({ slug }) => slug === SCHEDULE_PUBLISH)
          if (task && typeof task.handler === 'function') {
            task.handler = refusedReadably(task.handler as Handler)
            task.retries = 0
          }
          await config.onInit?.(payload)
        },
      },
      translations,
    )
  }
