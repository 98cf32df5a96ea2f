import type { CollectionConfig } from 'payload'

import { anyone, isSignedIn } from '../../access/roles'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { fr: 'Média', en: 'Media file' },
    plural: { fr: 'Médias', en: 'Media' },
  },
  admin: { group: { fr: 'Contenus', en: 'Content' } },
  access: { read: anyone, create: isSignedIn, update: isSignedIn, delete: isSignedIn },
  upload: { staticDir: 'media' },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: { fr: 'Texte alternatif', en: 'Alternative text' },
    },
  ],
}
