import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { describedResponse, type EndpointDescription } from '../api-description'
import { refused } from '../endpoints'
import { isId, MAX_ID } from '../input-validation/values'
import { t } from './translations'
import { DELIVER, DELIVERIES, type ResolvedOptions } from './types'

/**
 * `POST /api/webhook-deliveries/:id/resend` (« Renvoyer »): the same event, with the same id
 * and body, queued again for its endpoint, whatever became of it before. The coordination only.
 */
export const resendEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/:id/resend',
  method: 'post',
  custom: {
    openapi: {
      summary: 'Deliver a webhook event again (« Renvoyer »)',
      description:
        'Queues the same event, with the same id and body, for its endpoint again. The coordination only.',
      access: 'signed-in',
      responses: {
        202: describedResponse(
          'Queued: `{ message, doc }`, the delivery now pending.',
          'application/json',
        ),
      },
    } satisfies EndpointDescription,
  },
  handler: async (req: PayloadRequest) => {
    if (!options.isCoordinator({ req }))
      return refused(req, req.user ? 403 : 401, t(req, 'webhooks:resendRefused'))
    const id = req.routeParams?.id
    if (!isId(id))
      return refused(req, 400, { path: 'id', message: t(req, 'webhooks:badId', { max: MAX_ID }) })

    await initTransaction(req)
    try {
      const delivery = await req.payload.findByID({
        collection: DELIVERIES,
        id: Number(id),
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
        req,
      })
      if (!delivery) {
        await killTransaction(req)
        return refused(req, 404, t(req, 'webhooks:notFound'))
      }
      const doc = await req.payload.update({
        collection: DELIVERIES,
        id: delivery.id,
        data: { status: 'pending', nextAttemptAt: new Date().toISOString() },
        depth: 0,
        overrideAccess: true,
        req,
      })
      await req.payload.jobs.queue({ task: DELIVER, input: { delivery: delivery.id }, req })
      await commitTransaction(req)
      return Response.json({ message: t(req, 'webhooks:resent'), doc }, { status: 202 })
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
})
