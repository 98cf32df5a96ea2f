import type { CollectionConfig } from 'payload'

import { adminsOnly, isCoordinator, isSignedIn } from '../../access/roles'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { fr: 'Utilisateur', en: 'User' },
    plural: { fr: 'Utilisateurs', en: 'Users' },
  },
  auth: true,
  admin: {
    group: { fr: 'Administration', en: 'Administration' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
  },
  access: {
    read: isSignedIn,
    create: isCoordinator,
    update: isCoordinator,
    delete: isCoordinator,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { fr: 'Nom', en: 'Name' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['member'],
      label: { fr: 'Rôles', en: 'Roles' },
      access: { create: adminsOnly, update: adminsOnly },
      options: [
        { value: 'admin', label: { fr: 'Administrateur', en: 'Administrator' } },
        { value: 'coordinator', label: { fr: 'Coordination Unadel', en: 'Unadel coordinator' } },
        { value: 'member', label: { fr: 'Membre', en: 'Member' } },
      ],
    },
  ],
}
