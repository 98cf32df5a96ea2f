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
import { groups, label, options } from '../../fields/labels'
import { organisationOfMembers } from '../../fields/validators'

export const userRolesOptions = options(
  ['admin', 'Administrateur', 'Administrator'],
  ['coordinator', 'Coordination Unadel', 'Unadel coordinator'],
  ['member', 'Membre', 'Member'],
)

export const userOrgRoleOptions = options(
  ['manager', 'Gestionnaire', 'Manager'],
  ['contributor', 'Contributeur', 'Contributor'],
)

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
    { name: 'name', type: 'text', required: true, label: label('Nom', 'Name') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['member'],
      label: label('Rôles', 'Roles'),
      // Only administrators hand out roles (DESIGN, delegation rule 1).
      access: { create: adminsOnly, update: adminsOnly },
      options: userRolesOptions,
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      label: label('Organisation', 'Organisation'),
      validate: organisationOfMembers,
      // Managers add users to their own organisation; only the coordination moves a user.
      access: { create: coordinatorsOrManagers, update: coordinatorsOnly },
      defaultValue: ({ user }) =>
        user?.collection === 'users' && user.orgRole === 'manager' ? user.organisation : undefined,
    },
    {
      name: 'orgRole',
      type: 'select',
      defaultValue: 'contributor',
      access: { create: coordinatorsOrManagers, update: coordinatorsOrManagers },
      label: label('Rôle dans l’organisation', 'Role in the organisation'),
      options: userOrgRoleOptions,
    },
  ],
}
