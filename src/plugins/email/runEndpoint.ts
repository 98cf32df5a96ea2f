import type { CollectionConfig, Endpoint, PayloadRequest } from 'payload'

import { translator, type KeyOf } from '../../utilities/translator'
import { refused } from '../endpoints'
import { holdingQueueLock } from './runner'
import type { translations } from './translations'
import type { EmailPluginOptions } from './types'

// Payload's endpoints that run the queue (`GET /api/payload-jobs/run`) or queue the scheduled tasks
// that are due (`/handle-schedules`).
const QUEUE_ENDPOINTS = new Set(['/run', '/handle-schedules'])

/**
 * One of Payload's queue endpoints, holding the runner's lock: neither the runner nor another call
 * works on the queue meanwhile (Payload claims a job by reading then updating it, so two runs at
 * once may run one job twice, an email sent twice; and twenty schedule calls at once queued the
 * daily task nineteen times). A call made while the lock is held answers 409.
 */
const oneRunAtATime = (endpoint: Endpoint, mayRunJobs: EmailPluginOptions['mayRunJobs']) => ({
  ...endpoint,
  handler: async (req: PayloadRequest) => {
    // Payload's own handler refuses who may not run the queue.
    if (!mayRunJobs({ req })) return endpoint.handler(req)
    let response: Response | undefined
    await holdingQueueLock(req.payload, async () => {
      response = await endpoint.handler(req)
    })
    return (
      response ??
      refused(req, 409, translator<KeyOf<typeof translations>>(req.t)('email:queueBusy'))
    )
  },
})

/** The jobs collection with its queue endpoints taking the runner's lock. */
export const lockedJobsCollection =
  (mayRunJobs: EmailPluginOptions['mayRunJobs']) =>
  ({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig => ({
    ...defaultJobsCollection,
    endpoints: (defaultJobsCollection.endpoints || []).map((endpoint) =>
      QUEUE_ENDPOINTS.has(endpoint.path) ? oneRunAtATime(endpoint, mayRunJobs) : endpoint,
    ),
  })
