import type { CollectionConfig } from 'payload'

import { anyone, coordinatorsOnly, isCoordinator } from '../../access/roles'
import { dayOnly, summaryField, titleField } from '../../fields/common'
import { delegableCollectionOptions } from '../../fields/delegable'
import { groups, label, options } from '../../fields/labels'
import { slug } from '../../fields/slug'
import { endsAfter } from '../../fields/validators'

export const Functions: CollectionConfig = {
  slug: 'functions',
  labels: {
    singular: label('Fonction du Pôle', 'Function'),
    plural: label('Fonctions du Pôle', 'Functions'),
  },
  admin: {
    group: groups.network,
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'updatedAt'],
  },
  access: { read: anyone, create: isCoordinator, update: isCoordinator, delete: isCoordinator },
  fields: [
    titleField,
    slug(),
    summaryField,
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: label('Description', 'Description'),
    },
    {
      name: 'pilots',
      type: 'array',
      label: label('Pilotage délégué', 'Delegated pilotage'),
      labels: { singular: label('Pilote', 'Pilot'), plural: label('Pilotes', 'Pilots') },
      // Who steers a function is Unadel's decision alone (DESIGN, delegation rule 6).
      access: { create: coordinatorsOnly, update: coordinatorsOnly },
      admin: { initCollapsed: false },
      fields: [
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'members',
          required: true,
          label: label('Organisation', 'Organisation'),
        },
        {
          name: 'role',
          type: 'select',
          required: true,
          defaultValue: 'pilot',
          label: label('Rôle', 'Role'),
          options: options(['pilot', 'Pilote', 'Pilot'], ['co-pilot', 'Co-pilote', 'Co-pilot']),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'startsOn',
              type: 'date',
              required: true,
              admin: dayOnly,
              label: label('Début', 'Starts on'),
            },
            {
              name: 'endsOn',
              type: 'date',
              validate: endsAfter('startsOn'),
              admin: { ...dayOnly, description: label('Vide : sans fin', 'Empty: no end') },
              label: label('Fin', 'Ends on'),
            },
          ],
        },
        {
          name: 'collections',
          type: 'select',
          hasMany: true,
          label: label('Contenus couverts', 'Collections covered'),
          admin: { description: label('Vide : tous', 'Empty: all of them') },
          options: delegableCollectionOptions,
        },
      ],
    },
  ],
}
