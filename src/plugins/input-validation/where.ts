import type { Payload, SanitizedCollectionConfig } from 'payload'
import { validOperatorSet } from 'payload/shared'

import { type Leaf, resolveInCollection } from './fields'
import type { Messages, Problem } from './messages'
import { hasNul, isBoolean, isDate, isId, isNumeric, isPlainObject, nulIn } from './values'

const EQUALITY = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ORDER = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const LISTS = new Set(['in', 'not_in'])

/**
 * The operators PostgreSQL can run on each kind of column; the others fail in the database
 * (`like` on an enum, `near` off a point, `contains` on a single value, `all` anywhere in this
 * adapter). `contains` on a hasMany field matches one of its values.
 */
const operatorsFor = (leaf: Leaf): string[] => {
  const many = leaf.hasMany ? ['contains'] : []
  switch (leaf.rule) {
    case 'text':
      return [...EQUALITY, ...ORDER, 'like', 'not_like', 'contains']
    case 'number':
    case 'date':
      return [...EQUALITY, ...ORDER]
    case 'id':
      return [...EQUALITY, ...ORDER, ...many]
    case 'option':
      return [...EQUALITY, ...many]
    case 'boolean':
    case 'json':
      return EQUALITY
    case 'point':
      return ['equals', 'not_equals', 'exists', 'near', 'within', 'intersects']
    case 'polymorphic':
      // By `{ relationTo, value }`; `<path>.value` and `<path>.relationTo` for the rest.
      return ['equals']
  }
}

// Payload reads the text "null" as SQL NULL for these columns.
const NULLABLE_BY_TEXT = new Set<Leaf['rule']>(['id', 'number', 'date'])

/** Why one value cannot be compared with the leaf's column, or nothing. */
const valueProblem = (leaf: Leaf, value: unknown, m: Messages): string | undefined => {
  if (value === 'null' && NULLABLE_BY_TEXT.has(leaf.rule)) return undefined
  switch (leaf.rule) {
    case 'text':
      if (typeof value === 'number') return undefined
      return typeof value !== 'string' ? m.text : hasNul(value) ? m.nul : undefined
    case 'number':
      return isNumeric(value) ? undefined : m.number
    case 'id':
      return isId(value) ? undefined : m.id
    case 'date':
      return isDate(value) ? undefined : m.date
    case 'boolean':
      return isBoolean(value) ? undefined : m.boolean
    case 'option':
      return typeof value === 'string' && leaf.options.includes(value)
        ? undefined
        : m.option(value, leaf.options)
    case 'json':
      return nulIn(value) ? m.nul : undefined
    case 'point':
      return undefined
    case 'polymorphic':
      return isPlainObject(value) &&
        leaf.options.includes(value.relationTo as string) &&
        isId(value.value)
        ? undefined
        : m.relation(leaf.options)
  }
}

/** `in` and `not_in` take a list, or the text of one (`1,2,3`). */
const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

const conditionProblems = (
  leaf: Leaf,
  operator: string,
  value: unknown,
  path: string,
  m: Messages,
): Problem[] => {
  const possible = operatorsFor(leaf)
  if (!validOperatorSet.has(operator as never) || !possible.includes(operator))
    return [{ path, message: m.unknownOperator(operator, possible) }]
  if (operator === 'exists') return isBoolean(value) ? [] : [{ path, message: m.boolean }]
  if (['near', 'within', 'intersects'].includes(operator)) return []
  if (value === null && !LISTS.has(operator)) return []
  const values = LISTS.has(operator) ? listOf(value) : [value]
  const message = values.map((v) => valueProblem(leaf, v, m)).find(Boolean)
  return message ? [{ path, message }] : []
}

// Lists of conditions inside each other: the checks and Payload's own walk them recursively, and
// some thousand levels (a GraphQL variable of 10 KB) overflowed the stack.
const MAX_NESTED_LISTS = 64

/**
 * What is wrong with a `where`: unknown fields, operators the column cannot run, values of the
 * wrong type (an option that does not exist, an id out of range, a date that does not parse, a
 * NUL byte), `and` and `or` nested too deep. Paths name the parameter as written:
 * `where.or.0.type.equals`.
 */
export const whereProblems = (
  payload: Payload,
  collection: SanitizedCollectionConfig,
  where: unknown,
  m: Messages,
  path = 'where',
  depth = 0,
): Problem[] => {
  if (where === undefined || where === null) return []
  if (!isPlainObject(where)) return [{ path, message: m.conditions }]
  return Object.entries(where).flatMap(([key, condition]): Problem[] => {
    const at = `${path}.${key}`
    // GraphQL writes them AND and OR.
    if (['and', 'or'].includes(key.toLowerCase())) {
      if (!Array.isArray(condition)) return [{ path: at, message: m.conditionList }]
      if (depth === MAX_NESTED_LISTS)
        return [{ path: at, message: m.nestedTooDeep(MAX_NESTED_LISTS) }]
      return condition.flatMap((c, i) =>
        whereProblems(payload, collection, c, m, `${at}.${i}`, depth + 1),
      )
    }
    const leaf = resolveInCollection(payload, collection, key)
    if (!leaf) return [{ path: at, message: m.unknownField(key) }]
    if (!isPlainObject(condition)) return [{ path: at, message: m.conditions }]
    return Object.entries(condition).flatMap(([operator, value]) =>
      conditionProblems(leaf, operator, value, `${at}.${operator}`, m),
    )
  })
}

/** The names a `sort` or `field` lists: `-year,title`, or a list. */
export const listedNames = (value: unknown): unknown[] =>
  value === undefined || value === null
    ? []
    : Array.isArray(value)
      ? value
      : typeof value === 'string'
        ? value.split(',')
        : [value]

/** Sorting and distinct values (`sort=-year,title`, `field=type`) name fields of the collection. */
export const fieldListProblems = (
  payload: Payload,
  collection: SanitizedCollectionConfig,
  parameter: string,
  value: unknown,
  m: Messages,
): Problem[] => {
  if (value === undefined || value === null) return []
  return listedNames(value).flatMap((name) => {
    const path = typeof name === 'string' ? name.trim().replace(/^[-+]/, '') : undefined
    if (path === '') return []
    const leaf = path === undefined ? undefined : resolveInCollection(payload, collection, path)
    return leaf && leaf.rule !== 'polymorphic'
      ? []
      : [{ path: parameter, message: m.unknownField(String(name)) }]
  })
}
