import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import type { z } from 'zod'

/** Resolves a seed reference (a slug, an INSEE code…) to the ID of the document it names. */
export type Ref = (collection: CollectionSlug, key: string | number) => number | string

/**
 * `record` with its references resolved: each field named in `targets` holds a key (or a list of
 * keys) of a record of that collection; a field left out becomes `null`.
 */
export const withRefs = <T extends object>(
  record: T,
  ref: Ref,
  targets: Partial<Record<keyof T & string, CollectionSlug>>,
) => ({
  ...record,
  ...Object.fromEntries(
    Object.entries(targets).map(([field, collection]) => {
      const keys = (record as Record<string, unknown>)[field] as
        string | number | Array<string | number> | undefined
      const resolve = (key: string | number) => ref(collection as CollectionSlug, key)
      return [
        field,
        keys === undefined || keys === ''
          ? null
          : Array.isArray(keys)
            ? keys.map(resolve)
            : resolve(keys),
      ]
    }),
  ),
})

/** One data file of the seed: its records, their schema, and how they become documents. */
// A list of sets holds records of different types, each set typed by its own schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SeedSet<T = any> = {
  /** Where the records live, for error messages (e.g. `seed/data/members.ts`). */
  file: string
  collection: CollectionSlug
  schema: z.ZodType<T>
  records: readonly unknown[]
  /** The fields of the document that identify it across runs (after `toData`). */
  key: string[]
  /** The value other records use to point at this one (`ref(collection, value)`). */
  refKey: (record: T) => string | number
  toData: (record: T, ref: Ref) => Record<string, unknown>
  /** Fields written on create only (a password is never read back to compare). */
  createOnly?: (record: T) => Record<string, unknown>
}

/** A data file's set, typed by its own records. */
export const defineSeedSet = <T>(definition: SeedSet<T>): SeedSet<T> => definition

export const bySlug = <T extends { slug: string }>(record: T) => record.slug

export type SeedReport = Record<string, { created: string[]; updated: string[]; unchanged: number }>

export class SeedError extends Error {
  override name = 'SeedError'
}

/** What Payload's ValidationError carries: the fields at fault. */
type PayloadValidationError = Error & {
  data?: { errors?: Array<{ path: string; message: string }> }
}

type Parsed = { set: SeedSet; record: unknown; refKey: string | number }

/** Checks every record of every file, and every reference between them, before any write. */
export const validateSeed = (sets: SeedSet[]): Parsed[][] => {
  const parsed = sets.map((set) =>
    set.records.map((raw, index) => {
      const result = set.schema.safeParse(raw)
      if (!result.success) {
        const issue = result.error.issues[0]!
        const name =
          (raw as { slug?: string; code?: string; email?: string })?.slug ??
          (raw as { code?: string }).code ??
          (raw as { email?: string }).email ??
          `#${index + 1}`
        throw new SeedError(
          `${set.file}: record ${index + 1} (${name}), field ${issue.path.join('.') || '(record)'}: ${issue.message}`,
        )
      }
      return { set, record: result.data, refKey: set.refKey(result.data) }
    }),
  )
  const known = new Map<string, Set<string>>()
  for (const entry of parsed.flat()) {
    const keys = known.get(entry.set.collection) ?? new Set<string>()
    keys.add(String(entry.refKey))
    known.set(entry.set.collection, keys)
  }
  // Dry run of toData: every reference must name a record of the seed.
  for (const entry of parsed.flat()) {
    const check: Ref = (collection, key) => {
      if (!known.get(collection)?.has(String(key))) {
        throw new SeedError(
          `${entry.set.file}: record ${entry.refKey}, reference to ${collection} "${key}": no such record in the seed`,
        )
      }
      return 0
    }
    entry.set.toData(entry.record, check)
  }
  return parsed
}

const isLocalized = (value: unknown): value is { fr: unknown; en?: unknown } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'fr' in value

/** The document's data in one locale: localized values `{ fr, en }` become that locale's text. */
const inLocale = (data: Record<string, unknown>, locale: 'fr' | 'en') => {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(data)) {
    if (isLocalized(value)) {
      if (value[locale] !== undefined) out[name] = value[locale]
    } else if (locale === 'fr') {
      out[name] = value
    }
  }
  return out
}

