import type { Field } from 'payload'

type Raw = Record<string, unknown>

/** Which locales a read falls back to, as Payload resolves it: none, one, or an ordered list. */
export type Fallback = string | string[] | false | null | undefined

// Payload's own rule (fields/hooks/afterRead/promise.js): text is empty when '' too, any other
// value only when missing; a fallback value that is falsy is not taken.
const isEmpty = (value: unknown, type: Field['type']) =>
  value === undefined ||
  value === null ||
  ((type === 'text' || type === 'textarea') && value === '')

const fallbackValue = (values: Raw, fallback: Exclude<Fallback, false | null | undefined>) =>
  Array.isArray(fallback)
    ? fallback.map((l) => values[l]).find((v) => v !== undefined && v !== null && v !== '')
    : values[fallback]

const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The paths of the localized fields of `doc` (as stored: each localized value a `{ fr, en }`
 * object, before Payload flattens it) that are empty in `locale` and read from the fallback:
 * `summary`, `group.text`, `sessions.0.place`. Nothing is read but the document itself.
 */
export const fallenBackPaths = (
  fields: Field[],
  doc: Raw,
  locale: string,
  fallback: Exclude<Fallback, false | null | undefined>,
  prefix = '',
): string[] =>
  fields.flatMap((field): string[] => {
    if (field.type === 'row' || field.type === 'collapsible')
      return fallenBackPaths(field.fields, doc, locale, fallback, prefix)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? isObject(doc[tab.name])
            ? fallenBackPaths(
                tab.fields,
                doc[tab.name] as Raw,
                locale,
                fallback,
                `${prefix}${tab.name}.`,
              )
            : []
          : fallenBackPaths(tab.fields, doc, locale, fallback, prefix),
      )
    if (!('name' in field) || field.type === 'ui') return []
    const value = doc[field.name]
    const path = `${prefix}${field.name}`
    if ('localized' in field && field.localized) {
      if (!isObject(value)) return []
      const fell = isEmpty(value[locale], field.type) && Boolean(fallbackValue(value, fallback))
      return fell ? [path] : []
    }
    if (field.type === 'group' && isObject(value))
      return fallenBackPaths(field.fields, value, locale, fallback, `${path}.`)
    if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(value))
      return value.flatMap((row: unknown, i) => {
        if (!isObject(row)) return []
        const rowFields =
          field.type === 'array'
            ? field.fields
            : (field.blocks.find((b) => b.slug === row.blockType)?.fields ?? [])
        return fallenBackPaths(rowFields, row, locale, fallback, `${path}.${i}.`)
      })
    return []
  })
