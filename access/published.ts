import type { Access } from 'payload'

import { isCoordinator } from './roles'

/** Everyone reads what is published; the coordination reads drafts too. */
export const publishedOrCoordinator: Access = ({ req }) =>
  isCoordinator({ req }) ? true : { _status: { equals: 'published' } }

/**
 * Content with drafts: published to all, drafts and writes to the coordination. The delegation
 * plugin adds, on top, the drafts and writes of each function for its pilots.
 */
export const draftContentAccess = {
  read: publishedOrCoordinator,
  create: isCoordinator,
  update: isCoordinator,
  delete: isCoordinator,
  readVersions: isCoordinator,
}
