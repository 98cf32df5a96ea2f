import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { idOf, type Id } from '../../utilities/idOf'
import { lockDocument } from '../concurrency'
import type { MediaContext } from './access'
import { mediaIn, type Schema } from './references'

/**
 * What a medium keeps of the documents that use it, in its `usage` field, one entry per fact:
 * `resources:12` (document 12 of resources uses it), `resources:12|published` (its published
 * state does), `resources:12|resources:3` (it belongs to function 3). Access reads the two
 * fields derived from them: `usedByPublished` and `usedInFunctions` (`resources:3`).
 */
export type Usage = { usage: string[]; usedByPublished: boolean; usedInFunctions: string[] }

const PUBLISHED = 'published'

export const documentKey = (collection: string, id: Id) => `${collection}:${id}`

/** The documents named in a usage: `resources:12`. */
export const documentsOf = (usage: string[]) => usage.filter((entry) => !entry.includes('|'))

const derive = (usage: string[]): Usage => ({
  usage,
  usedByPublished: usage.some((entry) => entry.endsWith(`|${PUBLISHED}`)),
  usedInFunctions: [
    ...new Set(
      usage.flatMap((entry) =>
        entry.includes('|') && !entry.endsWith(`|${PUBLISHED}`) ? [entry.split('|')[1]!] : [],
      ),
    ),
  ].sort(),
})

export const schemaOf = (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  ctx: MediaContext,
): Schema => ({
  media: ctx.options.collection,
  fields: collection.flattenedFields,
  blocks: req.payload.config.blocks ?? [],
})

const localesOf = (req: PayloadRequest) =>
  req.payload.config.localization ? req.payload.config.localization.localeCodes : []

/**
 * The states of a document that count: the document itself (what everyone reads once it is
 * published) and its latest draft, both read from the database in every locale.
 */
const statesOf = async (req: PayloadRequest, collection: SanitizedCollectionConfig, id: Id) => {
  const slug = collection.slug as CollectionSlug
  const main = await req.payload.db.findOne<{ id: Id } & Record<string, unknown>>({
    collection: slug,
    where: { id: { equals: id } },
    locale: 'all',
    req,
  })
  if (!main) return []
  const hasDrafts = Boolean(
    collection.versions && typeof collection.versions === 'object' && collection.versions.drafts,
  )
  const states: Array<{ data: Record<string, unknown>; published: boolean }> = [
    { data: main, published: !hasDrafts || main._status === 'published' },
  ]
  if (hasDrafts) {
    const { docs } = await req.payload.db.findVersions({
      collection: slug,
      where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
      limit: 1,
      sort: '-updatedAt',
      locale: 'all',
      req,
    })
    const latest = docs[0]?.version as Record<string, unknown> | undefined
    if (latest) states.push({ data: latest, published: false })
  }
  return states
}

/** The usage entries each medium gets from one document. */
const entriesOf = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: Id,
  ctx: MediaContext,
): Promise<Map<string, string[]>> => {
  const key = documentKey(collection.slug, id)
  const schema = schemaOf(req, collection, ctx)
  const entries = new Map<string, Set<string>>()
  for (const { data, published } of await statesOf(req, collection, id)) {
    const fn = idOf(data[ctx.options.functionField])
    for (const medium of mediaIn(data, schema, localesOf(req))) {
      const set = entries.get(String(medium)) ?? new Set([key])
      if (published) set.add(`${key}|${PUBLISHED}`)
      if (fn !== undefined && !Array.isArray(fn)) set.add(`${key}|${collection.slug}:${fn}`)
      entries.set(String(medium), set)
    }
  }
  return new Map([...entries].map(([medium, set]) => [medium, [...set]]))
}

/** The media that name a document in their usage. */
export const mediaUsedBy = async (
  req: PayloadRequest,
  key: string,
  ctx: MediaContext,
): Promise<Id[]> => {
  const { docs } = await req.payload.db.find({
    collection: ctx.options.collection,
    where: { usage: { equals: key } },
    pagination: false,
    select: { id: true },
    req,
  })
  return docs.map((doc) => doc.id as Id)
}

/**
 * Brings the usage of every medium a document holds, or held, up to date with the document as
 * it now is in the database: called after each create, update (draft or not), version restore and
 * delete of it, bulk ones included, in the same transaction. Each medium is locked first (the lock
 * its own writes take), so that concurrent writes of two documents using it both count.
 */
export const followDocument = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: Id,
  ctx: MediaContext,
) => {
  const key = documentKey(collection.slug, id)
  const now = await entriesOf(req, collection, id, ctx)
  const before = await mediaUsedBy(req, key, ctx)
  const media = [...new Set([...before.map(String), ...now.keys()])].sort(
    (a, b) => Number(a) - Number(b),
  )
  // Already locked before the write (hooks.ts), unless a later hook changed the document's media.
  for (const medium of media) await lockDocument(req, ctx.options.collection, Number(medium))
  if (!media.length) return
  const { docs } = await req.payload.db.find<{ id: Id; usage?: string[] | null }>({
    collection: ctx.options.collection,
    where: { id: { in: media } },
    pagination: false,
    select: { usage: true },
    req,
  })
  for (const doc of docs) {
    const current = doc.usage ?? []
    const kept = current.filter((entry) => entry !== key && !entry.startsWith(`${key}|`))
    const next = [...kept, ...(now.get(String(doc.id)) ?? [])].sort()
    if (JSON.stringify(next) === JSON.stringify([...current].sort())) continue
    await req.payload.db.updateOne({
      collection: ctx.options.collection,
      id: doc.id,
      data: derive(next),
      req,
    })
  }
}
