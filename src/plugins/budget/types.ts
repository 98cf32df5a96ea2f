import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Years } from './query'

/** What the admin's budget view and its nav link are given (as server props). */
export type BudgetViewOptions = {
  collection: CollectionSlug
  /** The view's path in the admin. */
  path: `/${string}`
  canView: (args: { req: PayloadRequest }) => boolean
  years: Years
}
