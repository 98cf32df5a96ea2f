import { getTranslation } from '@payloadcms/translations'
import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import { idOf, sameId } from '../../utilities/idOf'
import { inLocale } from '../../utilities/inLocale'
import { Refusal } from '../../utilities/refusal'
import { isUnbound, type DelegationContext } from './access'
import { covers, editableFunctions, periodOf, type Delegation } from './delegations'
import { t } from './translations'

type Doc = Record<string, unknown>

/** A localized value (read with locale `all`) in the reader's language, French otherwise. */
const inReadersLanguage = (req: PayloadRequest, value: unknown): string | undefined => {
  if (value && typeof value === 'object') {
    const byLocale = value as Record<string, unknown>
    const text = byLocale[req.i18n.language] ?? byLocale.fr ?? Object.values(byLocale)[0]
    return typeof text === 'string' ? text : undefined
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

type PilotRow = Omit<Delegation, 'function' | 'row' | 'collections'> & {
  organisation?: unknown
  collections?: string[] | null
}

type FunctionAndPilots = { title: string; pilots: string[] }

// A bulk request explains many documents of a few functions: each function is read once.
const perRequest = new WeakMap<PayloadRequest, Map<string, Promise<FunctionAndPilots>>>()

/** A function's title in the reader's language, and who pilots it today for `ctx.slug`. */
export const functionAndPilots = (
  req: PayloadRequest,
  ctx: DelegationContext,
  fn: number | string,
): Promise<FunctionAndPilots> => {
  let known = perRequest.get(req)
  if (!known) perRequest.set(req, (known = new Map()))
  const key = `${ctx.slug}:${fn}`
  let pending = known.get(key)
  if (!pending) known.set(key, (pending = readFunctionAndPilots(req, ctx, fn)))
  return pending
}

const readFunctionAndPilots = async (
  req: PayloadRequest,
  ctx: DelegationContext,
  fn: number | string,
): Promise<FunctionAndPilots> => {
  const found = (await req.payload.findByID({
    collection: ctx.options.functions,
    id: fn,
    depth: 1,
    req: inLocale(req, 'all'),
    overrideAccess: true,
    disableErrors: true,
  })) as { title?: unknown; pilots?: PilotRow[] } | null
  const pilots = (found?.pilots ?? [])
    .filter(
      (row) =>
        periodOf(ctx.options.timeZone, row) === 'current' &&
        covers({ ...row, collections: row.collections ?? [] } as Delegation, ctx.slug),
    )
    .map((row) => row.organisation as { name?: unknown } | undefined)
    .map((organisation) => inReadersLanguage(req, organisation?.name))
    .filter((name): name is string => Boolean(name))
  return { title: inReadersLanguage(req, found?.title) ?? String(fn), pilots: [...new Set(pilots)] }
}

/** « seules la coordination et Collectif Ville Campagne peuvent y écrire », or the coordination alone. */
const whoWrites = (req: PayloadRequest, pilots: string[]) =>
  pilots.length
    ? t(req, 'delegation:whoWritesWithPilots', {
        organisations: new Intl.ListFormat(req.i18n.language, { type: 'conjunction' }).format(
          pilots,
        ),
      })
    : t(req, 'delegation:whoWrites')

/**
 * Why a pilot may not write to a function's documents (creating one, or moving one there):
 * the function, and who may.
 */
export const functionNotPiloted = async (
  req: PayloadRequest,
  ctx: DelegationContext,
  fn: number | string,
) => {
  const { title, pilots } = await functionAndPilots(req, ctx, fn)
  return t(req, 'delegation:functionNotPiloted', {
    function: title,
    whoWrites: whoWrites(req, pilots),
  })
}

/** The field's and the value's labels in the reader's language, as the admin shows them. */
export const lockLabels = (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  lock: { field: string; value: string },
) => {
  const field = collection.flattenedFields.find((f) => f.name === lock.field)
  const option =
    field && 'options' in field
      ? field.options.find((o) => typeof o === 'object' && o.value === lock.value)
      : undefined
  const say = (label: unknown, fallback: string) =>
    label ? getTranslation(label as Parameters<typeof getTranslation>[0], req.i18n) : fallback
  return {
    field: say(field && 'label' in field ? field.label : undefined, lock.field),
    value: say(typeof option === 'object' ? option.label : undefined, lock.value),
  }
}

/** Why a pilot may not set the value only the coordination sets: the option's words, or the labels'. */
export const lockedValue = (
  req: PayloadRequest,
  ctx: DelegationContext,
  collection: SanitizedCollectionConfig,
) => {
  const lock = ctx.rules.lock!
  return lock.message
    ? getTranslation(lock.message, req.i18n)
    : t(req, 'delegation:valueForCoordination', lockLabels(req, collection, lock))
}

/**
 * Why the person may not write to this document, in words, or nothing when it may: it belongs
 * to no function, to a function its organisation does not pilot (for this collection), or it
 * holds the value that locks it. The same rules as `writeDelegated` (access.ts), told.
 * `subject` is how the sentence names the document: « Ce document » on the document's own page,
 * its title elsewhere.
 */
export const whyReadOnly = async (
  req: PayloadRequest,
  ctx: DelegationContext,
  collection: SanitizedCollectionConfig,
  doc: Doc,
  subject: string,
): Promise<string | undefined> => {
  if (isUnbound(ctx, req)) return undefined
  const fn = idOf(doc[ctx.options.functionField])
  if (fn === undefined) return t(req, 'delegation:documentWithoutFunction', { document: subject })
  const piloted = await editableFunctions(req, ctx.slug, ctx.options)
  if (!piloted.some((id) => sameId(id, fn))) {
    const { title, pilots } = await functionAndPilots(req, ctx, fn)
    return t(req, 'delegation:documentNotPiloted', {
      document: subject,
      function: title,
      whoWrites: whoWrites(req, pilots),
    })
  }
  const lock = ctx.rules.lock
  if (lock && doc[lock.field] === lock.value)
    return t(req, 'delegation:documentLocked', {
      document: subject,
      ...lockLabels(req, collection, lock),
    })
  return undefined
}

/** « « Note de conjoncture » (Ressource) », as a refusal names the document it concerns. */
const named = (req: PayloadRequest, collection: SanitizedCollectionConfig, doc: Doc) => {
  const title = inReadersLanguage(req, doc[collection.admin?.useAsTitle ?? 'id']) ?? String(doc.id)
  return t(req, 'delegation:namedDocument', {
    title,
    collection: getTranslation(collection.labels.singular, req.i18n),
  })
}

/** What the explanations need of a document: its function, its lock, its title. */
const fieldsToRead = (ctx: DelegationContext, collection: SanitizedCollectionConfig) => ({
  [ctx.options.functionField]: true as const,
  [collection.admin?.useAsTitle ?? 'id']: true as const,
  ...(ctx.rules.lock ? { [ctx.rules.lock.field]: true as const } : {}),
})

/**
 * An update or delete by id of a document the person may read but not write is refused with
 * the reason (which function, who pilots it; or the lock), where Payload would only say
 * « not allowed ». A document it may not read gets Payload's own answer, which says nothing of it.
 */
export const explainRefusalByID =
  (ctx: DelegationContext): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, overrideAccess, req }) => {
    const id = (args as { id?: number | string }).id
    if (overrideAccess || (operation !== 'update' && operation !== 'delete') || id === undefined)
      return args
    if (isUnbound(ctx, req)) return args
    const doc = (await req.payload.findByID({
      collection: collection.slug,
      id,
      depth: 0,
      select: fieldsToRead(ctx, collection),
      req: inLocale(req, 'all'),
      overrideAccess: true,
      disableErrors: true,
    })) as Doc | null
    if (!doc) return args
    const reason = await whyReadOnly(req, ctx, collection, doc, named(req, collection, doc))
    if (!reason) return args
    const readable = await req.payload.count({
      collection: collection.slug,
      where: { id: { equals: id } },
      overrideAccess: false,
      req,
    })
    if (readable.totalDocs === 0) return args
    throw new Refusal(reason)
  }

