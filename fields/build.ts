import type {
  CollectionSlug,
  DateField,
  Field,
  NumberField,
  RelationshipField,
  RichTextField,
  RowField,
  SelectField,
  TextareaField,
  TextField,
  UploadField,
} from 'payload'

import type { Label, Options } from './labels'

/*
 * Field builders: a field's name, its French and English label and what makes it what it is, on
 * one line; anything else (`required`, `index`, `access`…) in `more`, as Payload spells it.
 */

/** To one collection: what the builders below make (a field to several is written out). */
type ToOne<F> = Extract<F, { relationTo: CollectionSlug }>

/** What a builder's arguments give. */
type Given = 'label' | 'name' | 'options' | 'relationTo' | 'type'

/** What a field may have besides its name, label and type (per variant: `hasMany` or not). */
type More<F> = F extends unknown ? Omit<F, Given> : never

/** A builder for fields of one `type` that need nothing more than a name and a label. */
const plain =
  <F extends Field>(type: F['type']) =>
  (name: string, title: Label, more?: More<F>) =>
    ({ name, type, label: title, ...more }) as F

export const text = plain<TextField>('text')
export const textarea = plain<TextareaField>('textarea')
export const richText = plain<RichTextField>('richText')
export const number = plain<NumberField>('number')
export const date = plain<DateField>('date')

export const select = (
  name: string,
  title: Label,
  options: Options,
  more: More<SelectField> = {},
): SelectField => ({ name, type: 'select', label: title, options, ...more })

export const relationship = (
  name: string,
  title: Label,
  relationTo: CollectionSlug,
  more: More<ToOne<RelationshipField>> = {},
): RelationshipField => ({ name, type: 'relationship', label: title, relationTo, ...more })

/** Files of the media library. */
export const media = (
  name: string,
  title: Label,
  more: More<ToOne<UploadField>> = {},
): UploadField => ({ name, type: 'upload', label: title, relationTo: 'media', ...more })

/** Fields side by side in the admin. */
export const row = (...fields: Field[]): RowField => ({ type: 'row', fields })
