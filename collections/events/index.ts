import type { CollectionConfig } from 'payload'

import { axesField, functionField, summaryField, whenAndWhere } from '../../fields/common'
import { number, relationship, row, select } from '../../fields/build'
import { label } from '../../fields/labels'
import { contentCollection } from '../../fields/content'
import { countOrZero } from '../../fields/validators'
import { eventOptions } from './options'

export const Events: CollectionConfig = contentCollection({
  slug: 'events',
  labels: { singular: label('Événement', 'Event'), plural: label('Événements', 'Events') },
  columns: ['kind', 'startsAt', 'place'],
  searchable: ['place'],
  defaultSort: '-startsAt',
  fields: [
    summaryField,
    select('kind', label('Type', 'Kind'), eventOptions.kind, { required: true, index: true }),
    ...whenAndWhere,
    relationship('organisers', label('Organisateurs', 'Organisers'), 'members', { hasMany: true }),
    row(
      number('expectedParticipants', label('Participants attendus', 'Expected participants'), {
        validate: countOrZero,
      }),
      number('participants', label('Participants', 'Participants'), { validate: countOrZero }),
    ),
    axesField,
    functionField,
    relationship('regionalGroup', label('Groupe régional', 'Regional group'), 'regional-groups'),
    relationship('proceedings', label('Actes', 'Proceedings'), 'resources', { hasMany: true }),
  ],
})
