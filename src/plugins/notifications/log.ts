import type { CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

import { queryFor, tableOf } from '../../db/query'

/** What was announced already: one row per event, so that each is announced once. */
export const SENT = 'notifications-sent' as CollectionSlug

const nobody = () => false

/** The plugin's memory, reached by no API (the plugin writes it in SQL, in the event's transaction). */
export const sentLog: CollectionConfig = {
  slug: SENT,
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  lockDocuments: false,
  fields: [{ name: 'key', type: 'text', required: true, unique: true }],
}

/**
 * Records the event `key` in the request's transaction: true the first time, false ever after,
 * even when two processes check the same event at once (the second waits for the first to commit).
 */
export const firstTime = async (req: PayloadRequest, key: string): Promise<boolean> => {
  const query = await queryFor(req.payload, req)
  const { rows } = await query(
    `INSERT INTO "${tableOf(req.payload, SENT)}" (key, updated_at, created_at) VALUES ($1, now(), now())
     ON CONFLICT (key) DO NOTHING RETURNING id`,
    [key],
  )
  return rows.length > 0
}
