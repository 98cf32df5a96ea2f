import './stubs'
import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { isOutsideCaller, pageProblem } from '../../src/plugins/public-api/pageLimits'

describe('pageProblem', () => {
  it('lets a page of 1 to the maximum through, as numbers or text, or no limit at all', () => {
    for (const limit of [undefined, 1, '1', 100, '100', 50])
      expect(pageProblem({ limit }, 100, 'fr')).toBeUndefined()
    expect(pageProblem({ limit: 10, pagination: 'true' }, 100, 'fr')).toBeUndefined()
  })

  it('refuses 0 (everything), above the maximum, fractions and text, naming limit', () => {
    for (const limit of [0, '0', 101, '101', 1.5, '1.5', 'ten', '', null, -1])
      expect(pageProblem({ limit }, 100, 'en')?.path).toBe('limit')
    expect(pageProblem({ limit: '0' }, 100, 'en')).toEqual({
      path: 'limit',
      message: 'limit must be a whole number from 1 to 100 (got 0): page through with page.',
    })
    expect(pageProblem({ limit: 101 }, 100, 'fr')?.message).toBe(
      'limit doit être un entier de 1 à 100 (reçu 101) : parcourez les pages avec page.',
    )
  })

  it('refuses pagination=false, as a boolean or text, before the limit', () => {
    for (const pagination of [false, 'false'])
      expect(pageProblem({ pagination, limit: 0 }, 20, 'en')).toEqual({
        path: 'pagination',
        message:
          'pagination=false is for signed-in users only: page through with limit (at most 20) and page.',
      })
  })
})

describe('isOutsideCaller', () => {
  const req = (user: unknown) => ({ user }) as unknown as PayloadRequest
  it('is anyone not signed in, and API keys', () => {
    expect(isOutsideCaller(req(null))).toBe(true)
    expect(isOutsideCaller(req({ id: 1, _strategy: 'api-key' }))).toBe(true)
    expect(isOutsideCaller(req({ id: 1, _strategy: 'local-jwt' }))).toBe(false)
  })
})