/** A plain value for a localized field is its French text (the source document is French). */
const asLocalized = (
  payload: Payload,
  collection: CollectionSlug,
  data: Record<string, unknown>,
) => {
  const localizedFields = payload.collections[collection].config.flattenedFields
    .filter((field) => 'localized' in field && field.localized)
    .map((field) => field.name)
  return Object.fromEntries(
    Object.entries(data).map(([name, value]) =>
      localizedFields.includes(name) && !isLocalized(value) && value !== undefined
        ? [name, { fr: value }]
        : [name, value],
    ),
  )
}

const sameDate = (a: string, b: unknown) =>
  typeof b === 'string' && !Number.isNaN(Date.parse(a)) && Date.parse(a) === Date.parse(b)

/** Whether everything the seed wants is already in the stored document (extra keys ignored). */
export const contains = (stored: unknown, wanted: unknown): boolean => {
  if (wanted === null || wanted === undefined) return stored === null || stored === undefined
  if (Array.isArray(wanted)) {
    return (
      Array.isArray(stored) &&
      stored.length === wanted.length &&
      wanted.every((item, i) => contains(stored[i], item))
    )
  }
  if (typeof wanted === 'object') {
    if (typeof stored !== 'object' || stored === null) return false
    return Object.entries(wanted).every(([key, value]) =>
      contains((stored as Record<string, unknown>)[key], value),
    )
  }
  if (typeof wanted === 'number') return Number(stored) === wanted
  if (typeof wanted === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(wanted))
    return sameDate(wanted, stored)
  return stored === wanted
}

const keyWhere = (data: Record<string, unknown>, key: string[]): Where => ({
  and: key.map((field) => {
    const value = data[field]
    const plain = isLocalized(value) ? value.fr : value
    return plain === null || plain === undefined
      ? { [field]: { exists: false } }
      : { [field]: { equals: plain } }
  }),
})

/**
 * Loads the sets in order, in one transaction: a record that matches its key and already holds
 * the seed's values is left alone, one that differs is updated, a missing one is created.
 */
export const loadSeed = async (payload: Payload, sets: SeedSet[]): Promise<SeedReport> => {
  const parsed = validateSeed(sets)
  const ids = new Map<string, number | string>()
  const ref: Ref = (collection, key) => {
    const id = ids.get(`${collection}:${key}`)
    if (id === undefined)
      throw new SeedError(`reference to ${collection} "${key}" before it was loaded`)
    return id
  }
  const report: SeedReport = {}
  const req: PayloadRequest = await createLocalReq({}, payload)
  const loadRecord = async (set: SeedSet, record: unknown, refKey: string | number) => {
    const line = (report[set.collection] ??= { created: [], updated: [], unchanged: 0 })
    const data = asLocalized(payload, set.collection, set.toData(record, ref))
    const drafts = Boolean(payload.collections[set.collection].config.versions?.drafts)
    const published = drafts ? { _status: 'published' } : {}
    const { docs } = await payload.find({
      collection: set.collection,
      where: keyWhere(data, set.key),
      // The seed's own record is the first made with its key: a later copy (a budget line a pilot
      // duplicated) is the network's, never rewritten by the seed.
      sort: 'id',
      locale: 'all',
      depth: 0,
      limit: 1,
      pagination: false,
      req,
    })
    let id = docs[0]?.id
    if (id === undefined) {
      const created = await payload.create({
        collection: set.collection,
        data: { ...inLocale(data, 'fr'), ...set.createOnly?.(record), ...published } as never,
        locale: 'fr',
        req,
      })
      id = created.id
      line.created.push(String(refKey))
    } else if (!contains(docs[0], { ...data, ...published })) {
      await payload.update({
        collection: set.collection,
        id,
        data: { ...inLocale(data, 'fr'), ...published } as never,
        locale: 'fr',
        req,
      })
      line.updated.push(String(refKey))
    } else {
      line.unchanged++
      ids.set(`${set.collection}:${refKey}`, id)
      return
    }
    const english = inLocale(data, 'en')
    if (Object.keys(english).length > 0) {
      await payload.update({
        collection: set.collection,
        id,
        data: { ...english, ...published } as never,
        locale: 'en',
        req,
      })
    }
    ids.set(`${set.collection}:${refKey}`, id)
  }

  await initTransaction(req)
  try {
    for (const entries of parsed) {
      for (const { set, record, refKey } of entries) {
        await loadRecord(set, record, refKey).catch((error: PayloadValidationError) => {
          const fields = error.data?.errors?.map((e) => `${e.path}: ${e.message}`).join('; ')
          throw new SeedError(`${set.file}: record ${refKey}: ${fields ?? error.message}`)
        })
      }
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return report
}
