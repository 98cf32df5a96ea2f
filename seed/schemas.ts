import { z } from 'zod'

import { isSiren, isSiret, YEARS } from '../fields/validators'

/** The zod building blocks of the seed files: the same rules the collections enforce. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a slug is lower-case words joined by -')
export const localized = z.object({ fr: z.string().min(1), en: z.string().min(1).optional() })
export const day = z.iso.date()
export const dateTime = z.iso.datetime()
export const euros = z
  .number()
  .nonnegative()
  .refine(
    (n) => Number.isInteger(Math.round(n * 100)) && Math.abs(Math.round(n * 100) - n * 100) < 1e-6,
    'at most 2 decimals',
  )
export const year = z.number().int().min(YEARS.min).max(YEARS.max)
export const siren = z.string().refine(isSiren, 'a SIREN is 9 digits with a valid Luhn key')
export const siret = z.string().refine(isSiret, 'a SIRET is 14 digits with a valid Luhn key')
export const axes = z.array(z.number().int().min(1).max(4)).default([])

/** Seed dates are days; documents store instants (midnight UTC). */
export const instant = (value: string | undefined | null) =>
  value ? new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value).toISOString() : null
