import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { draftContentAccess, publishedOrCoordinator } from '../../access/published'

const args = (user: unknown) => ({ req: { user } as unknown as PayloadRequest })
const coordinator = args({ id: 1, collection: 'users', roles: ['coordinator'] })
const member = args({ id: 2, collection: 'users', roles: ['member'] })

describe('publishedOrCoordinator', () => {
  it('shows everything to the coordination', () => {
    expect(publishedOrCoordinator(coordinator)).toBe(true)
  })

  it('shows only what is published to members and to nobody signed in', () => {
    const published = { _status: { equals: 'published' } }
    expect(publishedOrCoordinator(member)).toEqual(published)
    expect(publishedOrCoordinator(args(null))).toEqual(published)
  })
})

describe('draftContentAccess', () => {
  it('leaves writes and versions to the coordination', () => {
    for (const op of ['create', 'update', 'delete', 'readVersions'] as const) {
      expect(draftContentAccess[op](coordinator)).toBe(true)
      expect(draftContentAccess[op](member)).toBe(false)
      expect(draftContentAccess[op](args(null))).toBe(false)
    }
  })
})
