import type { CollectionConfig } from 'payload'

import { coordinationWrites } from '../../access/roles'
import { dayOnly, functionField, titleField } from '../../fields/common'
import { date, row, text } from '../../fields/build'
import { label } from '../../fields/labels'
import { statusField } from '../../fields/status'
import { period } from '../../fields/validators'
import { milestoneOptions } from './options'

/** The list reads as a calendar: the semester first, what is due and when last. */
const calendarColumns = ['period', 'title', 'function', 'status', 'dueOn']

export const Milestones: CollectionConfig = {
  slug: 'milestones',
  labels: { singular: label('Jalon', 'Milestone'), plural: label('Calendrier', 'Milestones') },
  admin: { useAsTitle: 'title', defaultColumns: calendarColumns },
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
    statusField({ defaultValue: 'planned', options: milestoneOptions.status }),
    {
      name: 'deliverables',
      type: 'relationship',
      relationTo: ['resources', 'trainings', 'events'],
      hasMany: true,
      label: label('Livrables', 'Deliverables'),
    },
  ],
}
