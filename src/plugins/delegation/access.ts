import type { Access, CollectionConfig, FilterOptions, PayloadRequest, Where } from 'payload'

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

const and = (...wheres: Array<Where | undefined>): Where => {
  const parts = wheres.filter((w): w is Where => Boolean(w))
  return parts.length === 1 ? parts[0]! : { and: parts }
}

/** Incoming data a pilot may not send: a function it does not pilot, or the locking value. */
const refusedData = (ctx: Context, ids: Array<number | string>, data: Record<string, unknown> | undefined) => {
  if (!data) return false
  const fn = idOf(data[ctx.options.functionField])
  if (fn !== undefined && !ids.some((id) => String(id) === String(fn))) return true
  return Boolean(ctx.rules.lock && data[ctx.rules.lock.field] === ctx.rules.lock.value)
}

/** Shared content to all, the rest to those who may edit it (DESIGN, delegation rule 4). */
const readSharedOrDelegated =
  (ctx: Context): Access =>
  async ({ req }) => {
    if (ctx.options.isCoordinator({ req })) return true
    if (!personOf(req, ctx.options) && ctx.rules.signedInOnly) return false
    if (!ctx.rules.shared) return true
    const ids = await editableFunctions(req, ctx.slug, ctx.options)
    return ids.length ? { or: [ctx.rules.shared, inFunctions(ctx.options.functionField, ids)] } : ctx.rules.shared
  }

/** Creating in a function the user's organisation pilots today for this collection. */
const createInDelegatedFunction =
  (ctx: Context): Access =>
  async ({ req, data }) => {
    if (ctx.options.isCoordinator({ req })) return true
    const ids = await editableFunctions(req, ctx.slug, ctx.options)
    // Without data Payload asks whether to show "create" at all.
    return ids.length > 0 && !refusedData(ctx, ids, data)
  }

/**
 * Updating or deleting the documents of the functions piloted today, never moving one to a
 * function not piloted, never past a lock.
 */
const writeDelegated =
  (ctx: Context): Access =>
  async ({ req, data }) => {
    if (ctx.options.isCoordinator({ req })) return true
    const ids = await editableFunctions(req, ctx.slug, ctx.options)
    if (!ids.length || refusedData(ctx, ids, data)) return false
    return and(inFunctions(ctx.options.functionField, ids), notLocked(ctx))
  }

/** Versions hold the document under `version`. */
const readDelegatedVersions =
  (ctx: Context): Access =>
  async ({ req }) => {
    if (ctx.options.isCoordinator({ req })) return true
    const ids = await editableFunctions(req, ctx.slug, ctx.options)
    return ids.length ? inFunctions(`version.${ctx.options.functionField}`, ids) : false
  }

export const delegatedAccess = (ctx: Context): CollectionConfig['access'] => ({
  read: readSharedOrDelegated(ctx),
  create: createInDelegatedFunction(ctx),
  update: writeDelegated(ctx),
  delete: writeDelegated(ctx),
  readVersions: readDelegatedVersions(ctx),
})

/**
 * Field rules bind users; a write without a user is the server's own (the seed), which access
 * control has already let through.
 */
export const isUnbound = (ctx: Context, req: PayloadRequest) => !req.user || ctx.options.isCoordinator({ req })

/** Pickers offer a pilot only the functions it may use for this collection. */
export const delegatedFunctions =
  (ctx: Context): Extract<FilterOptions, (...args: never[]) => unknown> =>
  async ({ req }) => {
    if (isUnbound(ctx, req)) return true
    return inFunctions('id', await editableFunctions(req, ctx.slug, ctx.options))
  }

export type { Context as DelegationContext }
