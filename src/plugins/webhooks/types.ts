import type { CollectionSlug, PayloadRequest } from 'payload'

/** What a partner site hears of: a document appearing, changing, disappearing. */
export const WEBHOOK_EVENTS = ['publish', 'update', 'unpublish', 'delete'] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

export type WebhooksPluginOptions = {
  /**
   * The public collections whose changes are announced. With drafts, what partners see is the
   * published document: `publish`, `update` (of the published document), `unpublish`, `delete`.
   * Without drafts, every document is public: a create is a `publish`.
   */
  collections: CollectionSlug[]
  /** Who registers endpoints, reads the delivery log and sends a delivery again: the coordination. */
  isCoordinator: (args: { req: PayloadRequest }) => boolean
  /**
   * Deliveries to loopback, private, link-local or otherwise internal addresses (a partner URL
   * must not reach the server's own network); `true` only for tests and closed networks.
   * @default false
   */
  allowPrivateAddresses?: boolean
  /**
   * How long one attempt waits for the partner's answer, in seconds.
   * @default 10
   */
  timeoutSeconds?: number
  /**
   * The pause before a failed delivery is tried again, doubled at each new failure.
   * @default 30
   */
  retryDelaySeconds?: number
  /**
   * Attempts after the first failed one (8 with the default delay: about two hours in all).
   * @default 8
   */
  retries?: number
}

export type ResolvedOptions = Required<WebhooksPluginOptions>

export const resolveOptions = (options: WebhooksPluginOptions): ResolvedOptions => ({
  allowPrivateAddresses: false,
  timeoutSeconds: 10,
  retryDelaySeconds: 30,
  retries: 8,
  ...options,
})

/** The endpoints the coordination registers, and the log of what was sent to them. */
export const ENDPOINTS = 'webhook-endpoints' as CollectionSlug
export const DELIVERIES = 'webhook-deliveries' as CollectionSlug

/** The task of the jobs queue that sends one delivery. */
export const DELIVER = 'deliver-webhook'
