import type { CollectionConfig } from 'payload'

import {
  axesField,
  draftedContent,
  functionField,
  summaryField,
  titleField,
  whenAndWhere,
} from '../../fields/common'
import { number, relationship, row, select } from '../../fields/build'
import { groups, label, options } from '../../fields/labels'
import { translations } from './translations'
import { slug } from '../../fields/slug'
import { countOrZero } from '../../fields/validators'

export const eventKindOptions = options(translations, 'eventKind')

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
    select('kind', label('Type', 'Kind'), eventKindOptions, { required: true, index: true }),
    ...whenAndWhere,
    relationship('organisers', 'members', label('Organisateurs', 'Organisers'), { hasMany: true }),
    row(
      number('expectedParticipants', label('Participants attendus', 'Expected participants'), {
        validate: countOrZero,
      }),
      number('participants', label('Participants', 'Participants'), { validate: countOrZero }),
    ),
    axesField,
    functionField,
    relationship('regionalGroup', 'regional-groups', label('Groupe régional', 'Regional group')),
    relationship('proceedings', 'resources', label('Actes', 'Proceedings'), { hasMany: true }),
  ],
}
