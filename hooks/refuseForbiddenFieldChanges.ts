import {
  flattenTopLevelFields,
  type CollectionBeforeOperationHook,
  type FieldAffectingData,
} from 'payload'

import { translations } from '../fields/translations'
import { Refusal } from '../src/utilities/refusal'
import { translate } from '../src/utilities/translator'

const message = (language: string | undefined, field: string) =>
  translate(translations, language)('validation:forbiddenField', { field })

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * Payload silently drops a value that field access forbids; through the API that hides a refusal.
 * This answers 403 naming the field instead, when the value would actually change (re-sending
 * the value already there, as the admin form does for read-only fields, stays allowed). A
 * duplicate is judged on the copy it makes: a forbidden field would carry the original's value,
 * which the caller may not set on a new document.
 */
export const refuseForbiddenFieldChanges: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if ((operation !== 'create' && operation !== 'update') || args.overrideAccess || !args.data)
    return args
  const data = args.data as Record<string, unknown>
  const id = 'id' in args ? (args.id as number | string | undefined) : undefined
  const duplicateOf =
    operation === 'create'
      ? (args as { duplicateFromID?: number | string }).duplicateFromID
      : undefined
  const guarded = (flattenTopLevelFields(collection.fields) as FieldAffectingData[]).filter(
    (field): field is FieldAffectingData & { name: string } =>
      Boolean(
        field.access?.[operation] &&
        field.name &&
        (field.name in data || duplicateOf !== undefined),
      ),
  )
  if (!guarded.length) return args

  const stored = operation === 'update' ? id : duplicateOf
  const current =
    stored !== undefined
      ? ((await req.payload.findByID({
          collection: collection.slug,
          id: stored,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })) as Record<string, unknown> | null)
      : undefined
  for (const field of guarded) {
    const allowed = await field.access![operation]!({ req, data, doc: current ?? undefined, id })
    if (allowed) continue
    const fallback = typeof field.defaultValue === 'function' ? undefined : field.defaultValue
    const before = operation === 'create' ? fallback : current?.[field.name]
    const after = field.name in data ? data[field.name] : current?.[field.name]
    // A bulk update (no id) has nothing to compare with: any value of a forbidden field is refused.
    const bulk = operation === 'update' && id === undefined
    if (bulk || !same(after, before)) throw new Refusal(message(req.i18n?.language, field.name))
  }
  return args
}
