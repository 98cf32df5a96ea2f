import './stubs'
import { describe, expect, it } from 'vitest'

import { size } from '../../src/http/refuse'

describe('size', () => {
  it('gives bytes below a megabyte', () => {
    expect([size(0, 'fr'), size(0, 'en')]).toEqual(['0 octets', '0 bytes'])
    expect([size(1024, 'fr'), size(1024, 'en')]).toEqual(['1\u202f024 octets', '1,024 bytes'])
    expect([size(2 ** 20 - 1, 'fr'), size(2 ** 20 - 1, 'en')]).toEqual([
      '1\u202f048\u202f575 octets',
      '1,048,575 bytes',
    ])
  })

  it('gives megabytes from one, with one decimal in each language’s way', () => {
    expect([size(2 ** 20, 'fr'), size(2 ** 20, 'en')]).toEqual(['1 Mo', '1 MB'])
    expect([size(1.5 * 2 ** 20, 'fr'), size(1.5 * 2 ** 20, 'en')]).toEqual(['1,5 Mo', '1.5 MB'])
    expect([size(1.04 * 2 ** 20, 'fr'), size(1.04 * 2 ** 20, 'en')]).toEqual(['1 Mo', '1 MB'])
  })
})
