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
import { groups, label, options } from '../../fields/labels'
import { translations } from './translations'
import { organisationOfMembers } from '../../fields/validators'

export const userRolesOptions = options(translations, 'userRoles')

export const userOrgRoleOptions = options(translations, 'userOrgRole')

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Utilisateur', 'User'), plural: label('Utilisateurs', 'Users') },
  // req.user needs ids only (its organisation for access checks): no populated relations on every request.
  auth: { depth: 0 },
  admin: {
    group: groups.administration,
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
    select('roles', label('Rôles', 'Roles'), userRolesOptions, {
      hasMany: true,
      required: true,
      defaultValue: ['member'],
      // Only administrators hand out roles (DESIGN, delegation rule 1).
      access: { create: adminsOnly, update: adminsOnly },
    }),
    relationship('organisation', 'members', label('Organisation', 'Organisation'), {
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
      userOrgRoleOptions,
      {
        defaultValue: 'contributor',
        access: { create: coordinatorsOrManagers, update: coordinatorsOrManagers },
      },
    ),
  ],
}
