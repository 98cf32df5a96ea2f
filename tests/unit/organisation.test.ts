import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  coordinatorsOrManagers,
  createUsersOfOwnOrganisation,
  deleteUsersOfOwnOrganisation,
  readUsersOfOwnOrganisation,
  updateOwnOrganisation,
  updateUsersOfOwnOrganisation,
} from '../../access/organisation'

type User = { id: number; roles?: string[]; organisation?: unknown; orgRole?: string }
const args = (user: User | null, data?: Record<string, unknown>) => ({
  req: { user: user && { collection: 'users', ...user } } as unknown as PayloadRequest,
  data,
})

const coordinator = { id: 1, roles: ['coordinator'] }
const manager = { id: 2, roles: ['member'], organisation: 10, orgRole: 'manager' }
// A populated organisation counts like its id.
const populatedManager = { ...manager, organisation: { id: 10, name: 'Asso' } }
const member = { id: 3, roles: ['member'], organisation: 10, orgRole: 'member' }
const loner = { id: 4, roles: ['member'] }
// A manager without an organisation manages nothing.
const managerOfNothing = { id: 5, roles: ['member'], orgRole: 'manager' }

const self = (id: number) => ({ id: { equals: id } })
const colleagues = { organisation: { equals: 10 } }

describe('readUsersOfOwnOrganisation', () => {
  it('the coordination reads everyone; nobody signed in reads no one', () => {
    expect(readUsersOfOwnOrganisation(args(coordinator))).toBe(true)
    expect(readUsersOfOwnOrganisation(args(null))).toBe(false)
  })

  it('colleagues read each other and themselves', () => {
    expect(readUsersOfOwnOrganisation(args(member))).toEqual({ or: [self(3), colleagues] })
    expect(readUsersOfOwnOrganisation(args(populatedManager))).toEqual({
      or: [self(2), colleagues],
    })
  })

  it('a user without an organisation reads only themselves', () => {
    expect(readUsersOfOwnOrganisation(args(loner))).toEqual(self(4))
  })
})

describe('createUsersOfOwnOrganisation', () => {
  it('managers create users of their own organisation only', () => {
    expect(createUsersOfOwnOrganisation(args(manager, { organisation: 10 }))).toBe(true)
    expect(createUsersOfOwnOrganisation(args(manager, { organisation: '10' }))).toBe(true)
    expect(createUsersOfOwnOrganisation(args(manager, { email: 'x@y.fr' }))).toBe(true)
    expect(createUsersOfOwnOrganisation(args(manager, { organisation: 11 }))).toBe(false)
    expect(createUsersOfOwnOrganisation(args(manager, { organisation: null }))).toBe(false)
  })

  it('members, managers of nothing and nobody create no one; the coordination anyone', () => {
    expect(createUsersOfOwnOrganisation(args(member, { organisation: 10 }))).toBe(false)
    expect(createUsersOfOwnOrganisation(args(managerOfNothing, {}))).toBe(false)
    expect(createUsersOfOwnOrganisation(args(null, {}))).toBe(false)
    expect(createUsersOfOwnOrganisation(args(coordinator, { organisation: 11 }))).toBe(true)
  })
})

describe('updateUsersOfOwnOrganisation', () => {
  it('a member updates only their own account', () => {
    expect(updateUsersOfOwnOrganisation(args(member, { name: 'x' }))).toEqual(self(3))
    expect(updateUsersOfOwnOrganisation(args(loner))).toEqual(self(4))
  })

  it('a manager updates their own organisation’s accounts', () => {
    expect(updateUsersOfOwnOrganisation(args(manager, {}))).toEqual({ or: [self(2), colleagues] })
  })

  it('nobody may send a user to another organisation, but the coordination', () => {
    expect(updateUsersOfOwnOrganisation(args(manager, { organisation: 11 }))).toBe(false)
    expect(updateUsersOfOwnOrganisation(args(member, { organisation: 11 }))).toBe(false)
    // A user without an organisation may not give themselves one.
    expect(updateUsersOfOwnOrganisation(args(loner, { organisation: 10 }))).toBe(false)
    expect(updateUsersOfOwnOrganisation(args(coordinator, { organisation: 11 }))).toBe(true)
  })

  it('nobody signed in updates nothing', () => {
    expect(updateUsersOfOwnOrganisation(args(null, {}))).toBe(false)
  })
})

describe('deleteUsersOfOwnOrganisation', () => {
  it('managers delete in their organisation; members nothing, not even themselves', () => {
    expect(deleteUsersOfOwnOrganisation(args(manager))).toEqual(colleagues)
    expect(deleteUsersOfOwnOrganisation(args(member))).toBe(false)
    expect(deleteUsersOfOwnOrganisation(args(managerOfNothing))).toBe(false)
    expect(deleteUsersOfOwnOrganisation(args(coordinator))).toBe(true)
  })
})

describe('updateOwnOrganisation', () => {
  it('a manager updates their organisation’s profile, no other', () => {
    expect(updateOwnOrganisation(args(manager))).toEqual({ id: { equals: 10 } })
    expect(updateOwnOrganisation(args(populatedManager))).toEqual({ id: { equals: 10 } })
    expect(updateOwnOrganisation(args(member))).toBe(false)
    expect(updateOwnOrganisation(args(null))).toBe(false)
    expect(updateOwnOrganisation(args(coordinator))).toBe(true)
  })
})

describe('coordinatorsOrManagers', () => {
  it('lets the coordination and managers of an organisation through', () => {
    const field = (user: User | null) => coordinatorsOrManagers(args(user) as never)
    expect(field(coordinator)).toBe(true)
    expect(field(manager)).toBe(true)
    expect(field(managerOfNothing)).toBe(false)
    expect(field(member)).toBe(false)
    expect(field(null)).toBe(false)
  })
})
