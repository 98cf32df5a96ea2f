import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { idOf, sameId } from '../../utilities/idOf'
import { Refusal } from '../../utilities/refusal'
import type { DelegationContext } from './access'
import { isUnbound } from './access'
import { editableFunctions } from './delegations'
import { functionNotPiloted, lockedValue } from './refusals'
import { t } from './translations'

/**
 * A pilot's write is judged on the document it makes, not on the data it sends: create,
 * duplicate (the copy of another document), a version restored (as a draft or not), a draft
 * save, and each document of a bulk update all pass here with what they send and what the
 * document was. The result must belong to a function the pilot's organisation pilots today for
 * this collection (so a draft cannot lose its function, nor take another's), the document it
 * replaces too, and it may not hold the value only the coordination sets (a validated line).
 */
export const judgeResultingDocument =
  (ctx: DelegationContext): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, operation, req }) => {
    if (isUnbound(ctx, req)) return data
    const { functionField } = ctx.options
    const resulting = (name: string) =>
      data && name in data ? (data as Record<string, unknown>)[name] : originalDoc?.[name]

    const fn = resulting(functionField)
    // An array, an object without an id or nothing at all is no function a pilot may write to.
    if (idOf(fn) === undefined || Array.isArray(fn))
      throw new ValidationError(
        {
          collection: ctx.slug,
          errors: [{ path: functionField, message: t(req, 'delegation:functionRequired') }],
        },
        req.t,
      )

    const piloted = await editableFunctions(req, ctx.slug, ctx.options)
    const pilots = (value: unknown) => piloted.some((id) => sameId(id, value))
    const before = operation === 'update' ? originalDoc?.[functionField] : undefined
    for (const value of [before, fn]) {
      if (idOf(value) === undefined || pilots(value)) continue
      // A version the pilot may not read says nothing of itself, not even its function.
      if (req.context.isRestoringVersion) throw new Refusal(t(req, 'delegation:versionNotPiloted'))
      throw new Refusal(await functionNotPiloted(req, ctx, idOf(value)!))
    }

    const lock = ctx.rules.lock
    if (lock && resulting(lock.field) === lock.value)
      throw new Refusal(lockedValue(req, ctx, collection))
    return data
  }
