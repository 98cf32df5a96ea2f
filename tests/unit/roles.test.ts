import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  adminsOnly,
  anyone,
  isAdmin,
  isCoordinator,
  isSignedIn,
  personOf,
} from '../../access/roles'

const requestOf = (user: unknown) => ({ req: { user } as unknown as PayloadRequest })
const person = (roles?: string[]) => requestOf({ id: 1, collection: 'users', roles })
const apiClient = requestOf({ id: 1, collection: 'api-clients', roles: ['admin'] })

describe('roles', () => {
  it('nobody signed in has no role', () => {
    expect(isAdmin(requestOf(null))).toBe(false)
    expect(isCoordinator(requestOf(undefined))).toBe(false)
    expect(isSignedIn(requestOf(null))).toBe(false)
  })

  it('an admin is a coordinator too', () => {
    expect(isAdmin(person(['admin']))).toBe(true)
    expect(isCoordinator(person(['admin']))).toBe(true)
  })

  it('a coordinator is not an admin', () => {
    expect(isAdmin(person(['coordinator']))).toBe(false)
    expect(isCoordinator(person(['coordinator']))).toBe(true)
  })

  it('a member, or a user without roles, is signed in and nothing more', () => {
    for (const req of [person(['member']), person([]), person(undefined)]) {
      expect(isAdmin(req)).toBe(false)
      expect(isCoordinator(req)).toBe(false)
      expect(isSignedIn(req)).toBe(true)
    }
  })

  it('an API client is not a person, whatever roles its document holds', () => {
    expect(personOf(apiClient.req)).toBeNull()
    expect(isSignedIn(apiClient)).toBe(false)
    expect(isAdmin(apiClient)).toBe(false)
    expect(isCoordinator(apiClient)).toBe(false)
  })

  it('anyone is anyone; adminsOnly is isAdmin', () => {
    expect(anyone(requestOf(null) as never)).toBe(true)
    expect(adminsOnly(person(['coordinator']) as never)).toBe(false)
    expect(adminsOnly(person(['admin']) as never)).toBe(true)
  })
})
