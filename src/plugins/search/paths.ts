import type { CollectionConfig, Field } from 'payload'

import type { IndexedCollection } from './types'

/** The field a dotted path names (`sessions.place`), through arrays, groups, rows and tabs. */
const fieldAt = (fields: Field[], path: string[]): Field | undefined => {
  const [head, ...rest] = path
  for (const field of fields) {
    if ('name' in field && field.name === head) {
      if (!rest.length) return field
      return 'fields' in field ? fieldAt(field.fields, rest) : undefined
    }
    if (!('name' in field) && 'fields' in field) {
      const found = fieldAt(field.fields, path)
      if (found) return found
    }
    if (field.type === 'tabs') {
      const found = fieldAt(
        field.tabs.flatMap((tab) => ('name' in tab ? [] : tab.fields)),
        path,
      )
      if (found) return found
    }
  }
  return undefined
}

/** A misspelt collection or field path fails at start, not when a document is first indexed. */
export const assertIndexable = (
  collections: CollectionConfig[],
  indexed: Partial<Record<string, IndexedCollection>>,
) => {
  for (const [slug, paths] of Object.entries(indexed)) {
    const collection = collections.find((candidate) => candidate.slug === slug)
    if (!collection) throw new Error(`search plugin: no collection "${slug}" to index`)
    const named = [
      paths!.title,
      ...paths!.content,
      ...(paths!.axes ? [paths!.axes] : []),
      ...(paths!.function ? [paths!.function] : []),
      ...(paths!.regions ?? []),
    ]
    for (const path of named)
      if (!fieldAt(collection.fields, path.split('.')))
        throw new Error(`search plugin: "${slug}" has no field "${path}"`)
  }
}
