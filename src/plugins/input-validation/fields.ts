import {
  buildVersionCollectionFields,
  type FlattenedField,
  type Option,
  type Payload,
  type SanitizedCollectionConfig,
} from 'payload'

/**
 * What a query path ends on, reduced to what its values must be: an id, a number, an option of
 * a list… `hasMany` fields store several values (each row of a join table).
 */
export type Leaf =
  | { rule: 'id' | 'number' | 'date' | 'boolean' | 'json' | 'point'; hasMany?: boolean }
  | { rule: 'text'; hasMany?: boolean }
  | { rule: 'option'; options: string[]; hasMany?: boolean }
  | { rule: 'polymorphic'; options: string[]; hasMany?: boolean }

const ID: Leaf = { rule: 'id' }

export const optionValues = (options: Option[]) =>
  options.map((o) => (typeof o === 'string' ? o : o.value))

/** The leaf a field is, or nothing for fields holding other fields (arrays, groups, tabs, blocks, joins). */
export const leafOf = (field: FlattenedField): Leaf | undefined => {
  switch (field.type) {
    case 'text':
      return { rule: 'text', hasMany: field.hasMany }
    case 'textarea':
    case 'email':
    case 'code':
      return { rule: 'text' }
    case 'number':
      return { rule: 'number', hasMany: field.hasMany }
    case 'date':
      return { rule: 'date' }
    case 'checkbox':
      return { rule: 'boolean' }
    case 'select':
      return { rule: 'option', options: optionValues(field.options), hasMany: field.hasMany }
    case 'radio':
      return { rule: 'option', options: optionValues(field.options) }
    case 'relationship':
    case 'upload':
      return Array.isArray(field.relationTo)
        ? { rule: 'polymorphic', options: field.relationTo, hasMany: field.hasMany }
        : { rule: 'id', hasMany: field.hasMany }
    case 'richText':
    case 'json':
      return { rule: 'json' }
    case 'point':
      return { rule: 'point' }
    default:
      return undefined
  }
}

// A field computed as it is read (`virtual: true`: `_fallback`, `bodyHtml`) has no column to filter
// or sort on; Payload refuses it with an error of its own shape, logged as a failure.
const isHidden = (field: FlattenedField) =>
  Boolean((field as { hidden?: boolean }).hidden) ||
  (field as { virtual?: boolean | string }).virtual === true

/** A polymorphic relationship is queried by `<path>.value` (the id) and `<path>.relationTo`. */
const polymorphicPart = (collections: string[], part: string | undefined): Leaf | undefined =>
  part === 'value'
    ? ID
    : part === 'relationTo'
      ? { rule: 'option', options: collections }
      : undefined

/**
 * What a query path goes through on its way: each field it names, and each collection it enters
 * through a relationship (`proceedings.title` enters `resources`).
 */
export type Step = { field: FlattenedField } | { collection: string }

/**
 * The leaf a dotted query path (`title`, `sessions.startsAt`, `function.slug`, `title.en`)
 * reaches from `fields`, following relationships into the collections they point to, or
 * nothing when the path names no field a caller may query. Hidden and computed fields count as
 * absent.
 * `trail` receives the steps taken.
 */
export const resolvePath = (
  payload: Payload,
  fields: FlattenedField[],
  segments: string[],
  trail: Step[] = [],
): Leaf | undefined => {
  const [name, ...rest] = segments
  const field = fields.find((f) => f.name === name && !isHidden(f))
  if (!field) return name === 'id' && rest.length === 0 ? ID : undefined
  trail.push({ field })
  if (rest.length === 0) return leafOf(field)
  switch (field.type) {
    case 'group':
    case 'tab':
    case 'array':
      return resolvePath(payload, field.flattenedFields, rest, trail)
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo))
        return rest.length === 1 ? polymorphicPart(field.relationTo, rest[0]) : undefined
      const related = payload.collections[field.relationTo]?.config
      // `function.id` is the relationship's own column: nothing of the related document is read.
      if (related && rest.length === 1 && rest[0] === 'id') return ID
      if (related) trail.push({ collection: related.slug })
      return related && resolvePath(payload, related.flattenedFields, rest, trail)
    }
    default: {
      // `title.en`: one locale of a localized field.
      const locales = payload.config.localization ? payload.config.localization.localeCodes : []
      return field.localized && rest.length === 1 && locales.includes(rest[0]!)
        ? leafOf(field)
        : undefined
    }
  }
}

const versionFields = new WeakMap<SanitizedCollectionConfig, FlattenedField[]>()

/**
 * The fields a query on the collection may name: its own, and for `findVersions` (which calls
 * the same hook as `find`) those of its versions (`version.title`, `parent`, `latest`…).
 */
const queryableFields = (
  payload: Payload,
  collection: SanitizedCollectionConfig,
): FlattenedField[][] => {
  if (!collection.versions) return [collection.flattenedFields]
  let fields = versionFields.get(collection)
  if (!fields) {
    fields = buildVersionCollectionFields(payload.config, collection, true)
    versionFields.set(collection, fields)
  }
  return [collection.flattenedFields, fields]
}

/** The leaf a query path reaches in the collection (or in its versions), or nothing. GraphQL writes `a.b` as `a__b`. */
export const resolveInCollection = (
  payload: Payload,
  collection: SanitizedCollectionConfig,
  path: string,
) => traceInCollection(payload, collection, path)?.leaf

/** The leaf a query path reaches in the collection (or in its versions), and the steps it took. */
export const traceInCollection = (
  payload: Payload,
  collection: SanitizedCollectionConfig,
  path: string,
) => {
  const segments = path.replace(/__/g, '.').split('.')
  for (const fields of queryableFields(payload, collection)) {
    const trail: Step[] = []
    const leaf = resolvePath(payload, fields, segments, trail)
    if (leaf) return { leaf, trail }
  }
  return undefined
}
