import type { CollectionConfig } from 'payload'

import {
  axesField,
  draftedContent,
  functionField,
  summaryField,
  titleField,
  whenAndWhere,
} from '../../fields/common'
import { groups, label, options } from '../../fields/labels'
import { slug } from '../../fields/slug'
import { countOrZero } from '../../fields/validators'

export const eventKindOptions = options(
  ['regional-meeting', 'Rencontre régionale', 'Regional meeting'],
  ['national-meeting', 'Rencontre nationale', 'National meeting'],
  ['seminar', 'Séminaire', 'Seminar'],
  ['congress', 'Congrès', 'Congress'],
)

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: label('Événement', 'Event'), plural: label('Événements', 'Events') },
  admin: {
    group: groups.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startsAt', 'place', '_status'],
    listSearchableFields: ['title', 'slug', 'place'],
  },
  defaultSort: '-startsAt',
  ...draftedContent,
  fields: [
    titleField,
    slug(),
    summaryField,
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: label('Type', 'Kind'),
      options: eventKindOptions,
    },
    ...whenAndWhere,
    {
      name: 'organisers',
      type: 'relationship',
      relationTo: 'members',
      hasMany: true,
      label: label('Organisateurs', 'Organisers'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'expectedParticipants',
          type: 'number',
          validate: countOrZero,
          label: label('Participants attendus', 'Expected participants'),
        },
        {
          name: 'participants',
          type: 'number',
          validate: countOrZero,
          label: label('Participants', 'Participants'),
        },
      ],
    },
    axesField,
    functionField,
    {
      name: 'regionalGroup',
      type: 'relationship',
      relationTo: 'regional-groups',
      label: label('Groupe régional', 'Regional group'),
    },
    {
      name: 'proceedings',
      type: 'relationship',
      relationTo: 'resources',
      hasMany: true,
      label: label('Actes', 'Proceedings'),
    },
  ],
}
