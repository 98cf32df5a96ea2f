import type { CollectionConfig } from 'payload'

import { coordinationWrites } from '../../access/roles'
import { dayOnly, functionField, titleField } from '../../fields/common'
import { date, row, text } from '../../fields/build'
import { groups, label, options } from '../../fields/labels'
import { translations } from './translations'
import { statusField } from '../../fields/status'
import { period } from '../../fields/validators'

export const milestoneStatusOptions = options(translations, 'milestoneStatus')

export const Milestones: CollectionConfig = {
  slug: 'milestones',
  labels: { singular: label('Jalon', 'Milestone'), plural: label('Calendrier', 'Milestones') },
  admin: {
    group: groups.steering,
    useAsTitle: 'title',
    defaultColumns: ['period', 'title', 'function', 'status', 'dueOn'],
  },
  defaultSort: ['period', 'dueOn'],
  access: coordinationWrites,
  fields: [
    titleField,
    row(
      text('period', label('Période', 'Period'), {
        required: true,
        index: true,
        validate: period,
        admin: { placeholder: '2014-S1' },
      }),
      date('dueOn', label('Échéance', 'Due on'), { index: true, admin: dayOnly }),
    ),
    functionField,
    statusField({ defaultValue: 'planned', options: milestoneStatusOptions }),
    {
      name: 'deliverables',
      type: 'relationship',
      relationTo: ['resources', 'trainings', 'events'],
      hasMany: true,
      label: label('Livrables', 'Deliverables'),
    },
  ],
}
