import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  hasNul,
  isBoolean,
  isDate,
  isId,
  isNumeric,
  isPlainObject,
  isWholeNumber,
  MAX_ID,
  nulIn,
} from '../../src/plugins/input-validation/values'

describe('isId and isWholeNumber', () => {
  it('accepts 1 to 2^31 − 1, as numbers or digits', () => {
    expect(MAX_ID).toBe(2 ** 31 - 1)
    expect(isId(1)).toBe(true)
    expect(isId('1')).toBe(true)
    expect(isId(MAX_ID)).toBe(true)
    expect(isId(String(MAX_ID))).toBe(true)
  })

  it('refuses 0, negatives, fractions, too large and non-digits', () => {
    for (const bad of [
      0,
      '0',
      -1,
      '-1',
      1.5,
      '1.5',
      MAX_ID + 1,
      String(MAX_ID + 1),
      '12345678901',
      ' 1',
      '1e3',
      '',
      null,
      undefined,
      true,
      [1],
    ])
      expect(isId(bad)).toBe(false)
  })

  it('starts where it is told', () => {
    expect(isWholeNumber(0, 0)).toBe(true)
    expect(isWholeNumber('0', 0)).toBe(true)
    expect(isWholeNumber(-1, 0)).toBe(false)
  })
})

describe('isNumeric, isBoolean, isPlainObject', () => {
  it('isNumeric: finite numbers and their text', () => {
    for (const ok of [0, -1.5, '3', ' 3 ', '-2.5', '1e3', '.5', '+4', '2.'])
      expect(isNumeric(ok)).toBe(true)
    for (const bad of [NaN, Infinity, '', '  ', 'abc', '1,5', null, undefined, true])
      expect(isNumeric(bad)).toBe(false)
  })

  it('isNumeric: only text that Payload stores as the number a validator reads', () => {
    for (const bad of ['0x10', '0b11', '0o7', 'Infinity', '-Infinity', '1e999', '1_000'])
      expect(isNumeric(bad), bad).toBe(false)
    // Payload writes `parseFloat(text)`; validators read `Number(text)`: they must agree.
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789+-.eExXbBoO _ ') }), (text) => {
        if (isNumeric(text)) expect(parseFloat(text)).toBe(Number(text))
      }),
    )
  })

  it('isBoolean: booleans and their text', () => {
    for (const ok of [true, false, 'true', 'false']) expect(isBoolean(ok)).toBe(true)
    for (const bad of ['TRUE', '1', 1, 0, '', null]) expect(isBoolean(bad)).toBe(false)
  })

  it('isPlainObject: objects but not arrays, dates or null', () => {
    expect(isPlainObject({})).toBe(true)
    for (const bad of [[], new Date(), null, undefined, 'x', 1])
      expect(isPlainObject(bad)).toBe(false)
  })
})

describe('NUL characters', () => {
  it('finds U+0000 in strings, array items, object keys and values, however deep', () => {
    expect(hasNul('a\u0000b')).toBe(true)
    expect(hasNul('a\\u0000b')).toBe(false)
    expect(nulIn('\u0000')).toBe(true)
    expect(nulIn(['ok', ['\u0000']])).toBe(true)
    expect(nulIn({ root: { children: [{ text: 'x\u0000' }] } })).toBe(true)
    expect(nulIn({ ['k\u0000']: 1 })).toBe(true)
    expect(nulIn({ root: { children: [{ text: 'x' }] } })).toBe(false)
    expect(nulIn(null)).toBe(false)
    expect(nulIn(12)).toBe(false)
  })
})

describe('isDate', () => {
  it('accepts dates and ISO strings from year 1 to 9999', () => {
    expect(isDate('2025-03-10')).toBe(true)
    expect(isDate('2025-03-10T23:00:00.000Z')).toBe(true)
    expect(isDate(new Date('2025-03-10'))).toBe(true)
    expect(isDate('0001-01-01T00:00:00.000Z')).toBe(true)
    expect(isDate('9999-12-31T23:59:59.999Z')).toBe(true)
  })

  it('refuses what is not a date, or out of PostgreSQL’s years', () => {
    expect(isDate('not a date')).toBe(false)
    expect(isDate(new Date(Number.NaN))).toBe(false)
    expect(isDate('+010000-01-01T00:00:00.000Z')).toBe(false)
    expect(isDate('0000-12-31T00:00:00.000Z')).toBe(false)
    expect(isDate('2025-03-10\u0000')).toBe(false)
    expect(isDate(1741564800000)).toBe(false)
    expect(isDate(null)).toBe(false)
  })

  it('refuses what only JavaScript’s fallback parser reads, and days that do not exist', () => {
    for (const text of ['-1', '12', 'March 7', '7/3/2015', 'Tue, 10 Mar 2025', '2015-02-30'])
      expect(isDate(text), text).toBe(false)
    for (const text of [
      '2015',
      '2015-03',
      '2016-02-29',
      '2015-03-07 10:00',
      '2015-03-07T10:00+01:00',
    ])
      expect(isDate(text), text).toBe(true)
  })
})
