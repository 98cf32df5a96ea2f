import type { CollectionConfig } from 'payload'

import { anyone, isSignedIn } from '../../access/roles'
import { groups, label } from '../../fields/labels'

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
  admin: { group: groups.content, defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  access: { read: anyone, create: isSignedIn, update: isSignedIn, delete: isSignedIn },
  upload: { staticDir: 'media', mimeTypes: MEDIA_MIME_TYPES },
  fields: [
    { name: 'alt', type: 'text', localized: true, label: label('Texte alternatif', 'Alternative text') },
  ],
}
