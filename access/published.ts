import type { Access } from 'payload'

import { isCoordinator } from './roles'

/** Everyone reads what is published; signed-in users read drafts too (narrowed by delegation). */
export const publishedOrSignedIn: Access = ({ req }) =>
  req.user ? true : { _status: { equals: 'published' } }

/**
 * Content with drafts: published to all, drafts to signed-in users, written by the coordination.
 * The delegation plugin widens writes to the pilots of each document's function.
 */
export const draftContentAccess = {
  read: publishedOrSignedIn,
  create: isCoordinator,
  update: isCoordinator,
  delete: isCoordinator,
  readVersions: isCoordinator,
}
