import type { CollectionConfig } from 'payload'

import { coordinationWrites } from '../../access/roles'
import { summaryField, titleField } from '../../fields/common'
import { number } from '../../fields/build'
import { label } from '../../fields/labels'

export const Axes: CollectionConfig = {
  slug: 'axes',
  labels: {
    singular: label('Axe de travail', 'Work axis'),
    plural: label('Axes de travail', 'Work axes'),
  },
  admin: { useAsTitle: 'title', defaultColumns: ['number', 'title'] },
  graphQL: { singularName: 'Axis', pluralName: 'Axes' },
  defaultSort: 'number',
  access: coordinationWrites,
  fields: [
    number('number', label('Numéro', 'Number'), { required: true, unique: true, min: 1, max: 4 }),
    titleField,
    summaryField,
  ],
}
