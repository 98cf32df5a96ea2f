import { describe, expect, it, vi } from 'vitest'

import { size } from '../../src/http/refuse'

// What is tested here runs nothing of Payload's nor the database adapter's, whose import alone
// takes about a second per file: they are stubbed, so that the unit tests run in seconds.
vi.mock('payload', () => ({
  APIError: class extends Error {},
  ValidationError: class extends Error {},
}))

describe('size', () => {
  it('gives bytes below a megabyte', () => {
    expect(size(0)).toEqual({ fr: '0 octets', en: '0 bytes' })
    expect(size(1024)).toEqual({ fr: '1\u202f024 octets', en: '1,024 bytes' })
    expect(size(2 ** 20 - 1)).toEqual({ fr: '1\u202f048\u202f575 octets', en: '1,048,575 bytes' })
  })

  it('gives megabytes from one, with one decimal in each language’s way', () => {
    expect(size(2 ** 20)).toEqual({ fr: '1 Mo', en: '1 MB' })
    expect(size(1.5 * 2 ** 20)).toEqual({ fr: '1,5 Mo', en: '1.5 MB' })
    expect(size(1.04 * 2 ** 20)).toEqual({ fr: '1 Mo', en: '1 MB' })
  })
})
