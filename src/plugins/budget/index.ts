import Papa from 'papaparse'
import {
  type CollectionConfig,
  type CollectionSlug,
  type Endpoint,
  type Field,
  type PayloadRequest,
  type Plugin,
} from 'payload'

import { describedResponse, type EndpointDescription } from '../api-description'
import { addCollectionEndpoints, parseQuery, refused } from '../endpoints'
import { reportQuery } from './query'
import { readSummary } from './report'
import { frenchRows } from './spreadsheet'
import { summaryRows } from './summary'
import { translations } from './translations'
import type { BudgetViewOptions } from './types'
import { withAdminComponents } from '../../utilities/adminComponents'
import { withTranslations } from '../../utilities/translator'

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
  /**
   * Who opens the admin's budget view (and sees its link in the nav): the whole budget, every
   * function's lines added up, is the coordination's. Nobody by default.
   */
  canView?: (args: { req: PayloadRequest }) => boolean
  /**
   * The view's path in the admin.
   * @default `/budget`
   */
  viewPath?: `/${string}`
  /**
   * The amount fields (numbers, in euros) the admin shows as « 35 000 € ».
   * @default `['planned', 'actual']`
   */
  amounts?: string[]
}

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
    canView = () => false,
    viewPath = '/budget',
    amounts = ['planned', 'actual'],
  }: BudgetPluginOptions = {}): Plugin =>
  (config) => {
    const query = reportQuery(years)
    const summary: Endpoint = {
      path: '/summary',
      method: 'get',
      custom: {
        openapi: {
          summary: 'A year of the budget: totals planned against actual, and its balance',
          description:
            'By direction, kind, category, funder and function, over the lines the caller may read; `format=csv` or `csv-fr` (French spreadsheets: `;`, decimal commas, a byte-order mark) for a spreadsheet.',
          access: 'signed-in',
          query: query.en,
          responses: {
            200: describedResponse(
              'The report (JSON), or the same as CSV.',
              'application/json',
              'text/csv',
            ),
          },
        } satisfies EndpointDescription,
      },
      handler: async (req) => {
        if (!canRead(req)) return refused(req, 401, 'Sign in to read the budget report.')
        const parsed = parseQuery(query, req)
        if (parsed.response) return parsed.response
        const { year, format } = parsed.data
        const report = await readSummary(req, collection, year)
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
    const budget: BudgetViewOptions = { collection, path: viewPath, canView, years }
    const withEndpoint = addCollectionEndpoints(
      withTranslations(config, translations),
      (slug) => slug === collection,
      () => [summary],
    )
    return withAdminComponents(
      {
        ...withEndpoint,
        collections: (withEndpoint.collections ?? []).map((c) =>
          c.slug === collection ? withAmounts(c, amounts) : c,
        ),
      },
      {
        beforeNavLinks: [
          {
            path: '/plugins/budget/components/BudgetNavLink#BudgetNavLink',
            serverProps: { budget },
          },
        ],
        views: {
          budget: {
            Component: {
              path: '/plugins/budget/components/BudgetView#BudgetView',
              serverProps: { budget },
            },
            path: viewPath,
            exact: true,
          },
        },
      },
    )
  }

/** The amount fields read « 35 000 € » in the list and under their input; a missing one fails at start. */
const withAmounts = (collection: CollectionConfig, names: string[]): CollectionConfig => {
  const found = new Set<string>()
  const walk = (fields: Field[]): Field[] =>
    fields.map((field) => {
      if (field.type === 'row' || field.type === 'collapsible')
        return { ...field, fields: walk(field.fields) }
      if (field.type !== 'number' || !names.includes(field.name)) return field
      found.add(field.name)
      return {
        ...field,
        admin: {
          ...field.admin,
          components: {
            ...field.admin?.components,
            Cell: '/plugins/budget/components/AmountCell#AmountCell',
            afterInput: [
              ...(field.admin?.components?.afterInput ?? []),
              '/plugins/budget/components/AmountPreview#AmountPreview',
            ],
          },
        },
      }
    })
  const fields = walk(collection.fields)
  const missing = names.filter((name) => !found.has(name))
  if (missing.length)
    throw new Error(`budget plugin: no number field ${missing.join(', ')} in "${collection.slug}"`)
  return { ...collection, fields }
}
