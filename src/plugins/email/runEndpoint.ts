import type { CollectionConfig, Endpoint, PayloadRequest } from 'payload'

import { translator, type KeyOf } from '../../utilities/translator'
import { refused } from '../endpoints'
import { holdingQueueLock } from './runner'
import type { translations } from './translations'
import type { EmailPluginOptions } from './types'

/**
 * Payload's `GET /api/payload-jobs/run`, holding the runner's lock: neither the runner nor another
 * call runs the queue meanwhile (Payload claims a job by reading then updating it, so two runs at
 * once may run one job twice: an email sent twice). A call made while a run holds the lock answers
 * 409, the jobs being run already.
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

/** The jobs collection with its run endpoint taking the runner's lock. */
export const lockedJobsCollection =
  (mayRunJobs: EmailPluginOptions['mayRunJobs']) =>
  ({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig => ({
    ...defaultJobsCollection,
    endpoints: (defaultJobsCollection.endpoints || []).map((endpoint) =>
      endpoint.path === '/run' ? oneRunAtATime(endpoint, mayRunJobs) : endpoint,
    ),
  })
