import type { Access } from 'payload'

import { isCoordinator } from './roles'

/** Everyone reads what is published; the coordination reads drafts too. */
export const publishedOrCoordinator: Access = ({ req }) =>
  isCoordinator({ req }) ? true : { _status: { equals: 'published' } }

/**
 * Content with drafts, as it stands without delegation: published to all, drafts and writes to
 * the coordination. The delegation plugin opens writes and drafts to the pilots of each function.
 */
export const draftContentAccess = {
  read: publishedOrCoordinator,
  create: isCoordinator,
  update: isCoordinator,
  delete: isCoordinator,
  readVersions: isCoordinator,
}
