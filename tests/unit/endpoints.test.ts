import './stubs'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import {
  commaList,
  enumList,
  idList,
  inBothLanguages,
  noNul,
  wholeNumber,
} from '../../src/plugins/endpoints'

const firstMessage = (result: {
  success: boolean
  error?: { issues: Array<{ message: string }> }
}) => (result.success ? undefined : result.error!.issues[0]!.message)

describe('inBothLanguages', () => {
  it('builds the schema once per language with its messages', () => {
    const schemas = inBothLanguages((say) => noNul(say))
    expect(firstMessage(schemas.fr.safeParse('a\u0000'))).toBe(
      'ne doit pas contenir le caractère nul (\\u0000)',
    )
    expect(firstMessage(schemas.en.safeParse('a\u0000'))).toBe(
      'must not contain the NUL character (\\u0000)',
    )
    expect(schemas.en.parse('a')).toBe('a')
  })
})

describe('commaList', () => {
  const list = inBothLanguages(commaList).en
  it('splits, trims and drops empty items; nothing is an empty list', () => {
    expect(list.parse(' resources, events ,,')).toEqual(['resources', 'events'])
    expect(list.parse(undefined)).toEqual([])
    expect(list.parse('')).toEqual([])
  })

  it('refuses NUL characters', () => {
    expect(list.safeParse('a,\u0000').success).toBe(false)
  })
})

describe('enumList', () => {
  const kinds = inBothLanguages((say) => enumList(say, ['seminar', 'training']))
  it('accepts only the values given', () => {
    expect(kinds.en.parse('seminar,training')).toEqual(['seminar', 'training'])
    expect(firstMessage(kinds.en.safeParse('seminar,party'))).toBe(
      'must be one of seminar, training',
    )
    expect(firstMessage(kinds.fr.safeParse('fête'))).toBe('doit être parmi seminar, training')
  })
})

describe('idList', () => {
  const ids = inBothLanguages(idList)
  it('gives numbers for ids from 1 to 2^31 − 1', () => {
    expect(ids.en.parse('1, 3,2147483647')).toEqual([1, 3, 2147483647])
    expect(ids.en.parse(undefined)).toEqual([])
  })

  it('refuses anything else with one message', () => {
    for (const bad of ['0', '1,x', '2147483648', '1.5', '-1'])
      expect(firstMessage(ids.en.safeParse(bad))).toBe(
        'must be ids (whole numbers from 1 to 2147483647) separated by commas',
      )
  })
})

describe('wholeNumber', () => {
  const page = wholeNumber(z.number({ error: 'a page number' }).int().min(1))
  it('reads a whole number written in digits', () => {
    expect(page.parse('16')).toBe(16)
    expect(page.parse(3)).toBe(3)
  })
  it('refuses what Number() would also read, and a repeated parameter', () => {
    for (const value of [
      '0x10',
      '1e1',
      ' 16',
      '16 ',
      '+16',
      '-1',
      '1.5',
      '',
      'Infinity',
      ['16', '17'],
    ])
      expect(firstMessage(page.safeParse(value)), String(value)).toBe('a page number')
  })
})
