import type { CollectionConfig } from 'payload'

import { axesField, functionField, regionField, summaryField } from '../../fields/common'
import { relationship, text } from '../../fields/build'
import { label } from '../../fields/labels'
import { contentCollection } from '../../fields/content'
import { statusField } from '../../fields/status'
import { regionalGroupOptions } from './options'

export const RegionalGroups: CollectionConfig = contentCollection({
  slug: 'regional-groups',
  labels: {
    singular: label('Groupe de travail régional', 'Regional working group'),
    plural: label('Groupes régionaux', 'Regional groups'),
  },
  title: text('name', label('Nom', 'Name'), { required: true, localized: true }),
  columns: ['region', 'status', 'function'],
  fields: [
    summaryField,
    regionField,
    relationship('animator', label('Animateur', 'Animator'), 'members'),
    relationship('participants', label('Structures participantes', 'Participants'), 'members', {
      hasMany: true,
    }),
    axesField,
    functionField,
    statusField({
      enumName: 'enum_regional_groups_state',
      defaultValue: 'forming',
      options: regionalGroupOptions.status,
    }),
    relationship('outputs', label('Productions', 'Outputs'), 'resources', { hasMany: true }),
  ],
})
