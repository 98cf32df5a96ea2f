import type { CollectionConfig } from 'payload'

import { coordinationWrites } from '../../access/roles'
import { summaryField, titleField } from '../../fields/common'
import { richText } from '../../fields/build'
import { label } from '../../fields/labels'
import { slug } from '../../fields/slug'

export const Functions: CollectionConfig = {
  slug: 'functions',
  labels: {
    singular: label('Fonction du Pôle', 'Function'),
    plural: label('Fonctions du Pôle', 'Functions'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'updatedAt'],
  },
  access: coordinationWrites,
  fields: [
    titleField,
    slug(),
    summaryField,
    richText('description', label('Description', 'Description'), { localized: true }),
    // `pilots`: added by the delegation plugin (src/plugins/delegation/fields/pilots.ts).
  ],
}
