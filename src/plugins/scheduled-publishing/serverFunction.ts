import {
  Forbidden,
  type PayloadRequest,
  type SchedulePublishTaskInput,
  type ServerFunction,
} from 'payload'
import { hasScheduledPublishEnabled } from 'payload/shared'

import { translator, type KeyOf } from '../../utilities/translator'
import { isId } from '../input-validation/values'
import { mayUpdate } from '../internal-collections'
import type { translations } from './translations'

type ScheduleArgs = {
  deleteID?: number | string
  doc?: SchedulePublishTaskInput['doc']
  global?: SchedulePublishTaskInput['global']
}

/** Whether the caller may plan a publication of this document: it may publish it today. */
const mayPublish = async (req: PayloadRequest, doc: ScheduleArgs['doc']) => {
  const collection = doc && req.payload.collections[doc.relationTo]
  return Boolean(
    collection &&
    hasScheduledPublishEnabled(collection.config) &&
    (await mayUpdate(req, { relationTo: doc.relationTo, value: doc.value })),
  )
}

/** The document a planned publication (a `schedulePublish` job) is about. */
const plannedDocument = async (req: PayloadRequest, jobId: number | string) => {
  // Jobs have serial ids: anything else names no job (and must not reach the query as one).
  if (!isId(jobId)) return undefined
  const job = await req.payload.db.findOne({
    collection: 'payload-jobs',
    where: { and: [{ id: { equals: jobId } }, { taskSlug: { equals: 'schedulePublish' } }] },
    req,
  })
  return (job as { input?: SchedulePublishTaskInput } | null)?.input?.doc
}

/**
 * The admin's `schedule-publish` server function queues the job (and deletes the one it names)
 * past access, for any document or global it is sent, for anyone who may open the admin: a pilot
 * could plan the publication of another function's resource, or cancel another's plan. Wrapped,
 * it plans and cancels only for documents the caller may publish today, and plans no global.
 * The job itself runs as its planner (index.ts), so a delegation ended meanwhile publishes nothing.
 */
export const scheduleOnlyWhatOneMayPublish =
  <A extends ScheduleArgs>(schedule: ServerFunction<A>): ServerFunction<A> =>
  async (args) => {
    const { req, deleteID, doc, global } = args
    if (!req.user) throw new Forbidden(req.t)
    const cancels = deleteID !== undefined
    const plans = doc !== undefined || global !== undefined
    const targets = [
      ...(cancels ? [await plannedDocument(req, deleteID)] : []),
      // Globals are not planned here: none is set up for it.
      ...(plans ? [global === undefined ? doc : undefined] : []),
    ]
    const allowed = await Promise.all(targets.map((target) => mayPublish(req, target)))
    if (!targets.length || allowed.includes(false))
      return {
        error: translator<KeyOf<typeof translations>>(req.t)('scheduledPublishing:notAllowed'),
      }
    if (plans) return schedule(args)
    // A cancellation alone: Payload's handler would also queue an empty job after deleting.
    await req.payload.db.deleteMany({
      collection: 'payload-jobs',
      where: {
        and: [
          { id: { equals: deleteID } },
          { taskSlug: { equals: 'schedulePublish' } },
          { processing: { equals: false } },
        ],
      },
      req,
    })
    return { message: req.t('general:success') }
  }
