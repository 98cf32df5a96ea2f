import type { CollectionConfig } from 'payload'

import {
  coordinatorsOrManagers,
  createUsersOfOwnOrganisation,
  deleteUsersOfOwnOrganisation,
  readUsersOfOwnOrganisation,
  updateUsersOfOwnOrganisation,
} from '../../access/organisation'
import { adminsOnly, coordinatorsOnly, isAdmin } from '../../access/roles'
import { refuseForbiddenFieldChanges } from '../../hooks/refuseForbiddenFieldChanges'
import { relationship, select, text } from '../../fields/build'
import { label } from '../../fields/labels'
import { organisationOfMembers } from '../../fields/validators'
import { userOptions } from './options'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Utilisateur', 'User'), plural: label('Utilisateurs', 'Users') },
  // req.user needs ids only (its organisation for access checks): no populated relations on every request.
  auth: { depth: 0 },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'organisation', 'orgRole'],
    listSearchableFields: ['name', 'email'],
  },
  access: {
    read: readUsersOfOwnOrganisation,
    create: createUsersOfOwnOrganisation,
    update: updateUsersOfOwnOrganisation,
    delete: deleteUsersOfOwnOrganisation,
    // Unlocking lifts the limit on password guesses: administrators only.
    unlock: isAdmin,
  },
  hooks: { beforeOperation: [refuseForbiddenFieldChanges] },
  fields: [
    text('name', label('Nom', 'Name'), { required: true }),
    select('roles', label('Rôles', 'Roles'), userOptions.roles, {
      hasMany: true,
      required: true,
      defaultValue: ['member'],
      // Only administrators hand out roles (DESIGN, delegation rule 1).
      access: { create: adminsOnly, update: adminsOnly },
    }),
    relationship('organisation', label('Organisation', 'Organisation'), 'members', {
      index: true,
      validate: organisationOfMembers,
      // Managers add users to their own organisation; only the coordination moves a user.
      access: { create: coordinatorsOrManagers, update: coordinatorsOnly },
      defaultValue: ({ user }) =>
        user?.collection === 'users' && user.orgRole === 'manager' ? user.organisation : undefined,
    }),
    select(
      'orgRole',
      label('Rôle dans l’organisation', 'Role in the organisation'),
      userOptions.orgRole,
      {
        defaultValue: 'contributor',
        access: { create: coordinatorsOrManagers, update: coordinatorsOrManagers },
      },
    ),
  ],
}
