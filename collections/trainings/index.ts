import type { CollectionConfig } from 'payload'

import {
  axesField,
  draftedContent,
  functionField,
  summaryField,
  titleField,
  whenAndWhere,
} from '../../fields/common'
import { number, relationship, row, select, text, textarea } from '../../fields/build'
import { groups, label, options } from '../../fields/labels'
import { translations } from './translations'
import { slug } from '../../fields/slug'
import { statusField } from '../../fields/status'
import { numberRule, positiveInteger, rncpCode } from '../../fields/validators'

export const trainingFormatOptions = options(translations, 'trainingFormat')

export const trainingAudienceOptions = options(translations, 'trainingAudience')

export const trainingStatusOptions = options(translations, 'trainingStatus')

export const Trainings: CollectionConfig = {
  slug: 'trainings',
  labels: { singular: label('Formation', 'Training'), plural: label('Formations', 'Trainings') },
  admin: {
    group: groups.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'format', 'status', 'function', '_status'],
    listSearchableFields: ['title', 'slug'],
  },
  ...draftedContent,
  fields: [
    titleField,
    slug(),
    summaryField,
    row(
      select('format', label('Format', 'Format'), trainingFormatOptions, {
        required: true,
        index: true,
      }),
      select('audience', label('Public', 'Audience'), trainingAudienceOptions),
      statusField({
        enumName: 'enum_trainings_state',
        defaultValue: 'design',
        options: trainingStatusOptions,
      }),
    ),
    textarea('objectives', label('Objectifs', 'Objectives'), { localized: true }),
    axesField,
    relationship('partners', 'members', label('Partenaires', 'Partners'), { hasMany: true }),
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
}
