import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { idOf, sameId } from '../../src/utilities/idOf'

describe('idOf', () => {
  it('reads the id of a populated relationship or takes the value itself', () => {
    expect(idOf(3)).toBe(3)
    expect(idOf('3')).toBe('3')
    expect(idOf({ id: 3, title: 'x' })).toBe(3)
    expect(idOf({ id: { id: 4 } })).toBe(4)
  })

  it('is undefined for no value', () => {
    expect(idOf(null)).toBeUndefined()
    expect(idOf(undefined)).toBeUndefined()
    expect(idOf('')).toBeUndefined()
    expect(idOf({})).toBeUndefined()
    expect(idOf({ id: null })).toBeUndefined()
  })

  it('keeps 0 as an id', () => {
    expect(idOf(0)).toBe(0)
  })
})

describe('sameId', () => {
  it('compares numbers, their text and populated documents alike', () => {
    expect(sameId(3, '3')).toBe(true)
    expect(sameId({ id: 3 }, 3)).toBe(true)
    expect(sameId({ id: '3' }, { id: 3 })).toBe(true)
    expect(sameId(3, 4)).toBe(false)
  })

  it('never matches when either side is empty', () => {
    expect(sameId(undefined, undefined)).toBe(false)
    expect(sameId(null, null)).toBe(false)
    expect(sameId(null, 3)).toBe(false)
    expect(sameId(3, null)).toBe(false)
    expect(sameId(undefined, 'undefined')).toBe(false)
  })

  // An empty side matches nothing, whichever side it is (it was once compared as "undefined").
  it('does not take an empty right side for the id "undefined"', () => {
    expect(sameId('undefined', undefined)).toBe(false)
  })

  it('is symmetric', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.integer().map(String),
      fc.integer().map((id) => ({ id })),
    )
    fc.assert(fc.property(value, value, (x, y) => sameId(x, y) === sameId(y, x)))
  })
})
