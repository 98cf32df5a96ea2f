import { getTranslation } from '@payloadcms/translations'
import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import { idOf } from '../../utilities/idOf'
import { type Leaf, leafOf } from './fields'
import type { Check, Messages, Problem } from './messages'
import { hasNul, isDate, isId, isNumeric, isPlainObject, nulIn } from './values'

/** A related document the data points to, checked to exist once the whole body is read. */
type Reference = { collection: string; id: unknown; path: string; label?: string }

type Walk = {
  req: PayloadRequest
  m: Messages
  problems: Problem[]
  references: Reference[]
}

/** The field's label in the caller's language, as Payload's own validation errors give it. */
const labelOf = (walk: Walk, field: FlattenedField) =>
  field.label ? getTranslation(field.label, walk.req.i18n) : undefined

/**
 * Rich text as the editor writes it: a `root` whose nodes are objects with a `type`, children in
 * arrays, text as text; a document it links to or shows (internal link, upload, relationship) is
 * a collection's valid id, noted to be looked up. Payload's own walk throws on anything else (a
 * 500), and a link to an id past PostgreSQL's integers broke every read that filled it in.
 */
const richTextProblem = (walk: Walk, field: FlattenedField, value: unknown, path: string) => {
  const { m } = walk
  if (!isPlainObject(value) || !isPlainObject(value.root)) return m.richText
  const slugs = walk.req.payload.config.collections.map((c) => c.slug)
  const visit = (node: unknown, depth: number): string | undefined => {
    if (!isPlainObject(node) || typeof node.type !== 'string' || depth > 64) return m.richText
    if (node.type === 'text' && typeof node.text !== 'string') return m.richText
    if (node.children !== undefined) {
      if (!Array.isArray(node.children)) return m.richText
      for (const child of node.children) {
        const problem = visit(child, depth + 1)
        if (problem) return problem
      }
    }
    const fields = isPlainObject(node.fields) ? node.fields : undefined
    const target =
      (node.type === 'link' || node.type === 'autolink') && fields?.linkType === 'internal'
        ? fields.doc
        : node.type === 'upload' || node.type === 'relationship'
          ? node
          : undefined
    if (target === undefined) return undefined
    const id = isPlainObject(target) ? idOf(target.value) : undefined
    if (
      !isPlainObject(target) ||
      !(slugs as string[]).includes(target.relationTo as string) ||
      !isId(id)
    )
      return m.relation(slugs)
    return noteReference(walk, field, target.relationTo as string, id, path)
  }
  return visit({ ...value.root, type: 'root' }, 0)
}

const maxLengthOf = (walk: Walk, field: FlattenedField) =>
  (field as { maxLength?: number }).maxLength ??
  walk.req.payload.config.defaultMaxTextLength ??
  Infinity

/** A relation to look up once the walk is done: it passes for now. */
const noteReference = (
  walk: Walk,
  field: FlattenedField,
  collection: string,
  id: Reference['id'],
  path: string,
): undefined => {
  walk.references.push({ collection, id, path, label: labelOf(walk, field) })
  return undefined
}

/** Why one value cannot be stored in the field, or nothing; relations are noted to be looked up. */
const valueProblem = (
  walk: Walk,
  field: FlattenedField,
  leaf: Leaf,
  value: unknown,
  path: string,
): string | undefined => {
  const { m } = walk
  switch (leaf.rule) {
    case 'text': {
      if (typeof value !== 'string') return m.text
      if (hasNul(value)) return m.nul
      const max = maxLengthOf(walk, field)
      return value.length > max ? m.tooLong(max) : undefined
    }
    case 'number':
      return isNumeric(value) ? undefined : m.number
    case 'date':
      return isDate(value) ? undefined : m.date
    case 'boolean':
      return typeof value === 'boolean' ? undefined : m.boolean
    case 'option':
      return typeof value === 'string' && leaf.options.includes(value)
        ? undefined
        : m.option(value, leaf.options)
    case 'id': {
      // A relation is an id, or the related document itself as read with depth > 0.
      const id = idOf(value)
      if (!isId(id)) return m.id
      return noteReference(walk, field, (field as { relationTo: string }).relationTo, id, path)
    }
    case 'polymorphic': {
      const id = isPlainObject(value) ? idOf(value.value) : undefined
      if (!isPlainObject(value) || !leaf.options.includes(value.relationTo as string) || !isId(id))
        return m.relation(leaf.options)
      return noteReference(walk, field, value.relationTo as string, id, path)
    }
    case 'json':
      if (field.type === 'richText') {
        const problem = richTextProblem(walk, field, value, path)
        if (problem) return problem
      }
      return nulIn(value) ? m.nul : undefined
    case 'point':
      return Array.isArray(value) &&
        value.length === 2 &&
        value.every((n) => typeof n === 'number' && Number.isFinite(n))
        ? undefined
        : m.point
  }
}

