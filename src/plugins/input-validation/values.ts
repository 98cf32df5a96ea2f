/** The rules a single value must follow to reach PostgreSQL without an error. */

/** Serial ids are PostgreSQL integers: 1 to 2^31 − 1. */
export const MAX_ID = 2_147_483_647

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

/** A whole number from `min` to MAX_ID, as a number or as its digits (query strings). */
export const isWholeNumber = (value: unknown, min: number): boolean => {
  const n = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= MAX_ID
}

/** A document id. */
export const isId = (value: unknown): boolean => isWholeNumber(value, 1)

// Decimal notation only: Payload stores a number given as text with `parseFloat`, which reads
// "0x10" or "0b11" as 0 where `Number` (and so a validator) reads 16 or 3.
const DECIMAL = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*$/i

/** A finite number, or its decimal text (query strings, form data). */
export const isNumeric = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && DECIMAL.test(value) && Number.isFinite(Number(value)))

export const isBoolean = (value: unknown): boolean =>
  typeof value === 'boolean' || value === 'true' || value === 'false'

/** PostgreSQL text and jsonb cannot hold U+0000. */
export const hasNul = (value: string) => value.includes('\u0000')

/** Whether a JSON value (rich text, json fields) holds U+0000 in any of its strings or keys. */
export const nulIn = (value: unknown): boolean => {
  if (typeof value === 'string') return hasNul(value)
  if (Array.isArray(value)) return value.some(nulIn)
  if (isPlainObject(value)) return Object.entries(value).some(([key, v]) => hasNul(key) || nulIn(v))
  return false
}

// ISO 8601 only: JavaScript's fallback parser reads "-1" as 2001-01-01 and "7/3/2015" as 3 July,
// and rolls "2015-02-30" into March; Payload would store what it read.
const ISO_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/i

const isCalendarDay = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * A date JavaScript reads and PostgreSQL stores: a Date, or an ISO 8601 string naming a day that
 * exists; PostgreSQL's timestamps end long before JavaScript's (years 1 to 9999 here, like ISO).
 */
export const isDate = (value: unknown): boolean => {
  if (typeof value === 'string') {
    const [, year, month = '1', day = '1'] = ISO_DATE.exec(value) ?? []
    if (!year || !isCalendarDay(Number(year), Number(month), Number(day))) return false
  } else if (!(value instanceof Date)) return false
  const date = value instanceof Date ? value : new Date(value)
  const year = date.getUTCFullYear()
  return !Number.isNaN(date.getTime()) && year >= 1 && year <= 9999
}
