import type { PayloadRequest, Validate } from 'payload'
import isEmail from 'validator/lib/isEmail'
import isLuhnNumber from 'validator/lib/isLuhnNumber'
import isURL from 'validator/lib/isURL'

type Message = { fr: string; en: string }

/** The message in the language of the request (French unless the user reads English). */
const say = (req: PayloadRequest, message: Message) =>
  req.i18n?.language === 'en' ? message.en : message.fr

const blank = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

const REQUIRED: Message = { fr: 'Ce champ est obligatoire', en: 'This field is required' }

/** A custom validate replaces Payload's own, required check included: keep that check. */
const missing = (value: unknown, required: boolean | undefined, req: PayloadRequest) =>
  blank(value) ? (required ? say(req, REQUIRED) : true) : undefined

/** A validator for optional text fields (single or hasMany): checks each value that is given. */
const textRule =
  (isValid: (value: string) => boolean, message: Message): Validate =>
  (value, { req, required }) => {
    const absent = missing(value, required, req)
    if (absent !== undefined) return absent
    const values = (Array.isArray(value) ? value : [value]).filter((v) => !blank(v))
    const bad = values.find((v) => !isValid(String(v)))
    return bad === undefined ? true : `${say(req, message)} (« ${bad} »)`
  }

// La Poste's establishments are the one exception to Luhn: their digits sum to a multiple of 5.
const LA_POSTE_SIREN = '356000000'
const digitSum = (value: string) => [...value].reduce((sum, digit) => sum + Number(digit), 0)

export const isSiren = (value: string) => /^\d{9}$/.test(value) && isLuhnNumber(value)
export const isSiret = (value: string) =>
  /^\d{14}$/.test(value) &&
  (isLuhnNumber(value) || (value.startsWith(LA_POSTE_SIREN) && digitSum(value) % 5 === 0))

export const siren = textRule(isSiren, {
  fr: 'Le SIREN doit compter 9 chiffres avec une clé de Luhn valide',
  en: 'A SIREN is 9 digits with a valid Luhn check digit',
})
export const siret = textRule(isSiret, {
  fr: 'Le SIRET doit compter 14 chiffres avec une clé de Luhn valide',
  en: 'A SIRET is 14 digits with a valid Luhn check digit',
})
export const rna = textRule((v) => /^W\d{9}$/.test(v), {
  fr: 'Le numéro RNA s’écrit W suivi de 9 chiffres',
  en: 'An RNA number is W followed by 9 digits',
})
export const romeCode = textRule((v) => /^[A-N]\d{4}$/.test(v), {
  fr: 'Un code ROME s’écrit une lettre de A à N suivie de 4 chiffres (ex. K1802)',
  en: 'A ROME code is a letter from A to N followed by 4 digits (e.g. K1802)',
})
export const rncpCode = textRule((v) => /^RNCP\d+$/.test(v), {
  fr: 'Un code RNCP s’écrit RNCP suivi de chiffres (ex. RNCP35185)',
  en: 'An RNCP code is RNCP followed by digits (e.g. RNCP35185)',
})
export const url = textRule(
  (v) => isURL(v, { protocols: ['http', 'https'], require_protocol: true }),
  {
    fr: 'Adresse web invalide (http:// ou https://)',
    en: 'Invalid web address (http:// or https://)',
  },
)
export const email = textRule((v) => isEmail(v), {
  fr: 'Adresse e-mail invalide',
  en: 'Invalid email address',
})
export const period = textRule((v) => /^\d{4}-S[12]$/.test(v), {
  fr: 'Une période s’écrit AAAA-S1 ou AAAA-S2 (ex. 2014-S1)',
  en: 'A period is YYYY-S1 or YYYY-S2 (e.g. 2014-S1)',
})

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
    return ok || say(req, message)
  }

export const amount = numberRule({
  min: 0,
  cents: true,
  message: {
    fr: 'Un montant est positif ou nul, en euros, avec au plus 2 décimales',
    en: 'An amount is zero or more, in euros, with at most 2 decimals',
  },
})
/** The years the programme's documents and budget may name. */
export const YEARS = { min: 1990, max: 2100 } as const

export const year = numberRule({
  ...YEARS,
  integer: true,
  message: {
    fr: `L’année doit être comprise entre ${YEARS.min} et ${YEARS.max}`,
    en: `The year must be between ${YEARS.min} and ${YEARS.max}`,
  },
})
export const positiveInteger = numberRule({
  min: 1,
  integer: true,
  message: {
    fr: 'Un nombre entier supérieur à 0 est attendu',
    en: 'A whole number above 0 is expected',
  },
})
export const countOrZero = numberRule({
  min: 0,
  integer: true,
  message: {
    fr: 'Un nombre entier positif ou nul est attendu',
    en: 'A whole number of 0 or more is expected',
  },
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
      : say(req, {
          fr: 'La fin doit être postérieure au début',
          en: 'The end must come after the start',
        })
  }

/** Members (not admins nor coordinators) must belong to an organisation. */
export const organisationOfMembers: Validate = (value, { siblingData, req }) => {
  const roles = ((siblingData as { roles?: string[] })?.roles ?? []) as string[]
  if (!blank(value) || roles.includes('admin') || roles.includes('coordinator')) return true
  return say(req, {
    fr: 'Un membre doit être rattaché à une organisation',
    en: 'A member must belong to an organisation',
  })
}
