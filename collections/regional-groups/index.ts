import type { CollectionConfig } from 'payload'

import {
  axesField,
  draftedContent,
  functionField,
  regionField,
  summaryField,
} from '../../fields/common'
import { groups, label, options } from '../../fields/labels'
import { slug } from '../../fields/slug'
import { statusField } from '../../fields/status'

export const regionalGroupStatusOptions = options(
  ['forming', 'En constitution', 'Forming'],
  ['active', 'Actif', 'Active'],
  ['closed', 'Clos', 'Closed'],
)

export const RegionalGroups: CollectionConfig = {
  slug: 'regional-groups',
  labels: {
    singular: label('Groupe de travail régional', 'Regional working group'),
    plural: label('Groupes régionaux', 'Regional groups'),
  },
  admin: {
    group: groups.content,
    useAsTitle: 'name',
    defaultColumns: ['name', 'region', 'status', 'function', '_status'],
    listSearchableFields: ['name', 'slug'],
  },
  ...draftedContent,
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: label('Nom', 'Name') },
    slug('name'),
    summaryField,
    regionField,
    {
      name: 'animator',
      type: 'relationship',
      relationTo: 'members',
      label: label('Animateur', 'Animator'),
    },
    {
      name: 'participants',
      type: 'relationship',
      relationTo: 'members',
      hasMany: true,
      label: label('Structures participantes', 'Participants'),
    },
    axesField,
    functionField,
    statusField({
      enumName: 'enum_regional_groups_state',
      defaultValue: 'forming',
      options: regionalGroupStatusOptions,
    }),
    {
      name: 'outputs',
      type: 'relationship',
      relationTo: 'resources',
      hasMany: true,
      label: label('Productions', 'Outputs'),
    },
  ],
}
