import type { PayloadRequest, Validate } from 'payload'
import isEmail from 'validator/lib/isEmail'
import isLuhnNumber from 'validator/lib/isLuhnNumber'
import isURL from 'validator/lib/isURL'

import { translate, type KeyOf } from '../src/utilities/translator'
import { translations } from './translations'

type Message = KeyOf<typeof translations>

/** The message in the language of the request (French unless the user reads English). */
const say = (req: PayloadRequest, message: Message, vars?: Record<string, unknown>) =>
  translate(translations, req.i18n?.language)(message, vars)

const blank = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

const REQUIRED: Message = 'validation:required'

/** A custom validate replaces Payload's own, required check included: keep that check. */
const missing = (value: unknown, required: boolean | undefined, req: PayloadRequest) =>
  blank(value) ? (required ? say(req, REQUIRED) : true) : undefined

/**
 * Whether `isValid` accepts the value; one it cannot even read (validator's isEmail throws on a
 * lone UTF-16 surrogate, through encodeURI) is not valid.
 */
const accepts = (isValid: (value: string) => boolean, value: string) => {
  try {
    return isValid(value)
  } catch {
    return false
  }
}

/** A validator for optional text fields (single or hasMany): checks each value that is given. */
const textRule =
  (isValid: (value: string) => boolean, message: Message): Validate =>
  (value, { req, required }) => {
    const absent = missing(value, required, req)
    if (absent !== undefined) return absent
    const values = (Array.isArray(value) ? value : [value]).filter((v) => !blank(v))
    const bad = values.find((v) => !accepts(isValid, String(v)))
    return bad === undefined ? true : `${say(req, message)} (« ${bad} »)`
  }

// La Poste's establishments are the one exception to Luhn: their digits sum to a multiple of 5.
const LA_POSTE_SIREN = '356000000'
const digitSum = (value: string) => [...value].reduce((sum, digit) => sum + Number(digit), 0)

export const isSiren = (value: string) => /^\d{9}$/.test(value) && isLuhnNumber(value)
export const isSiret = (value: string) =>
  /^\d{14}$/.test(value) &&
  (isLuhnNumber(value) || (value.startsWith(LA_POSTE_SIREN) && digitSum(value) % 5 === 0))

export const siren = textRule(isSiren, 'validation:siren')
export const siret = textRule(isSiret, 'validation:siret')
export const rna = textRule((v) => /^W\d{9}$/.test(v), 'validation:rna')
export const romeCode = textRule((v) => /^[A-N]\d{4}$/.test(v), 'validation:rome')
export const rncpCode = textRule((v) => /^RNCP\d+$/.test(v), 'validation:rncp')
export const url = textRule(
  (v) => isURL(v, { protocols: ['http', 'https'], require_protocol: true }),
  'validation:url',
)
export const email = textRule((v) => isEmail(v), 'validation:email')
export const period = textRule((v) => /^\d{4}-S[12]$/.test(v), 'validation:period')

/** Numbers: a range, whole numbers, or euros (at most two decimals). */
export const numberRule =
  ({
    min,
    max,
    integer = false,
    cents = false,
    message,
  }: {
    min?: number
    max?: number
    integer?: boolean
    cents?: boolean
    message: Message
  }): Validate =>
  (value, { req, required }) => {
    const absent = missing(value, required, req)
    if (absent !== undefined) return absent
    const n = Number(value)
    const ok =
      Number.isFinite(n) &&
      (min === undefined || n >= min) &&
      (max === undefined || n <= max) &&
      (!integer || Number.isInteger(n)) &&
      (!cents || Math.abs(Math.round(n * 100) - n * 100) < 1e-6)
    return ok || say(req, message, { min, max })
  }

export const amount = numberRule({
  min: 0,
  cents: true,
  message: 'validation:amount',
})
/** The years the programme's documents and budget may name. */
export const YEARS = { min: 1990, max: 2100 } as const

export const year = numberRule({
  ...YEARS,
  integer: true,
  message: 'validation:year',
})
export const positiveInteger = numberRule({
  min: 1,
  integer: true,
  message: 'validation:positiveInteger',
})
export const countOrZero = numberRule({
  min: 0,
  integer: true,
  message: 'validation:countOrZero',
})

/** An end that must come after the start named `startField` in the same group or row. */
export const endsAfter =
  (startField: string): Validate =>
  (value, { siblingData, req, required }) => {
    const absent = missing(value, required, req)
    if (absent !== undefined) return absent
    const start = (siblingData as Record<string, unknown>)?.[startField]
    if (blank(start)) return true
    return new Date(value as string) > new Date(start as string)
      ? true
      : say(req, 'validation:endsAfter')
  }

/** Members (not admins nor coordinators) must belong to an organisation. */
export const organisationOfMembers: Validate = (value, { siblingData, req }) => {
  const roles = ((siblingData as { roles?: string[] })?.roles ?? []) as string[]
  if (!blank(value) || roles.includes('admin') || roles.includes('coordinator')) return true
  return say(req, 'validation:organisation')
}
