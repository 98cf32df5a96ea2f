import type { CollectionConfig } from 'payload'

import { coordinationWrites } from '../../access/roles'
import { dayOnly } from '../../fields/common'
import { date, relationship, row, text } from '../../fields/build'
import { label } from '../../fields/labels'
import { endsAfter } from '../../fields/validators'

export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: { singular: label('Région', 'Region'), plural: label('Régions', 'Regions') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'validFrom', 'validUntil', 'mergedInto'],
    listSearchableFields: ['name', 'code'],
  },
  defaultSort: 'name',
  access: coordinationWrites,
  fields: [
    text('code', label('Code INSEE', 'INSEE code'), { required: true, unique: true }),
    text('name', label('Nom', 'Name'), { required: true }),
    row(
      date('validFrom', label('Depuis le', 'Valid from'), { admin: dayOnly }),
      date('validUntil', label('Jusqu’au', 'Valid until'), {
        validate: endsAfter('validFrom'),
        admin: dayOnly,
      }),
    ),
    relationship('mergedInto', label('Fusionnée dans', 'Merged into'), 'regions'),
  ],
}
