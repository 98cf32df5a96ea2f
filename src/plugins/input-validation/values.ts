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

/** A finite number, or the text of one (query strings). */
export const isNumeric = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

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

/**
 * A date JavaScript reads and PostgreSQL stores: Payload turns it into an ISO string, and
 * PostgreSQL's timestamps end long before JavaScript's (years 1 to 9999 here, like ISO 8601).
 */
export const isDate = (value: unknown): boolean => {
  if (!(value instanceof Date) && typeof value !== 'string') return false
  if (typeof value === 'string' && hasNul(value)) return false
  const date = value instanceof Date ? value : new Date(value)
  const year = date.getUTCFullYear()
  return !Number.isNaN(date.getTime()) && year >= 1 && year <= 9999
}
