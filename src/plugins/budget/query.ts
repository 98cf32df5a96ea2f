import { z } from 'zod'

import { translate } from '../../utilities/translator'
import { inBothLanguages, type Language, wholeNumber } from '../endpoints'
import { translations } from './translations'

export type Years = { min: number; max: number }

/**
 * A year the collection's `year` field accepts; one rule for the report and the admin's view. One
 * message for every way it can be wrong (absent, not a whole number, out of range): it says the range.
 */
const yearOf = (language: Language, { min, max }: Years) =>
  wholeNumber(
    z
      .number({ error: translate(translations, language)('budget:year', { min, max }) })
      .int()
      .min(min)
      .max(max),
  )

/** `?year=2014&format=csv-fr`: the report's query. */
export const reportQuery = (years: Years) =>
  inBothLanguages((language) =>
    z.object({
      year: yearOf(language, years),
      format: z.enum(['json', 'csv', 'csv-fr']).default('json'),
    }),
  )

/** `?year=2014` on the admin's view, where no year means the likeliest one. */
export const viewQuery = (years: Years) =>
  inBothLanguages((language) => z.object({ year: yearOf(language, years).optional() }))
