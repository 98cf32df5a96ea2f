import type { Access, CollectionConfig, FilterOptions, PayloadRequest, Where } from 'payload'

import { allOf, either } from '../../utilities/combineAccess'
import { idOf } from '../../utilities/idOf'
import { editableFunctions, personOf } from './delegations'
import type { DelegatedCollectionOptions, ResolvedOptions } from './types'

type Context = {
  slug: string
  rules: DelegatedCollectionOptions
  options: ResolvedOptions
}

const inFunctions = (path: string, ids: Array<number | string>): Where => ({ [path]: { in: ids } })

const notLocked = ({ rules }: Context): Where | undefined =>
  rules.lock ? { [rules.lock.field]: { not_equals: rules.lock.value } } : undefined

/** Drafts (and whatever else the collection keeps from its readers) of the functions piloted today. */
const readDelegated =
  (ctx: Context): Access =>
  async ({ req }) => {
    const ids = await editableFunctions(req, ctx.slug, ctx.options)
    return ids.length ? inFunctions(ctx.options.functionField, ids) : false
  }

/**
 * Creating, when the user's organisation pilots a function today for this collection. What is
 * created is judged on the document made (resultingDocument.ts): the data sent says too little
 * (a duplicate or a restored version brings the rest).
 */
const createInDelegatedFunction =
  (ctx: Context): Access =>
  async ({ req }) =>
    (await editableFunctions(req, ctx.slug, ctx.options)).length > 0

/** Updating or deleting the documents of the functions piloted today, never past a lock. */
const writeDelegated =
  (ctx: Context): Access =>
  async ({ req }) => {
    const ids = await editableFunctions(req, ctx.slug, ctx.options)
    return ids.length ? allOf(inFunctions(ctx.options.functionField, ids), notLocked(ctx)) : false
  }

/** Versions hold the document under `version`. */
const readDelegatedVersions =
  (ctx: Context): Access =>
  async ({ req }) => {
    const ids = await editableFunctions(req, ctx.slug, ctx.options)
    return ids.length ? inFunctions(`version.${ctx.options.functionField}`, ids) : false
  }

/**
 * The collection's own access (the coordination; what every reader sees) stays as it is; the
 * delegation adds what the pilots of each function may do.
 */
export const delegatedAccess = (
  ctx: Context,
  own: CollectionConfig['access'] = {},
): CollectionConfig['access'] => ({
  ...own,
  read: either(own.read, readDelegated(ctx)),
  create: either(own.create, createInDelegatedFunction(ctx)),
  update: either(own.update, writeDelegated(ctx)),
  delete: either(own.delete, writeDelegated(ctx)),
  readVersions: either(own.readVersions, readDelegatedVersions(ctx)),
})

/**
 * Field rules bind users; a write without a user is the server's own (the seed), which access
 * control has already let through.
 */
export const isUnbound = (ctx: Context, req: PayloadRequest) =>
  !personOf(req, ctx.options) || ctx.options.isCoordinator({ req })

/**
 * Pickers offer a pilot only the functions it may use for this collection, and the document's
 * own function, so that a document it may only read still shows it (the write itself is judged
 * in resultingDocument.ts, before any field's validation).
 */
export const delegatedFunctions =
  (ctx: Context): Extract<FilterOptions, (...args: never[]) => unknown> =>
  async ({ req, siblingData }) => {
    if (isUnbound(ctx, req)) return true
    const ids = await editableFunctions(req, ctx.slug, ctx.options)
    const own = idOf(
      (siblingData as Record<string, unknown> | undefined)?.[ctx.options.functionField],
    )
    return inFunctions('id', own === undefined ? ids : [...new Set([...ids, own])])
  }

/** A pilot of a single function for this collection finds it already chosen. */
export const onlyDelegatedFunction = async (ctx: Context, req: PayloadRequest) => {
  if (isUnbound(ctx, req)) return undefined
  const functions = await editableFunctions(req, ctx.slug, ctx.options)
  return functions.length === 1 ? functions[0] : undefined
}

export type { Context as DelegationContext }
