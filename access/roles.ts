import type { Access, FieldAccess, PayloadRequest } from 'payload'

type WithUser = { req: PayloadRequest }

type Role = 'admin' | 'coordinator' | 'member'

/** A person signed in; partner sites signed in with an API key (`api-clients`) are not one. */
export const personOf = (req: PayloadRequest) => (req.user?.collection === 'users' ? req.user : null)

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
