import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { idOf, sameId } from '../src/utilities/idOf'
import { isCoordinator, isSignedIn, personOf } from './roles'

type OrgUser = { id: number | string; organisation?: unknown; orgRole?: string }

const userOf = (req: PayloadRequest) => personOf(req) as OrgUser | null

const organisationOf = (req: PayloadRequest) => idOf(userOf(req)?.organisation)

/** A manager manages the users and the profile of their own organisation (DESIGN, rule 5). */
const isManager = (req: PayloadRequest) =>
  userOf(req)?.orgRole === 'manager' && organisationOf(req) !== undefined

const self = (req: PayloadRequest): Where => ({ id: { equals: userOf(req)!.id } })
const ownOrganisationUsers = (req: PayloadRequest): Where => ({
  organisation: { equals: organisationOf(req) },
})

/** A user sent to another organisation than the manager's own. */
const leavesOrganisation = (req: PayloadRequest, data: Record<string, unknown> | undefined) =>
  Boolean(data && 'organisation' in data && !sameId(data.organisation, organisationOf(req)))

/** Colleagues are visible to each other; the coordination sees everyone. */
export const readUsersOfOwnOrganisation: Access = ({ req }) => {
  if (isCoordinator({ req })) return true
  if (!isSignedIn({ req })) return false
  return organisationOf(req) === undefined
    ? self(req)
    : { or: [self(req), ownOrganisationUsers(req)] }
}

export const createUsersOfOwnOrganisation: Access = ({ req, data }) => {
  if (isCoordinator({ req })) return true
  return isManager(req) && !leavesOrganisation(req, data)
}

/** Everyone keeps their own account; managers those of their organisation. */
export const updateUsersOfOwnOrganisation: Access = ({ req, data }) => {
  if (isCoordinator({ req })) return true
  if (!isSignedIn({ req }) || leavesOrganisation(req, data)) return false
  return isManager(req) ? { or: [self(req), ownOrganisationUsers(req)] } : self(req)
}

export const deleteUsersOfOwnOrganisation: Access = ({ req }) => {
  if (isCoordinator({ req })) return true
  return isManager(req) ? ownOrganisationUsers(req) : false
}

/** The manager's own organisation profile. */
export const updateOwnOrganisation: Access = ({ req }) => {
  if (isCoordinator({ req })) return true
  return isManager(req) ? { id: { equals: organisationOf(req) } } : false
}

export const coordinatorsOrManagers: FieldAccess = ({ req }) =>
  isCoordinator({ req }) || isManager(req)
