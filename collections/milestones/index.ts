import type { CollectionConfig } from 'payload'

import { coordinationWrites } from '../../access/roles'
import { dayOnly, functionField, titleField } from '../../fields/common'
import { groups, label, options } from '../../fields/labels'
import { statusField } from '../../fields/status'
import { period } from '../../fields/validators'

export const milestoneStatusOptions = options(
  ['planned', 'Prévu', 'Planned'],
  ['in-progress', 'En cours', 'In progress'],
  ['done', 'Réalisé', 'Done'],
  ['late', 'En retard', 'Late'],
)

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
    {
      type: 'row',
      fields: [
        {
          name: 'period',
          type: 'text',
          required: true,
          index: true,
          validate: period,
          label: label('Période', 'Period'),
          admin: { placeholder: '2014-S1' },
        },
        {
          name: 'dueOn',
          type: 'date',
          index: true,
          admin: dayOnly,
          label: label('Échéance', 'Due on'),
        },
      ],
    },
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
