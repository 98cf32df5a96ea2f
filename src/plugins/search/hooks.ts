import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug } from 'payload'

import { deleteEntry, existingEntry, syncEntry } from './sync'
import type { ResolvedSearchOptions } from './types'

/** Every change updates the document's entry in the write's own transaction. */
export const syncAfterChange =
  (options: ResolvedSearchOptions, collection: CollectionSlug): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    await syncEntry(req, options, collection, doc.id)
    return doc
  }

export const deleteAfterDelete =
  (options: ResolvedSearchOptions, collection: CollectionSlug): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    const entry = await existingEntry(req, options, collection, id)
    if (entry) await deleteEntry(req, options, entry.id)
  }
