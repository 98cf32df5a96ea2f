import type { CollectionConfig } from 'payload'

import { isCoordinator, isSignedIn } from '../../access/roles'
import { refuseForbiddenFieldChanges } from '../../hooks/refuseForbiddenFieldChanges'
import { text } from '../../fields/build'
import { label } from '../../fields/labels'

/** What the network publishes: PDFs, images, office and OpenDocument files. */
export const MEDIA_MIME_TYPES = [
  'application/pdf',
  'image/*',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
]

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Média', 'Media file'), plural: label('Médias', 'Media') },
  admin: { defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  // The coordination, and any person uploading; the media-access plugin adds who else reads and
  // changes a file, from the documents that use it.
  access: { read: isCoordinator, create: isSignedIn, update: isCoordinator, delete: isCoordinator },
  hooks: { beforeOperation: [refuseForbiddenFieldChanges] },
  upload: { staticDir: 'media', mimeTypes: MEDIA_MIME_TYPES },
  fields: [
    // Payload's own field, named in English only: merged into it by its name.
    text('mimeType', label('Type de fichier', 'File type')),
    text('alt', label('Texte alternatif', 'Alternative text'), { localized: true }),
  ],
}
