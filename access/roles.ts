import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { personOf } from '../src/utilities/personOf'

type WithUser = { req: PayloadRequest }

type Role = 'admin' | 'coordinator' | 'member'

export { personOf }

const hasRole = (req: PayloadRequest, ...roles: Role[]): boolean => {
  const userRoles = (personOf(req) as { roles?: Role[] } | null)?.roles ?? []
  return userRoles.some((role) => roles.includes(role))
}

/** Platform administrators: everything, including roles. */
export const isAdmin = ({ req }: WithUser): boolean => hasRole(req, 'admin')

/** Unadel coordination (coordinators and admins) runs the network. */
export const isCoordinator = ({ req }: WithUser): boolean => hasRole(req, 'admin', 'coordinator')

export const isSignedIn = ({ req }: WithUser): boolean => Boolean(personOf(req))

export const anyone: Access = () => true

export const adminsOnly: FieldAccess = isAdmin
export const coordinatorsOnly: FieldAccess = isCoordinator

/** Reference data of the programme: anyone reads it, the coordination writes it. */
export const coordinationWrites = {
  read: anyone,
  create: isCoordinator,
  update: isCoordinator,
  delete: isCoordinator,
}
