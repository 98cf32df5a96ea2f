import type { Payload, PayloadRequest, SendEmailOptions, TaskConfig } from 'payload'

/** The task that delivers one message; its job is retried until the SMTP server takes it. */
export const SEND_EMAIL = 'send-email'

type Deliver = (message: SendEmailOptions) => Promise<unknown>

// The adapter that really sends, per Payload instance (set when Payload initialises its email).
const deliverers = new WeakMap<Payload, Deliver>()

export const setDeliverer = (payload: Payload, deliver: Deliver) => deliverers.set(payload, deliver)

/**
 * Queues one message. With the request of a write, the job is part of its transaction: a write
 * that fails sends nothing, and one that succeeds has its message queued before it answers.
 */
export const queueEmail = (
  payload: Payload,
  message: SendEmailOptions,
  req?: PayloadRequest,
): Promise<unknown> =>
  payload.jobs.queue({
    task: SEND_EMAIL,
    input: { message: message as Record<string, unknown> },
    req,
  })

export const sendEmailTask = ({
  retries,
  retryDelayMs,
}: {
  retries: number
  retryDelayMs: number
}): TaskConfig<typeof SEND_EMAIL> => ({
  slug: SEND_EMAIL,
  inputSchema: [{ name: 'message', type: 'json', required: true }],
  retries: { attempts: retries, backoff: { type: 'exponential', delay: retryDelayMs } },
  handler: async ({ input, req }) => {
    const deliver = deliverers.get(req.payload)
    if (!deliver) throw new Error('the email adapter is not initialised')
    await deliver(input.message as SendEmailOptions)
    return { output: {} }
  },
})
