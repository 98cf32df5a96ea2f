import type { ArrayField, CollectionConfig, FieldAccess, Validate } from 'payload'

import { t, translated } from '../translations'
import type { ResolvedOptions } from '../types'

/** How an organisation steers a function: the pilot, or a co-pilot beside it. */
export const PILOT_ROLES = ['pilot', 'co-pilot'] as const
export type PilotRole = (typeof PILOT_ROLES)[number]

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const } }

const endsAfterStart: Validate = (value, { siblingData, req }) => {
  const startsOn = (siblingData as { startsOn?: string | null })?.startsOn
  if (!value || !startsOn || new Date(value as string) > new Date(startsOn)) return true
  return t(req, 'delegation:endsBeforeStart')
}

/**
 * The `pilots` rows of a function: which member organisation steers it, in which role, from
 * which day to which day, over which of the delegable collections. Only the coordination writes
 * them (DESIGN, delegation rule 6); the plugin reads them on every pilot's request.
 */
export const pilotsField = (
  options: ResolvedOptions,
  collections: CollectionConfig[],
): ArrayField => {
  const coordinationOnly: FieldAccess = ({ req }) => options.isCoordinator({ req })
  return {
    name: 'pilots',
    type: 'array',
    label: translated('delegation:pilots'),
    labels: {
      singular: translated('delegation:pilot'),
      plural: translated('delegation:pilotsPlural'),
    },
    access: { create: coordinationOnly, update: coordinationOnly },
    admin: { initCollapsed: false },
    fields: [
      {
        name: 'organisation',
        type: 'relationship',
        relationTo: options.organisations,
        required: true,
        label: translated('delegation:organisation'),
      },
      {
        name: 'role',
        type: 'select',
        required: true,
        defaultValue: 'pilot' satisfies PilotRole,
        label: translated('delegation:role'),
        options: PILOT_ROLES.map((role) => ({
          value: role,
          label: translated(`delegation:role-${role}`),
        })),
      },
      {
        type: 'row',
        fields: [
          {
            name: 'startsOn',
            type: 'date',
            required: true,
            admin: dayOnly,
            label: translated('delegation:startsOn'),
          },
          {
            name: 'endsOn',
            type: 'date',
            validate: endsAfterStart,
            admin: { ...dayOnly, description: translated('delegation:endsOnEmpty') },
            label: translated('delegation:endsOn'),
          },
        ],
      },
      {
        name: 'collections',
        type: 'select',
        hasMany: true,
        label: translated('delegation:collections'),
        admin: { description: translated('delegation:collectionsEmpty') },
        // The delegable collections, named as the admin names them.
        options: collections
          .filter((collection) => options.collections[collection.slug])
          .map((collection) => ({
            value: collection.slug,
            label: collection.labels?.plural ?? collection.slug,
          })),
      },
    ],
  }
}
