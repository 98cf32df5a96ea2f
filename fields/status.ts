import type { SelectField } from 'payload'

import { label, type Label, type Options } from './labels'

/**
 * Where a document stands in its own workflow: a required, indexed select that starts at
 * `defaultValue` (one of `options`). A collection with drafts passes `enumName`: Payload names the
 * drafts' `_status` enum after the collection too, and the two must be kept apart.
 */
export const statusField = <Value extends string>({
  options,
  defaultValue,
  enumName,
  title = label('État', 'Status'),
}: {
  options: Options<Value>
  defaultValue: NoInfer<Value>
  enumName?: string
  title?: Label
}): SelectField => ({
  name: 'status',
  type: 'select',
  ...(enumName && { enumName }),
  required: true,
  index: true,
  defaultValue,
  label: title,
  options,
})
