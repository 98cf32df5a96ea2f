import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  amount,
  countOrZero,
  email,
  endsAfter,
  isSiren,
  isSiret,
  organisationOfMembers,
  period,
  positiveInteger,
  rna,
  rncpCode,
  romeCode,
  siren,
  siret,
  url,
  year,
  YEARS,
} from '../../fields/validators'
import { expectPredicate } from '../helpers/predicates'

type Validator = (value: unknown, options: any) => unknown

const fr = { i18n: { language: 'fr' } } as unknown as PayloadRequest
const en = { i18n: { language: 'en' } } as unknown as PayloadRequest
const check = (
  validate: Validator,
  value: unknown,
  { required = false, req = fr, siblingData = {} } = {},
) => validate(value, { req, required, siblingData })
/** Checks that an optional field accepts each of `good` and refuses each of `bad`. */
const expectValues = (validate: Validator, good: unknown[], bad: unknown[]) =>
  expectPredicate((value) => check(validate, value) === true, good, bad)

describe('required values', () => {
  it('an empty value passes when optional and is refused in the language asked when required', () => {
    for (const value of [null, undefined, '', []]) {
      expect(check(siren, value)).toBe(true)
      expect(check(year, value)).toBe(true)
      expect(check(siren, value, { required: true })).toBe('Ce champ est obligatoire')
      expect(check(year, value, { required: true, req: en })).toBe('This field is required')
    }
  })

  it('French is the default language', () => {
    expect(check(year, '', { required: true, req: {} as PayloadRequest })).toBe(
      'Ce champ est obligatoire',
    )
  })
})

describe('SIREN and SIRET', () => {
  it('checks 9 digits with a Luhn key', () => {
    expectPredicate(
      isSiren,
      ['732829320'],
      ['732829321', '73282932', '7328293200', '73282932a', ' 732829320'],
    )
  })

  it('checks 14 digits with a Luhn key', () => {
    expectPredicate(isSiret, ['73282932000074'], ['73282932000075', '7328293200007'])
  })

  it('accepts La Poste’s establishments, whose digits add up to a multiple of 5', () => {
    // La Poste's head office: the Luhn check fails, the digits add up to 40.
    expect(isSiret('35600000049157')).toBe(true)
    // Digits adding up to 41 (and no Luhn key): refused.
    expect(isSiret('35600000049158')).toBe(false)
    // The exception is La Poste's alone: the same sum elsewhere is refused.
    expect(isSiret('45600000000005')).toBe(false)
  })

  it('names the bad value in the message', () => {
    expect(check(siren, '123456789')).toBe(
      'Le SIREN doit compter 9 chiffres avec une clé de Luhn valide (« 123456789 »)',
    )
    expect(check(siret, '1', { req: en })).toBe(
      'A SIRET is 14 digits with a valid Luhn check digit (« 1 »)',
    )
  })

  it('checks each value of a hasMany field and names the first bad one', () => {
    expect(check(siren, ['732829320', '', '552100554'])).toBe(true)
    expect(check(siren, ['732829320', 'x', 'y'], { req: en })).toBe(
      'A SIREN is 9 digits with a valid Luhn check digit (« x »)',
    )
  })
})

describe('codes', () => {
  it('RNA: W then 9 digits', () => {
    expectValues(rna, ['W751234567'], ['w751234567', 'W75123456'])
  })

  it('ROME: a letter from A to N then 4 digits', () => {
    expectValues(romeCode, ['K1802', 'A0000', 'N9999'], ['O1802', 'K180'])
  })

  it('RNCP: RNCP then digits', () => {
    expectValues(rncpCode, ['RNCP35185'], ['RNCP', 'rncp35185'])
  })

  it('period: YYYY-S1 or YYYY-S2', () => {
    expect(check(period, '2014-S1')).toBe(true)
    expect(check(period, '2014-S2')).toBe(true)
    expect(check(period, '2014-S3', { req: en })).toBe(
      'A period is YYYY-S1 or YYYY-S2 (e.g. 2014-S1) (« 2014-S3 »)',
    )
    expect(check(period, '14-S1')).not.toBe(true)
  })
})

