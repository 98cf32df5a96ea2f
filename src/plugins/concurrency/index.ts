import { createHash } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import {
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Plugin,
  type PayloadRequest,
} from 'payload'

import { mapCollections } from '../../utilities/fields'
import type { Id } from '../../utilities/idOf'
import { Refusal } from '../../utilities/refusal'
import { translator, withTranslations, type KeyOf } from '../../utilities/translator'
import { translations } from './translations'
import { appendHooks, prependHooks } from '../../utilities/hooks'

type ConcurrencyKey = KeyOf<typeof translations>

export type ConcurrencyPluginOptions = {
  /** Collections left out (default: none). */
  exclude?: string[]
}

/** A strong entity tag for one state of a document: it changes with every save. */
export const etagOf = (doc: { id?: unknown; updatedAt?: unknown }): string | undefined =>
  doc?.id !== undefined && typeof doc.updatedAt === 'string'
    ? `"${doc.id}-${Date.parse(doc.updatedAt)}"`
    : undefined

/** Whether a tag is one `etagOf` makes: a document's version, whatever is shown of it. */
export const isVersionTag = (tag: string) => /^"\d+-\d+"$/.test(tag)

/** A 32-bit key per collection, so that one advisory lock names one document. */
const lockSpace = (slug: string) => createHash('sha1').update(slug).digest().readInt32BE(0)

/** Whether an If-Match header accepts the tag (`*` accepts any existing document). */
const matches = (header: string, etag: string) =>
  header
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag === etag)

/**
 * Serialises the writes to one document: the transaction of an update or delete first takes an
 * advisory lock on (collection, id), so the next writer waits and then reads what the previous one
 * committed; concurrent PATCHes of different fields all stay. Without a transaction (a caller
 * that disabled it) there is nothing to hold the lock for, and the write goes as Payload does it.
 */
export const lockDocument = async (req: PayloadRequest, collection: string, id: Id) => {
  const db = req.payload.db as unknown as {
    sessions: Record<string, { db: { execute: (query: unknown) => Promise<unknown> } } | undefined>
  }
  const transaction = req.transactionID ? db.sessions[String(await req.transactionID)] : undefined
  if (!transaction || typeof id !== 'number') return
  await transaction.db.execute(sql`SELECT pg_advisory_xact_lock(${lockSpace(collection)}, ${id})`)
}

/** The document as the next write will see it: its latest version, draft or published. */
const currentEtag = async (req: PayloadRequest, collection: CollectionSlug, id: Id) => {
  const doc = await req.payload.findByID({
    collection,
    id,
    depth: 0,
    draft: true,
    select: { updatedAt: true },
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  // A draft read returns the version row, whose id is not the document's.
  return doc ? etagOf({ id, updatedAt: (doc as { updatedAt?: unknown }).updatedAt }) : undefined
}

/**
 * The document a REST route names, not one that a hook reads or writes on the way with the same
 * request (the search index, the audit log): only that one answers to the request's headers.
 */
const isRouteDocument = (req: PayloadRequest, collection: string, id: unknown) =>
  req.payloadAPI === 'REST' &&
  req.routeParams?.collection === collection &&
  String(req.routeParams?.id) === String(id)

/** The document a version belongs to: restoring a version writes that document. */
const parentOf = async (req: PayloadRequest, collection: CollectionSlug, versionId: Id) => {
  const version = await req.payload.findVersionByID({
    collection,
    id: String(versionId),
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  return (version as { parent?: unknown } | null)?.parent as Id | undefined
}

const serialiseWrites: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const target = (args as { id?: Id }).id
  if (target === undefined) return args
  if (operation === 'restoreVersion') {
    const parent = await parentOf(req, collection.slug as CollectionSlug, target)
    if (parent !== undefined) await lockDocument(req, collection.slug, parent)
    return args
  }
  if (operation !== 'update' && operation !== 'delete') return args
  const id = target
  await lockDocument(req, collection.slug, id)
  const ifMatch = isRouteDocument(req, collection.slug, id) ? req.headers?.get('if-match') : null
  if (ifMatch) {
    const etag = await currentEtag(req, collection.slug as CollectionSlug, id)
    if (etag && !matches(ifMatch, etag))
      throw new Refusal(
        translator<ConcurrencyKey>(req.t)('concurrency:precondition', { current: etag }),
        412,
        'PreconditionFailed',
      )
  }
  return args
}

/** REST reads and writes of one document say which state they show (`ETag`). */
const tagResponse: CollectionAfterOperationHook = ({ collection, operation, req, result }) => {
  if (operation !== 'findByID' && operation !== 'updateByID') return result
  const etag = etagOf(result as { id?: unknown; updatedAt?: unknown })
  if (etag && isRouteDocument(req, collection.slug, (result as { id?: unknown }).id)) {
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('ETag', etag)
  }
  return result
}

/**
 * No lost update: concurrent writes to one document are serialised, document reads carry an
 * `ETag`, and a write sent with `If-Match` for a state that has moved answers 412 and writes
 * nothing (a client that wants "last write wins" sends no If-Match).
 */
export const concurrencyPlugin =
  ({ exclude = [] }: ConcurrencyPluginOptions = {}): Plugin =>
  (config) =>
    withTranslations(
      mapCollections(config, (collection) =>
        exclude.includes(collection.slug)
          ? collection
          : {
              ...collection,
              hooks: appendHooks(
                prependHooks(collection.hooks, { beforeOperation: [serialiseWrites] }),
                { afterOperation: [tagResponse] },
              ),
            },
      ),
      translations,
    )
