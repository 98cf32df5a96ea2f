import { flattenAllFields, type Block, type FlattenedBlock, type FlattenedField } from 'payload'

import { idOf, type Id } from '../../utilities/idOf'

/** Where the media of a document may be: the collection's fields, and the blocks they may name. */
export type Schema = {
  media: string
  fields: FlattenedField[]
  /** `config.blocks`, for blocks fields that name their blocks by slug. */
  blocks: Array<Block | FlattenedBlock>
}

const pointsToMedia = (relationTo: string | string[], media: string) =>
  Array.isArray(relationTo) ? relationTo.includes(media) : relationTo === media

const blocksOf = (field: Extract<FlattenedField, { type: 'blocks' }>, schema: Schema) =>
  (field.blockReferences ?? field.blocks).flatMap((block) => {
    const found = typeof block === 'string' ? schema.blocks.find((b) => b.slug === block) : block
    return found ? [found] : []
  })

/** `config.blocks` is flattened once Payload has sanitised the config, not yet when plugins run. */
const fieldsOfBlock = (block: Block | FlattenedBlock): FlattenedField[] =>
  'flattenedFields' in block ? block.flattenedFields : flattenAllFields({ fields: block.fields })

/**
 * Whether a document of these fields can hold a medium: an upload or relationship field to the
 * media, at any depth (groups, tabs, arrays, blocks), or a rich text (Lexical embeds uploads).
 */
export const canReferenceMedia = (
  fields: FlattenedField[],
  schema: Omit<Schema, 'fields'>,
): boolean =>
  fields.some((field) => {
    switch (field.type) {
      case 'upload':
      case 'relationship':
        return pointsToMedia(field.relationTo, schema.media)
      case 'richText':
        return true
      case 'array':
      case 'group':
      case 'tab':
        return canReferenceMedia(field.flattenedFields, schema)
      case 'blocks':
        return blocksOf(field, { ...schema, fields }).some((block) =>
          canReferenceMedia(fieldsOfBlock(block), schema),
        )
      default:
        return false
    }
  })

/** Every `{ relationTo: media, value }` in a rich text: Lexical's upload, relationship and link nodes. */
const inRichText = (node: unknown, media: string, found: Set<Id>) => {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const child of node) inRichText(child, media, found)
    return
  }
  const record = node as Record<string, unknown>
  if (record.relationTo === media) {
    const id = idOf(record.value)
    if (id !== undefined) found.add(id)
  }
  for (const value of Object.values(record)) inRichText(value, media, found)
}

/** A relationship value: an id, a populated document, or `{ relationTo, value }` when polymorphic. */
const inRelationship = (value: unknown, polymorphic: boolean, media: string, found: Set<Id>) => {
  for (const item of Array.isArray(value) ? value : [value]) {
    const target = polymorphic
      ? (item as { relationTo?: string } | null)?.relationTo === media
        ? (item as { value?: unknown }).value
        : undefined
      : item
    const id = idOf(target)
    if (id !== undefined) found.add(id)
  }
}

/**
 * The media a document holds, in every locale: `data` is read with `locale: 'all'`, where a
 * localized field is `{ fr, en }`.
 */
export const mediaIn = (
  data: unknown,
  schema: Schema,
  locales: string[],
  found = new Set<Id>(),
): Set<Id> => {
  if (!data || typeof data !== 'object') return found
  const record = data as Record<string, unknown>
  for (const field of schema.fields) {
    if (!('name' in field) || !(field.name in record)) continue
    const raw = record[field.name]
    const isLocaleMap =
      'localized' in field &&
      field.localized &&
      raw &&
      typeof raw === 'object' &&
      !Array.isArray(raw)
        ? Object.keys(raw).every((key) => locales.includes(key))
        : false
    for (const value of isLocaleMap ? Object.values(raw as object) : [raw]) {
      switch (field.type) {
        case 'upload':
        case 'relationship':
          if (pointsToMedia(field.relationTo, schema.media))
            inRelationship(value, Array.isArray(field.relationTo), schema.media, found)
          break
        case 'richText':
          inRichText(value, schema.media, found)
          break
        case 'group':
        case 'tab':
          mediaIn(value, { ...schema, fields: field.flattenedFields }, locales, found)
          break
        case 'array':
          for (const row of Array.isArray(value) ? value : [])
            mediaIn(row, { ...schema, fields: field.flattenedFields }, locales, found)
          break
        case 'blocks': {
          const blocks = blocksOf(field, schema)
          for (const row of Array.isArray(value) ? value : []) {
            const block = blocks.find((b) => b.slug === (row as { blockType?: string }).blockType)
            if (block) mediaIn(row, { ...schema, fields: fieldsOfBlock(block) }, locales, found)
          }
          break
        }
      }
    }
  }
  return found
}
