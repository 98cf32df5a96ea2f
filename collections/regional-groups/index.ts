import type { CollectionConfig } from 'payload'

import {
  axesField,
  draftedContent,
  functionField,
  regionField,
  summaryField,
} from '../../fields/common'
import { relationship, text } from '../../fields/build'
import { groups, label, options } from '../../fields/labels'
import { translations } from './translations'
import { slug } from '../../fields/slug'
import { statusField } from '../../fields/status'

export const regionalGroupStatusOptions = options(translations, 'regionalGroupStatus')

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
    text('name', label('Nom', 'Name'), { required: true, localized: true }),
    slug('name'),
    summaryField,
    regionField,
    relationship('animator', 'members', label('Animateur', 'Animator')),
    relationship('participants', 'members', label('Structures participantes', 'Participants'), {
      hasMany: true,
    }),
    axesField,
    functionField,
    statusField({
      enumName: 'enum_regional_groups_state',
      defaultValue: 'forming',
      options: regionalGroupStatusOptions,
    }),
    relationship('outputs', 'resources', label('Productions', 'Outputs'), { hasMany: true }),
  ],
}
