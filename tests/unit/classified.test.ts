import { describe, expect, it } from 'vitest'

import { causes } from '../../src/plugins/errors/classified'

describe('causes', () => {
  it('lists the error and its causes, outermost first', () => {
    const inner = { code: '23505' }
    const middle = { cause: inner }
    const outer = { cause: middle }
    expect(causes(outer)).toEqual([outer, middle, inner])
  })

  it('is empty for what is not an object, and stops at a cause that is not one', () => {
    expect(causes(null)).toEqual([])
    expect(causes('boom')).toEqual([])
    const error = { cause: 'text' }
    expect(causes(error)).toEqual([error])
  })

  it('stops after eight, even on a cycle', () => {
    const a: Record<string, unknown> = {}
    a.cause = a
    expect(causes(a)).toHaveLength(8)
  })
})
