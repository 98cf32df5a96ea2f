import type {
  CollectionBeforeOperationHook,
  CollectionSlug,
  Field,
  PayloadRequest,
  Plugin,
  Where,
} from 'payload'

import { regionFamily } from './family'
import { appendHooks } from '../../utilities/hooks'

export { regionFamily } from './family'

/**
 * For the plugins that filter by region themselves (search, calendar): the ids a list of region
 * ids (or codes, when `code` is given) means across the reform.
 */
export const regionsAcrossReform =
  ({
    collection = 'regions' as CollectionSlug,
    mergedInto = 'mergedInto',
    code,
  }: RegionHistoryPluginOptions & { code?: string } = {}) =>
  (req: PayloadRequest, ids: Array<number | string>) =>
    regionFamily(req, { collection, mergedInto, code }, ids)

export type RegionHistoryPluginOptions = {
  /**
   * The collection of regions.
   * @default 'regions'
   */
  collection?: CollectionSlug
  /**
   * The relationship of a region to the one it was merged into.
   * @default 'mergedInto'
   */
  mergedInto?: string
}

/** Dotted paths of the relationships to `target` (through groups, rows, arrays). */
const pathsTo = (fields: Field[], target: string, prefix = ''): string[] =>
  fields.flatMap((field): string[] => {
    if (field.type === 'row' || field.type === 'collapsible')
      return pathsTo(field.fields, target, prefix)
    if (!('name' in field)) return []
    if (field.type === 'relationship' && field.relationTo === target)
      return [`${prefix}${field.name}`]
    if (field.type === 'array' || field.type === 'group')
      return pathsTo(field.fields, target, `${prefix}${field.name}.`)
    return []
  })

const listOf = (value: unknown): Array<number | string> =>
  Array.isArray(value)
    ? (value as Array<number | string>)
    : typeof value === 'string'
      ? value.split(',')
      : typeof value === 'number'
        ? [value]
        : []

const ID = /^[1-9]\d*$/

/**
 * `where` with each `equals`/`in` on a region path widened to the regions it means, and each
 * `not_equals`/`not_in` to the same: a filter on ids only (`equals: null` stays as it is).
 */
const widen = async (
  where: Where,
  paths: string[],
  family: (ids: Array<number | string>) => Promise<number[]>,
): Promise<Where> => {
  const out: Where = {}
  for (const [key, value] of Object.entries(where)) {
    // GraphQL names them AND and OR.
    if (/^(and|or)$/i.test(key) && Array.isArray(value)) {
      out[key] = await Promise.all(value.map((w) => widen(w as Where, paths, family)))
    } else if (paths.includes(key) && value && typeof value === 'object') {
      const constraint: Record<string, unknown> = { ...(value as Record<string, unknown>) }
      for (const [one, many] of [
        ['equals', 'in'],
        ['not_equals', 'not_in'],
      ] as const) {
        const asked = [...listOf(constraint[one]), ...listOf(constraint[many])]
        if (!asked.length || !asked.every((id) => ID.test(String(id).trim()))) continue
        delete constraint[one]
        constraint[many] = await family(asked)
      }
      out[key] = constraint as Where[string]
    } else out[key] = value as Where[string]
  }
  return out
}

/**
 * Regions across the 2016 reform: a filter on a region (`where[regions][in]=<Auvergne-Rhône-Alpes>`)
 * also finds what is tagged with the regions merged into it, and a filter on a 2014 region finds
 * what is tagged with the region it became, on every read and bulk write (REST, GraphQL, Local
 * API, admin).
 */
export const regionHistoryPlugin =
  ({
    collection = 'regions' as CollectionSlug,
    mergedInto = 'mergedInto',
  }: RegionHistoryPluginOptions = {}): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((target) => {
      const paths = pathsTo(target.fields, collection)
      if (!paths.length || target.slug === collection) return target
      const hook: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
        const { where } = args as { where?: Where }
        // Reads, counts and bulk writes alike: one `where`, one set of documents.
        if (!where || !['read', 'count', 'update', 'delete'].includes(operation)) return args
        const family = (ids: Array<number | string>) =>
          regionFamily(req, { collection, mergedInto }, ids)
        return { ...args, where: await widen(where, paths, family) }
      }
      return {
        ...target,
        hooks: appendHooks(target.hooks, { beforeOperation: [hook] }),
      }
    }),
  })