/**
 * A bulk update or delete reaches only the documents the person may write (access.ts); the
 * others it could read and meant to change are listed in the answer's `errors` with the reason,
 * so that it is never told « 0 documents deleted successfully » as if it had worked.
 */
export const reportRefusedInBulk =
  (ctx: DelegationContext): CollectionAfterOperationHook =>
  async ({ args, collection, operation, req, result }) => {
    if (operation !== 'update' && operation !== 'delete') return result
    const where = (args as { where?: Where }).where
    const outcome = result as { docs?: Doc[]; errors?: Array<Record<string, unknown>> }
    if (args.overrideAccess || !where || !outcome?.docs || isUnbound(ctx, req)) return result
    const handled = [...outcome.docs, ...(outcome.errors ?? [])].map((d) => d.id)
    const { docs } = await req.payload.find({
      collection: collection.slug,
      where: handled.length ? { and: [where, { id: { not_in: handled } }] } : where,
      depth: 0,
      pagination: false,
      select: fieldsToRead(ctx, collection),
      req: inLocale(req, 'all'),
      overrideAccess: false,
    })
    const refused = []
    for (const doc of docs as unknown as Doc[]) {
      const reason = await whyReadOnly(req, ctx, collection, doc, named(req, collection, doc))
      if (reason) refused.push({ id: doc.id, isPublic: true, message: reason })
    }
    return refused.length
      ? ({ ...outcome, errors: [...(outcome.errors ?? []), ...refused] } as typeof result)
      : result
  }
