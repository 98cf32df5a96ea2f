import './stubs'
import { describe, expect, it } from 'vitest'

import { etagOf, isVersionTag } from '../../src/plugins/concurrency'

describe('etagOf', () => {
  it('is a strong tag of the id and the time of the last save', () => {
    expect(etagOf({ id: 12, updatedAt: '2025-03-10T09:00:00.000Z' })).toBe('"12-1741597200000"')
  })

  it('changes with every save, to the millisecond', () => {
    expect(etagOf({ id: 12, updatedAt: '2025-03-10T09:00:00.001Z' })).toBe('"12-1741597200001"')
  })

  it('is nothing without an id or a time', () => {
    expect(etagOf({ updatedAt: '2025-03-10T09:00:00.000Z' })).toBeUndefined()
    expect(etagOf({ id: 12 })).toBeUndefined()
    expect(etagOf({ id: 12, updatedAt: new Date() })).toBeUndefined()
    expect(etagOf(undefined as never)).toBeUndefined()
  })
})

describe('isVersionTag', () => {
  it('knows a document version’s tag from an answer’s own', () => {
    expect(isVersionTag(etagOf({ id: 12, updatedAt: '2025-03-10T09:00:00.000Z' })!)).toBe(true)
    expect(isVersionTag('"Vt4u0m6q3X1c9k2a7b5d8e0f1g2h"')).toBe(false)
  })
})