describe('url and email', () => {
  // http and https addresses are accepted, with their protocol only.
  it.each(['https://pole.example/page?x=1', 'http://pole.example'])(
    'accepts the http(s) address %s',
    (address) => {
      expect(check(url, address)).toBe(true)
    },
  )
  it.each(['pole.example', 'ftp://pole.example', 'javascript:alert(1)'])(
    'refuses %s: an address with http or https only',
    (address) => {
      expect(check(url, address)).not.toBe(true)
    },
  )

  it('checks e-mail addresses', () => {
    expect(check(email, 'contact@pole.example')).toBe(true)
    expect(check(email, 'contact@', { req: en })).toBe('Invalid email address (« contact@ »)')
    // validator throws on a lone UTF-16 surrogate (encodeURI): not an address, not a crash.
    expect(check(email, '\ud800', { req: en })).toBe('Invalid email address (« \ud800 »)')
  })
})

describe('numbers', () => {
  it('years run from 1990 to 2100, whole', () => {
    expect(YEARS).toEqual({ min: 1990, max: 2100 })
    expect(check(year, 1990)).toBe(true)
    expect(check(year, 2100)).toBe(true)
    expect(check(year, '2025')).toBe(true)
    for (const bad of [1989, 2101, 2025.5, 'deux mille', Infinity, NaN])
      expect(check(year, bad, { req: en })).toBe('The year must be between 1990 and 2100')
    expect(check(year, 1989)).toBe('L’année doit être comprise entre 1990 et 2100')
  })

  it('amounts are zero or more euros, with at most two decimals', () => {
    expect(check(amount, 0)).toBe(true)
    expect(check(amount, 0.1)).toBe(true)
    expect(check(amount, 19.99)).toBe(true)
    expect(check(amount, 1234567.89)).toBe(true)
    expect(check(amount, 0.001)).not.toBe(true)
    expect(check(amount, 1.005)).not.toBe(true)
    expect(check(amount, -0.01)).not.toBe(true)
  })

  it('positive integers start at 1, counts at 0', () => {
    expect(check(positiveInteger, 1)).toBe(true)
    expect(check(positiveInteger, 0)).not.toBe(true)
    expect(check(countOrZero, 0)).toBe(true)
    expect(check(countOrZero, -1)).not.toBe(true)
    expect(check(countOrZero, 1.5)).not.toBe(true)
  })
})

describe('endsAfter', () => {
  const end = endsAfter('startsAt')

  it('requires the end to come strictly after the start', () => {
    const siblingData = { startsAt: '2025-03-10T09:00:00.000Z' }
    expect(check(end, '2025-03-10T09:00:00.001Z', { siblingData })).toBe(true)
    expect(check(end, '2025-03-10T09:00:00.000Z', { siblingData, req: en })).toBe(
      'The end must come after the start',
    )
    expect(check(end, '2025-03-09T09:00:00.000Z', { siblingData })).toBe(
      'La fin doit être postérieure au début',
    )
  })

  it('has nothing to compare without a start, and lets an optional empty end be', () => {
    expect(check(end, '2025-03-10T09:00:00.000Z', { siblingData: {} })).toBe(true)
    expect(check(end, '2025-03-10T09:00:00.000Z', { siblingData: { startsAt: null } })).toBe(true)
    expect(check(end, null, { siblingData: { startsAt: '2025-03-10T09:00:00.000Z' } })).toBe(true)
  })
})

describe('organisationOfMembers', () => {
  it('requires an organisation of members only', () => {
    const validate = organisationOfMembers as Validator
    expect(check(validate, null, { siblingData: { roles: ['member'] } })).toBe(
      'Un membre doit être rattaché à une organisation',
    )
    expect(check(validate, null, { siblingData: {}, req: en })).toBe(
      'A member must belong to an organisation',
    )
    expect(check(validate, 10, { siblingData: { roles: ['member'] } })).toBe(true)
    expect(check(validate, null, { siblingData: { roles: ['coordinator'] } })).toBe(true)
    expect(check(validate, null, { siblingData: { roles: ['admin'] } })).toBe(true)
  })
})
