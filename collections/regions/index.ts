import type { CollectionConfig } from 'payload'

import { coordinationWrites } from '../../access/roles'
import { dayOnly } from '../../fields/common'
import { groups, label } from '../../fields/labels'
import { endsAfter } from '../../fields/validators'

export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: { singular: label('Région', 'Region'), plural: label('Régions', 'Regions') },
  admin: {
    group: groups.network,
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'validFrom', 'validUntil', 'mergedInto'],
    listSearchableFields: ['name', 'code'],
  },
  defaultSort: 'name',
  access: coordinationWrites,
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      label: label('Code INSEE', 'INSEE code'),
    },
    { name: 'name', type: 'text', required: true, label: label('Nom', 'Name') },
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          type: 'date',
          admin: dayOnly,
          label: label('Depuis le', 'Valid from'),
        },
        {
          name: 'validUntil',
          type: 'date',
          validate: endsAfter('validFrom'),
          admin: dayOnly,
          label: label('Jusqu’au', 'Valid until'),
        },
      ],
    },
    {
      name: 'mergedInto',
      type: 'relationship',
      relationTo: 'regions',
      label: label('Fusionnée dans', 'Merged into'),
    },
  ],
}
