import type { CollectionConfig, Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { inBothLanguages, noNul, parseQuery, refused, wholeNumber } from '../endpoints'
import { holdingQueueLock } from './runner'
import { t } from './translations'
import type { EmailPluginOptions } from './types'

// Payload's endpoints that run the queue (`GET /api/payload-jobs/run`) or queue the scheduled tasks
// that are due (`/handle-schedules`).
const QUEUE_ENDPOINTS = new Set(['/run', '/handle-schedules'])

// What those endpoints read from the query string, which Payload takes as it comes (a limit past
// JavaScript's integers answered 500, `limit=-1` or `queue[a]=b` ran the queue anyway).
const flag = z.enum(['true', 'false'])
const queueQuery = inBothLanguages((language) =>
  z.object({
    queue: noNul(language, z.string().min(1).max(100)).optional(),
    allQueues: flag.optional(),
    limit: wholeNumber(z.number().int().min(1).max(100)).optional(),
    silent: flag.optional(),
    disableScheduling: flag.optional(),
  }),
)

/**
 * One of Payload's queue endpoints, holding the runner's lock: neither the runner nor another call
 * works on the queue meanwhile (Payload claims a job by reading then updating it, so two runs at
 * once may run one job twice, an email sent twice; and twenty schedule calls at once queued the
 * daily task nineteen times). A call made while the lock is held answers 409; a malformed query
 * string, 400 naming the parameter.
 */
const oneRunAtATime = (endpoint: Endpoint, mayRunJobs: EmailPluginOptions['mayRunJobs']) => ({
  ...endpoint,
  handler: async (req: PayloadRequest) => {
    // Payload's own handler refuses who may not run the queue.
    if (!mayRunJobs({ req })) return endpoint.handler(req)
    const parsed = parseQuery(queueQuery, req)
    if (parsed.response) return parsed.response
    let response: Response | undefined
    await holdingQueueLock(req.payload, async () => {
      response = await endpoint.handler(req)
    })
    return response ?? refused(req, 409, t(req, 'email:queueBusy'))
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
