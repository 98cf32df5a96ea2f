import crypto from 'node:crypto'

import {
  flattenTopLevelFields,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type CollectionConfig,
  type CollectionSlug,
  type PayloadRequest,
  type Where,
} from 'payload'

import type { WebhookEndpoint } from '../../../payload-types'
import { DELIVER, DELIVERIES, ENDPOINTS, type WebhookEvent } from './types'

/** What a partner sees of a document: whether it is public, and since which write. */
export type Seen = { published: boolean; updatedAt: string } | null

/**
 * The event a write is to partners, from the document's stored row before and after it (not
 * from the version a draft save writes): a draft saved over a published document, or any save
 * of an unpublished one, changes nothing they see.
 */
export const eventOf = (before: Seen, after: Seen): WebhookEvent | undefined => {
  if (after?.published && !before?.published) return 'publish'
  if (before?.published && !after) return 'delete'
  if (before?.published && !after?.published) return 'unpublish'
  if (before?.published && after?.published && before.updatedAt !== after.updatedAt) return 'update'
  return undefined
}

type Row = { id: number | string; _status?: unknown; updatedAt?: unknown; slug?: unknown }

/** Per request: each document's row as it was before the write, by `collection:id`. */
const BEFORE = 'webhooksBefore'

const seenOf = (row: Row | null | undefined, drafts: boolean): Seen =>
  row
    ? { published: !drafts || row._status === 'published', updatedAt: String(row.updatedAt) }
    : null

const keyOf = (slug: string, id: unknown) => `${slug}:${String(id)}`

type Endpoint = Pick<WebhookEndpoint, 'id' | 'events'>

// A bulk write of many documents asks once which endpoints listen to the collection.
const listening = new WeakMap<PayloadRequest, Map<string, Promise<Endpoint[]>>>()

/** The active endpoints that listen to `collection`, once per request, in its transaction. */
const endpointsFor = (req: PayloadRequest, collection: string): Promise<Endpoint[]> => {
  let known = listening.get(req)
  if (!known) listening.set(req, (known = new Map()))
  let pending = known.get(collection)
  if (!pending) {
    const where: Where = {
      and: [{ active: { equals: true } }, { collections: { in: [collection] } }],
    }
    pending = req.payload
      .find({
        collection: ENDPOINTS,
        where,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      .then(({ docs }) => docs as unknown as Endpoint[])
    known.set(collection, pending)
  }
  return pending
}

/**
 * Queues one delivery per active endpoint that wants this event of this collection, in the
 * write's transaction: a write rolled back sends nothing, a committed one has its deliveries
 * queued before it answers. One event id for all endpoints: it names the event, not the attempt.
 */
const announce = async (req: PayloadRequest, event: WebhookEvent, collection: string, row: Row) => {
  const endpoints = (await endpointsFor(req, collection)).filter((endpoint) =>
    endpoint.events?.includes(event),
  )
  if (!endpoints.length) return
  const eventId = crypto.randomUUID()
  const body = JSON.stringify({
    id: eventId,
    event,
    collection,
    document: {
      id: row.id,
      ...(typeof row.slug === 'string' && row.slug ? { slug: row.slug } : {}),
    },
    occurredAt: new Date().toISOString(),
  })
  for (const endpoint of endpoints) {
    const delivery = await req.payload.create({
      collection: DELIVERIES,
      data: {
        endpoint: endpoint.id,
        eventId,
        event,
        collection,
        documentId: String(row.id),
        body,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: new Date().toISOString(),
      },
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({ task: DELIVER, input: { delivery: delivery.id }, req })
  }
}

/**
 * The hooks that tell a collection's changes: before each update (bulk, restore and the admin's
 * included) the row partners see is noted; after each write and delete, the event it was.
 */
export const watch = (collection: CollectionConfig) => {
  const slug = collection.slug as CollectionSlug
  const drafts = typeof collection.versions === 'object' && Boolean(collection.versions?.drafts)
  // Payload's slug field comes in a row: the top-level fields, rows and tabs flattened.
  const slugged = flattenTopLevelFields(collection.fields).some((field) => field.name === 'slug')

  /** The stored row (never a draft version), in the write's transaction. */
  const storedRow = async (id: number | string, req: PayloadRequest) =>
    (await req.payload.db.findOne({
      collection: slug,
      where: { id: { equals: id } },
      select: {
        updatedAt: true,
        ...(drafts ? { _status: true } : {}),
        ...(slugged ? { slug: true } : {}),
      },
      req,
    })) as Row | null

  const recordBefore: CollectionBeforeChangeHook = async ({
    data,
    operation,
    originalDoc,
    req,
  }) => {
    const id = (originalDoc as Row | undefined)?.id
    if (operation !== 'update' || id === undefined) return data
    // No endpoint listens: the write pays no extra read.
    if (!(await endpointsFor(req, slug)).length) return data
    const before = ((req.context[BEFORE] as Record<string, Seen> | undefined) ??= {})
    before[keyOf(slug, id)] = seenOf(await storedRow(id, req), drafts)
    return data
  }

  const announceChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
    if (!(await endpointsFor(req, slug)).length) return doc
    const id = (doc as Row).id
    const before =
      operation === 'update'
        ? ((req.context[BEFORE] as Record<string, Seen> | undefined)?.[keyOf(slug, id)] ?? null)
        : null
    const row = await storedRow(id, req)
    const event = eventOf(before, seenOf(row, drafts))
    if (event && row) await announce(req, event, slug, row)
    return doc
  }

  // Partners hear of a delete when the document was public.
  const announceDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    const event = eventOf(seenOf(doc as Row, drafts), null)
    if (event) await announce(req, event, slug, doc as Row)
    return doc
  }

  return { recordBefore, announceChange, announceDelete }
}
