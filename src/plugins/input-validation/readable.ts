import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import { type Step, traceInCollection } from './fields'
import type { Check, Problem } from './messages'
import type { OperationArgs } from './params'
import { isPlainObject } from './values'
import { listedNames } from './where'

// Access is asked once per request, whatever the number of paths naming a collection or field.
const answers = new WeakMap<PayloadRequest, Map<object | string, Promise<boolean>>>()

const once = (req: PayloadRequest, key: object | string, ask: () => Promise<boolean>) => {
  let known = answers.get(req)
  if (!known) answers.set(req, (known = new Map()))
  let answer = known.get(key)
  if (!answer) known.set(key, (answer = ask()))
  return answer
}

/**
 * Whether the caller reads the whole collection: its read access answers `true`. A `Where` (the
 * published documents, the drafts of one's functions) leaves out documents a sort or a filter
 * through a relationship would still read.
 */
const readsWholeCollection = (req: PayloadRequest, slug: string) =>
  once(req, `collection:${slug}`, async () => {
    const read = req.payload.collections[slug as CollectionSlug]?.config.access.read
    return (await read?.({ req })) === true
  })

/** Whether the field's read access lets the caller read it in every document (asked without one). */
const readsField = (req: PayloadRequest, field: FlattenedField) =>
  once(req, field, async () => {
    const read = field.access?.read
    return !read || (await read({ req })) === true
  })

const readsAll = async (req: PayloadRequest, trail: Step[]) => {
  for (const step of trail) {
    const allowed =
      'field' in step
        ? await readsField(req, step.field)
        : await readsWholeCollection(req, step.collection)
    if (!allowed) return false
  }
  return true
}

/** The field paths a `where` names, each with where it is written (`where.or.0.title`). */
const wherePaths = (where: unknown, at = 'where'): Array<{ parameter: string; path: string }> =>
  isPlainObject(where)
    ? Object.entries(where).flatMap(([key, condition]) =>
        ['and', 'or'].includes(key.toLowerCase())
          ? Array.isArray(condition)
            ? condition.flatMap((c, i) => wherePaths(c, `${at}.${key}.${i}`))
            : []
          : [{ parameter: `${at}.${key}`, path: key }],
      )
    : []

const listedPaths = (parameter: string, value: unknown) =>
  listedNames(value)
    .filter((name): name is string => typeof name === 'string')
    .map((name) => ({ parameter, path: name.trim().replace(/^[-+]/, '') }))

/**
 * Sorting and filtering read the values they use, and their answer shows them: events sorted by
 * `proceedings.title` spell out the titles of drafts the caller cannot open. So `where`, `sort`
 * and `field` name only what the caller may read: fields whose read access allows it, and
 * through a relationship, a collection the caller reads whole. Unknown paths are left to the
 * other checks.
 */
export const unreadablePathProblems: Check<OperationArgs> = async (req, collection, given, m) => {
  const named = [
    ...wherePaths(given.where),
    ...listedPaths('sort', given.sort),
    ...listedPaths('field', given.field),
  ]
  const problems: Problem[] = []
  for (const { parameter, path } of named) {
    const trace = path ? traceInCollection(req.payload, collection, path) : undefined
    if (trace && !(await readsAll(req, trace.trail)))
      problems.push({ path: parameter, message: m.unreadable(path) })
  }
  return problems
}