const checkLeaf = (walk: Walk, field: FlattenedField, leaf: Leaf, value: unknown, path: string) => {
  const report = (at: string, message: string | undefined) => {
    if (message) walk.problems.push({ path: at, message, label: labelOf(walk, field) })
  }
  if (!leaf.hasMany) return report(path, valueProblem(walk, field, leaf, value, path))
  if (!Array.isArray(value)) return report(path, walk.m.list)
  value.forEach((v, i) =>
    report(`${path}.${i}`, valueProblem(walk, field, leaf, v, `${path}.${i}`)),
  )
}

const checkRows = (walk: Walk, fields: FlattenedField[], value: unknown, path: string) => {
  if (!Array.isArray(value)) {
    walk.problems.push({ path, message: walk.m.list })
    return
  }
  value.forEach((row, i) => {
    if (isPlainObject(row)) checkFields(walk, fields, row, `${path}.${i}.`)
    else walk.problems.push({ path: `${path}.${i}`, message: walk.m.object })
  })
}

// Payload's own timestamps: NOT NULL columns that no `required` protects.
const TIMESTAMPS = new Set(['createdAt', 'updatedAt'])

const checkField = (walk: Walk, field: FlattenedField, value: unknown, path: string) => {
  if (value === null) {
    if (TIMESTAMPS.has(path))
      walk.problems.push({ path, message: walk.m.date, label: labelOf(walk, field) })
    return
  }
  if (field.type === 'array') return checkRows(walk, field.flattenedFields, value, path)
  if (field.type === 'group' || field.type === 'tab') {
    if (isPlainObject(value)) checkFields(walk, field.flattenedFields, value, `${path}.`)
    else walk.problems.push({ path, message: walk.m.object })
    return
  }
  const leaf = leafOf(field)
  // Blocks (none in this project) and joins (never written) are left to Payload.
  if (leaf) checkLeaf(walk, field, leaf, value, path)
}

/**
 * A localized field written in every locale at once (`?locale=all`): `{ fr: …, en: … }`. A plain
 * value there is refused: Payload would answer 200 and store nothing of it.
 */
const perLocale = (
  walk: Walk,
  field: FlattenedField,
  value: unknown,
  path: string,
): Array<[string, unknown]> => {
  const { config } = walk.req.payload
  const codes = config.localization ? config.localization.localeCodes : []
  if (!('localized' in field && field.localized && walk.req.locale === 'all')) return [['', value]]
  if (isPlainObject(value) && Object.keys(value).every((k) => codes.includes(k)))
    return Object.entries(value).map(([code, v]) => [`.${code}`, v])
  walk.problems.push({ path, message: walk.m.perLocale(codes) })
  return []
}

const checkFields = (
  walk: Walk,
  fields: FlattenedField[],
  data: Record<string, unknown>,
  prefix: string,
) => {
  for (const field of fields) {
    if (data[field.name] === undefined) continue
    // Payload's admin sends an array left without rows as its row count, 0; a client may send
    // null: both mean [] (Payload's writer throws on null, a 500).
    if (field.type === 'array' && (data[field.name] === 0 || data[field.name] === null))
      data[field.name] = []
    const path = `${prefix}${field.name}`
    for (const [locale, value] of perLocale(walk, field, data[field.name], path))
      checkField(walk, field, value, `${path}${locale}`)
  }
}

/** The related documents that do not exist: one query per related collection, in the request's transaction. */
const missingDocuments = async (walk: Walk): Promise<Problem[]> => {
  const byCollection = new Map<string, Reference[]>()
  for (const r of walk.references)
    byCollection.set(r.collection, [...(byCollection.get(r.collection) ?? []), r])
  const missing: Problem[] = []
  for (const [collection, references] of byCollection) {
    const ids = [...new Set(references.map((r) => Number(r.id)))]
    const { docs } = await walk.req.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: ids } },
      select: {},
      depth: 0,
      pagination: false,
      req: walk.req,
      overrideAccess: true,
    })
    const found = new Set(docs.map((d) => Number(d.id)))
    for (const r of references)
      if (!found.has(Number(r.id)))
        missing.push({ path: r.path, label: r.label, message: walk.m.missing(collection, r.id) })
  }
  return missing
}

/**
 * What is wrong with the data of a create or update, drafts included: drafts may leave required
 * fields empty, but what they hold must be storable (an option that exists, a related document
 * that exists, a date, text without NUL and within its length…). Fields are checked against the
 * collection's own config; unknown keys are left to Payload, which ignores them.
 */
export const dataProblems: Check<unknown> = async (req, collection, data, m) => {
  if (!isPlainObject(data)) return [{ path: 'data', message: m.data }]
  const walk: Walk = { req, m, problems: [], references: [] }
  if (data.id !== undefined && data.id !== null && !isId(data.id))
    walk.problems.push({ path: 'id', message: m.id })
  checkFields(walk, collection.flattenedFields, data, '')
  return [...walk.problems, ...(await missingDocuments(walk))]
}

/** Login, forgotten and reset passwords, unlock: an object whose texts PostgreSQL can compare. */
export const credentialsProblems = (data: unknown, m: Messages): Problem[] =>
  isPlainObject(data)
    ? Object.entries(data).flatMap(([key, value]) =>
        nulIn(value) ? [{ path: key, message: m.nul }] : [],
      )
    : [{ path: 'data', message: m.data }]
