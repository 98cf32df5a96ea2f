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
import { statusField } from '../../fields/status'
import { numberRule, positiveInteger, rncpCode } from '../../fields/validators'

export const trainingFormatOptions = options(
  ['action-training', 'Formation-action', 'Action-training'],
  ['experimental', 'Formation expérimentale', 'Experimental training'],
  ['seminar', 'Séminaire', 'Seminar'],
  ['student-engineering-pool', 'Pool d’ingénierie étudiante', 'Student engineering pool'],
)

export const trainingAudienceOptions = options(
  ['developers', 'Développeurs territoriaux', 'Territorial developers'],
  ['elected-officials', 'Élus', 'Elected officials'],
  ['technicians', 'Techniciens', 'Technicians'],
  ['mixed', 'Élus et techniciens', 'Mixed'],
)

export const trainingStatusOptions = options(
  ['design', 'En conception', 'In design'],
  ['open', 'Inscriptions ouvertes', 'Open'],
  ['running', 'En cours', 'Running'],
  ['done', 'Terminée', 'Done'],
)

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
    {
      type: 'row',
      fields: [
        {
          name: 'format',
          type: 'select',
          required: true,
          index: true,
          label: label('Format', 'Format'),
          options: trainingFormatOptions,
        },
        {
          name: 'audience',
          type: 'select',
          label: label('Public', 'Audience'),
          options: trainingAudienceOptions,
        },
        statusField({
          enumName: 'enum_trainings_state',
          defaultValue: 'design',
          options: trainingStatusOptions,
        }),
      ],
    },
    {
      name: 'objectives',
      type: 'textarea',
      localized: true,
      label: label('Objectifs', 'Objectives'),
    },
    axesField,
    {
      name: 'partners',
      type: 'relationship',
      relationTo: 'members',
      hasMany: true,
      label: label('Partenaires', 'Partners'),
    },
    functionField,
    {
      name: 'sessions',
      type: 'array',
      label: label('Sessions', 'Sessions'),
      labels: { singular: label('Session', 'Session'), plural: label('Sessions', 'Sessions') },
      fields: [
        ...whenAndWhere,
        {
          name: 'capacity',
          type: 'number',
          validate: positiveInteger,
          label: label('Places', 'Capacity'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'rncp', type: 'text', validate: rncpCode, label: label('Code RNCP', 'RNCP code') },
        {
          name: 'hours',
          type: 'number',
          validate: numberRule({ min: 0, message: 'validation:hours' }),
          label: label('Durée (heures)', 'Hours'),
        },
      ],
    },
  ],
}
