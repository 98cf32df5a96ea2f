import Papa from 'papaparse'
import { type CollectionSlug, type Endpoint, type Plugin } from 'payload'
import { z } from 'zod'

import { addCollectionEndpoints, inBothLanguages, parseQuery } from '../endpoints'
import { frenchRows } from './spreadsheet'
import { summarise, summaryRows, type Line } from './summary'
import { translations } from './translations'
import { translate, withTranslations } from '../../utilities/translator'

export type BudgetPluginOptions = {
  /**
   * The budget lines collection.
   * @default `budget-lines`
   */
  collection?: CollectionSlug
  /** Who may read the report: signed-in people by default. */
  canRead?: (req: Parameters<Endpoint['handler']>[0]) => boolean
  /** The years a report may be asked for, those of the collection's `year` field. Default: any. */
  years?: { min: number; max: number }
}

const queryOf = ({ min, max }: { min: number; max: number }) =>
  inBothLanguages((language) =>
    z.object({
      year: z.coerce
        .number({ error: translate(translations, language)('budget:year') })
        .int()
        .min(min)
        .max(max),
      format: z.enum(['json', 'csv', 'csv-fr']).default('json'),
    }),
  )

// A text cell a spreadsheet would run as a formula (OWASP "CSV injection") gets a leading ', as
// spreadsheet exports do; numbers stay numbers. Papa's own pattern misses a formula with a newline.
const FORMULA = /^[=+\-@\t\r]/
const FRENCH_FORMULA = /^(?!-\d+(,\d+)?$)[=+\-@\t\r]/

/**
 * `GET /api/<budget lines>/summary?year=2014[&format=csv]`: the year's totals by direction, kind,
 * category, funder and function, planned against actual, and whether it balances. It reads the
 * lines with the caller's own access, so a report never shows a line its reader may not see.
 */
export const budgetPlugin =
  ({
    collection = 'budget-lines' as CollectionSlug,
    canRead = (req) => req.user?.collection === 'users',
    years = { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
  }: BudgetPluginOptions = {}): Plugin =>
  (config) => {
    const query = queryOf(years)
    const summary: Endpoint = {
      path: '/summary',
      method: 'get',
      handler: async (req) => {
        if (!canRead(req))
          return Response.json(
            { errors: [{ message: 'Sign in to read the budget report.' }] },
            { status: 401 },
          )
        const parsed = parseQuery(query, req)
        if (parsed.response) return parsed.response
        const { year, format } = parsed.data
        const { docs } = await req.payload.find({
          collection,
          where: { year: { equals: year } },
          pagination: false,
          depth: 1,
          overrideAccess: false,
          req,
        })
        const report = summarise(year, docs as unknown as Line[])
        if (format === 'json') return Response.json(report)
        // French spreadsheets open a semicolon-separated file with a byte-order mark directly.
        const csv =
          format === 'csv-fr'
            ? '\uFEFF' +
              Papa.unparse(
                frenchRows(
                  req,
                  req.payload.collections[collection].config.flattenedFields,
                  summaryRows(report),
                ),
                // A French negative figure (-12,5) is a number, not a formula.
                { escapeFormulae: FRENCH_FORMULA, delimiter: ';' },
              )
            : Papa.unparse(summaryRows(report), { escapeFormulae: FORMULA })
        return new Response(csv, {
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': `attachment; filename="budget-${year}${format === 'csv-fr' ? '-fr' : ''}.csv"`,
          },
        })
      },
    }
    return addCollectionEndpoints(
      withTranslations(config, translations),
      (slug) => slug === collection,
      () => [summary],
    )
  }
