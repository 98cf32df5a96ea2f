import type { PayloadRequest, TaskConfig } from 'payload'

import type { WebhookDelivery, WebhookEndpoint } from '../../../payload-types'
import { send, type Failure } from './send'
import { t } from './translations'
import { DELIVER, DELIVERIES, ENDPOINTS, type ResolvedOptions } from './types'

/** A failure as the log shows it, in the log reader's language where it is the plugin's own. */
const failureText = (req: PayloadRequest, failure: Failure, timeoutSeconds: number) => {
  switch (failure.reason) {
    case 'internal':
      return t(req, 'webhooks:addressRefused', { address: failure.address })
    case 'timeout':
      return t(req, 'webhooks:timedOut', { seconds: timeoutSeconds })
    case 'http':
      return `HTTP ${failure.statusCode}${failure.answer ? ` : ${failure.answer}` : ''}`
    case 'network':
      return failure.message
  }
}

const record = (req: PayloadRequest, id: number, data: Partial<WebhookDelivery>) =>
  req.payload.update({
    collection: DELIVERIES,
    id,
    data,
    depth: 0,
    overrideAccess: true,
    req,
  })

/**
 * Sends one delivery of the log. A refusal or no answer is tried again by the jobs queue after
 * `retryDelaySeconds`, doubled each time (Payload's exponential back-off, which `nextAttemptAt`
 * shows), `retries` times; an internal address, a deleted or inactive endpoint are final. Each
 * attempt is written to the log at once (the job runs outside any transaction).
 */
export const deliverTask = (options: ResolvedOptions): TaskConfig<typeof DELIVER> => ({
  slug: DELIVER,
  inputSchema: [{ name: 'delivery', type: 'number', required: true }],
  retries: {
    attempts: options.retries,
    backoff: { type: 'exponential', delay: options.retryDelaySeconds * 1000 },
  },
  handler: async ({ input, job, req }) => {
    const { payload } = req
    const delivery = (await payload.findByID({
      collection: DELIVERIES,
      id: input.delivery,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
    })) as WebhookDelivery | null
    // The log row was cleared: there is nothing left to send.
    if (!delivery) return { output: {} }
    const endpointId =
      typeof delivery.endpoint === 'object' ? delivery.endpoint?.id : delivery.endpoint
    const endpoint =
      endpointId === undefined || endpointId === null
        ? null
        : ((await payload.findByID({
            collection: ENDPOINTS,
            id: endpointId,
            depth: 0,
            disableErrors: true,
            overrideAccess: true,
            showHiddenFields: true,
            req,
          })) as WebhookEndpoint | null)
    const attempts = (delivery.attempts ?? 0) + 1
    if (!endpoint?.active || !endpoint.signingSecret) {
      await record(req, delivery.id, {
        status: 'failed',
        nextAttemptAt: null,
        lastError: t(req, endpoint ? 'webhooks:endpointInactive' : 'webhooks:endpointGone'),
      })
      return { output: {} }
    }

    const outcome = await send({
      url: endpoint.url,
      secret: endpoint.signingSecret,
      id: delivery.eventId,
      event: delivery.event,
      body: delivery.body,
      timeoutMs: options.timeoutSeconds * 1000,
      allowInternal: options.allowPrivateAddresses,
    })
    if (outcome.delivered) {
      await record(req, delivery.id, {
        status: 'delivered',
        attempts,
        lastStatusCode: outcome.statusCode,
        lastError: null,
        nextAttemptAt: null,
        deliveredAt: new Date().toISOString(),
      })
      return { output: {} }
    }

    const { failure } = outcome
    // This job's earlier attempts (a « Renvoyer » starts a job of its own).
    const tried = job.totalTried ?? 0
    const final = failure.reason === 'internal' || tried >= options.retries
    await record(req, delivery.id, {
      status: final ? 'failed' : 'retrying',
      attempts,
      lastStatusCode: failure.reason === 'http' ? failure.statusCode : null,
      lastError: failureText(req, failure, options.timeoutSeconds),
      nextAttemptAt: final
        ? null
        : new Date(Date.now() + 2 ** tried * options.retryDelaySeconds * 1000).toISOString(),
    })
    if (final) return { output: {} }
    throw new Error(
      `webhook delivery ${delivery.id} failed: ${failureText(req, failure, options.timeoutSeconds)}`,
    )
  },
})
