import type { CollectionConfig } from 'payload'

import { axesField, functionField, summaryField, whenAndWhere } from '../../fields/common'
import { number, relationship, row, select, text, textarea } from '../../fields/build'
import { label } from '../../fields/labels'
import { contentCollection } from '../../fields/content'
import { statusField } from '../../fields/status'
import { numberRule, positiveInteger, rncpCode } from '../../fields/validators'
import { trainingOptions } from './options'

export const Trainings: CollectionConfig = contentCollection({
  slug: 'trainings',
  labels: { singular: label('Formation', 'Training'), plural: label('Formations', 'Trainings') },
  columns: ['format', 'status', 'function'],
  fields: [
    summaryField,
    row(
      select('format', label('Format', 'Format'), trainingOptions.format, {
        required: true,
        index: true,
      }),
      select('audience', label('Public', 'Audience'), trainingOptions.audience),
      statusField({
        enumName: 'enum_trainings_state',
        defaultValue: 'design',
        options: trainingOptions.status,
      }),
    ),
    textarea('objectives', label('Objectifs', 'Objectives'), { localized: true }),
    axesField,
    relationship('partners', label('Partenaires', 'Partners'), 'members', { hasMany: true }),
    functionField,
    {
      name: 'sessions',
      type: 'array',
      label: label('Sessions', 'Sessions'),
      labels: { singular: label('Session', 'Session'), plural: label('Sessions', 'Sessions') },
      fields: [
        ...whenAndWhere,
        number('capacity', label('Places', 'Capacity'), { validate: positiveInteger }),
      ],
    },
    row(
      text('rncp', label('Code RNCP', 'RNCP code'), { validate: rncpCode }),
      number('hours', label('Durée (heures)', 'Hours'), {
        validate: numberRule({ min: 0, message: 'validation:hours' }),
      }),
    ),
  ],
})
