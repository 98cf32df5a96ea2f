import { configToJSONSchema, type SanitizedCollectionConfig, type SanitizedConfig } from 'payload'
import { validOperators } from 'payload/shared'

import type { JsonSchema } from './types'

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` })

/** A component's name: OpenAPI allows letters, digits, `.`, `-` and `_`. */
const componentName = (key: string) => key.replace(/[^A-Za-z0-9._-]/g, '_')

/** Payload's `tsType` is a TypeScript hint, not JSON Schema; references move to the components. */
const rewritten = (value: unknown, nameOf: (definition: string) => string): unknown => {
  if (Array.isArray(value)) return value.map((v) => rewritten(v, nameOf))
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'tsType')
      .map(([key, v]) =>
        key === '$ref' && typeof v === 'string' && v.startsWith('#/definitions/')
          ? [key, `#/components/schemas/${nameOf(v.slice('#/definitions/'.length))}`]
          : [key, rewritten(v, nameOf)],
      ),
  )
}

const referenced = (value: unknown, found: Set<string>) => {
  if (Array.isArray(value)) value.forEach((v) => referenced(v, found))
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.add(v.split('/').pop()!)
      else referenced(v, found)
    }
}

/** What every error answer carries (src/plugins/errors, input-validation): Payload's shape. */
const ERROR: JsonSchema = {
  type: 'object',
  required: ['errors'],
  properties: {
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['message'],
        properties: {
          name: { type: 'string', examples: ['ValidationError', 'ServiceUnavailable'] },
          message: {
            type: 'string',
            description: 'In French, or English with Accept-Language: en.',
          },
          data: {
            type: 'object',
            properties: {
              collection: { type: 'string' },
              errors: {
                type: 'array',
                description: 'Each parameter or field at fault.',
                items: {
                  type: 'object',
                  required: ['path', 'message'],
                  properties: {
                    path: { type: 'string', examples: ['where.type.equals', 'limit'] },
                    message: { type: 'string' },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
}

const SCALAR: JsonSchema = { type: ['string', 'number', 'boolean', 'null'] }

/** A `where`: conditions by field path (`function.slug`, `title.en`), combined by `and`/`or`. */
const WHERE: JsonSchema = {
  type: 'object',
  description:
    'Conditions by field path (`where[type][equals]=survey`, `where[function.slug][equals]=formation`), combined with `and` and `or` lists.',
  properties: {
    and: { type: 'array', items: ref('Where') },
    or: { type: 'array', items: ref('Where') },
  },
  additionalProperties: ref('Condition'),
}

const CONDITION: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(
    validOperators.map((operator) => [
      operator,
      ['in', 'not_in', 'all'].includes(operator)
        ? { oneOf: [{ type: 'array', items: SCALAR }, { type: 'string' }] }
        : operator === 'exists'
          ? { type: 'boolean' }
          : ['near', 'within', 'intersects'].includes(operator)
            ? {}
            : SCALAR,
    ]),
  ),
}

/** The counts and links of a page of results, as Payload answers a list (`docs` aside). */
export const PAGE_PROPERTIES = {
  totalDocs: { type: 'integer' },
  limit: { type: 'integer' },
  page: { type: 'integer' },
  totalPages: { type: 'integer' },
  pagingCounter: { type: 'integer' },
  hasNextPage: { type: 'boolean' },
  hasPrevPage: { type: 'boolean' },
  nextPage: { type: ['integer', 'null'] },
  prevPage: { type: ['integer', 'null'] },
} satisfies Record<string, JsonSchema>

const PAGE: JsonSchema = {
  type: 'object',
  required: ['totalDocs', 'limit', 'page', 'totalPages', 'hasNextPage', 'hasPrevPage'],
  properties: PAGE_PROPERTIES,
}

// Set by the server: never sent.
const SERVER_SET = new Set(['id', 'createdAt', 'updatedAt'])

export type CollectionSchemas = {
  /** The document as read. */
  doc: string
  /** What a create or an update sends. */
  data: string
  /** `select[<field>]=true`. */
  select: string
  /** A page of documents. */
  list: string
  /** A version of the document, when it keeps versions. */
  version: string
}

/**
 * The components of the document: each collection's document, write data, selection, page and
 * version, from Payload's own JSON Schema of the config (what `generate:types` writes).
 */
export const collectionSchemas = (
  config: SanitizedConfig,
  collections: SanitizedCollectionConfig[],
  idType: 'number' | 'text',
) => {
  const definitions = configToJSONSchema(config, idType).definitions as Record<string, JsonSchema>
  const titles = new Map<string, string>()
  for (const collection of config.collections) {
    const title = definitions[collection.slug]?.title
    if (typeof title === 'string') {
      titles.set(collection.slug, componentName(title))
      titles.set(`${collection.slug}_select`, componentName(`${title}Select`))
    }
  }
  const nameOf = (definition: string) => titles.get(definition) ?? componentName(definition)

  const schemas: Record<string, JsonSchema> = {
    Error: ERROR,
    Where: WHERE,
    Condition: CONDITION,
    Page: PAGE,
  }
  const names = new Map<string, CollectionSchemas>()
  const wanted = new Set<string>()
  for (const collection of collections) {
    const doc = rewritten(definitions[collection.slug], nameOf) as JsonSchema
    const name = nameOf(collection.slug)
    const n: CollectionSchemas = {
      doc: name,
      data: `${name}Data`,
      select: nameOf(`${collection.slug}_select`),
      list: `${name}List`,
      version: `${name}Version`,
    }
    names.set(collection.slug, n)
    wanted.add(collection.slug).add(`${collection.slug}_select`)
    const properties = (doc.properties ?? {}) as Record<string, JsonSchema>
    schemas[n.data] = {
      type: 'object',
      description: `What a create or an update of ${collection.slug} sends: the fields to set (an update, only those it changes). Relationships take ids.`,
      properties: Object.fromEntries(
        Object.entries(properties).filter(([k]) => !SERVER_SET.has(k)),
      ),
    }
    schemas[n.list] = {
      allOf: [
        ref('Page'),
        {
          type: 'object',
          required: ['docs'],
          properties: { docs: { type: 'array', items: ref(name) } },
        },
      ],
    }
    if (collection.versions)
      schemas[n.version] = {
        type: 'object',
        required: ['id', 'parent', 'version', 'createdAt', 'updatedAt'],
        properties: {
          id: { type: idType === 'number' ? 'integer' : 'string' },
          parent: { oneOf: [{ type: idType === 'number' ? 'integer' : 'string' }, ref(name)] },
          version: ref(name),
          latest: { type: ['boolean', 'null'] },
          autosave: { type: ['boolean', 'null'] },
          createdAt: { type: 'string', format: 'date-time' },
          updatedAt: { type: 'string', format: 'date-time' },
        },
      }
  }
  // The documents' definitions and every definition they lead to (a related collection's too).
  const queue = [...wanted]
  while (queue.length) {
    const key = queue.pop()!
    const found = new Set<string>()
    referenced(definitions[key], found)
    for (const next of found)
      if (!wanted.has(next) && definitions[next]) {
        wanted.add(next)
        queue.push(next)
      }
  }
  for (const key of wanted) schemas[nameOf(key)] = rewritten(definitions[key], nameOf) as JsonSchema
  return { schemas, names, ref }
}

export { ref }
