import { getTranslation } from '@payloadcms/translations'
import {
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionSlug,
  type PayloadRequest,
} from 'payload'

import { idOf } from '../../utilities/idOf'
import { Refusal } from '../../utilities/refusal'
import { translator } from '../../utilities/translator'
import { lockDocument } from '../concurrency'
import { changeFollowingDocuments, organisationOf, personOf, type MediaContext } from './access'
import { mediaIn } from './references'
import type { MediaAccessTranslationKey } from './translations'
import { documentKey, documentsOf, followDocument, mediaUsedBy, schemaOf } from './usage'

const t = (req: PayloadRequest, key: MediaAccessTranslationKey, vars?: Record<string, unknown>) =>
  translator<MediaAccessTranslationKey>(req.t)(key, vars)

/** Keeps the media's usage in step with every write of a document that can hold media. */
export const followChange =
  (ctx: MediaContext): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    await followDocument(req, collection, doc.id, ctx)
    return doc
  }

export const followDelete =
  (ctx: MediaContext): CollectionAfterDeleteHook =>
  async ({ collection, id, req }) => {
    await followDocument(req, collection, id, ctx)
  }

/** Media ids in a stable order, so that two writers lock them in the same order. */
const inLockOrder = (ids: Array<number | string>) =>
  [...new Set(ids.map(String))].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b))

/**
 * Attaching a file gives the document's pilots the right to change it, so a user may attach only
 * files they may already change (what their organisation uploaded, what their functions use).
 * Files the document already holds stay, whoever uploaded them. The coordination attaches any.
 */
const refuseUnchangeable = async (
  req: PayloadRequest,
  added: Array<number | string>,
  ctx: MediaContext,
) => {
  if (!added.length || !personOf(req, ctx) || ctx.options.isCoordinator({ req })) return
  const changeable = await changeFollowingDocuments(ctx)({ req })
  if (changeable === true) return
  const { docs } = changeable
    ? await req.payload.db.find({
        collection: ctx.options.collection,
        where: { and: [{ id: { in: added } }, changeable] },
        pagination: false,
        select: { id: true },
        req,
      })
    : { docs: [] }
  const allowed = new Set(docs.map((doc) => String(doc.id)))
  const refused = added.filter((medium) => !allowed.has(String(medium)))
  if (refused.length)
    throw new Refusal(t(req, 'mediaAccess:attachRefused', { files: refused.join(', ') }))
}

/**
 * Before a document that can hold media is written: its media, sent and held, are locked (before
 * the write's foreign keys share-lock their rows, which the usage update after it would wait on),
 * and the files it newly attaches are judged.
 */
export const beforeDocumentChange =
  (ctx: MediaContext): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const locales = req.payload.config.localization
      ? req.payload.config.localization.localeCodes
      : []
    const sent = [...mediaIn(data, schemaOf(req, collection, ctx), locales)]
    const id = operation === 'update' ? idOf(originalDoc?.id) : undefined
    const held =
      id === undefined ? [] : await mediaUsedBy(req, documentKey(collection.slug, id), ctx)
    for (const medium of inLockOrder([...sent, ...held]))
      await lockDocument(req, ctx.options.collection, Number(medium))
    const heldIds = new Set(held.map(String))
    await refuseUnchangeable(
      req,
      sent.filter((medium) => !heldIds.has(String(medium))),
      ctx,
    )
    return data
  }

/**
 * A new file records who uploaded it and for which organisation (the coordination may name
 * another); its usage starts empty, whatever a duplicate copied.
 */
export const recordUploader =
  (ctx: MediaContext): CollectionBeforeChangeHook =>
  ({ data, operation, req }) => {
    if (operation !== 'create') return data
    const person = personOf(req, ctx)
    const next: Record<string, unknown> = {
      ...data,
      usage: [],
      usedInFunctions: [],
      usedByPublished: false,
    }
    if (!person) return next
    next.uploadedBy = person.id
    if (!ctx.options.isCoordinator({ req }) || idOf(data.organisation) === undefined)
      next.organisation = organisationOf(req, ctx) ?? null
    return next
  }

/** How a document is named to the caller: its title, when they may read it. */
const readableTitles = async (req: PayloadRequest, keys: string[]) => {
  const byCollection = new Map<string, string[]>()
  for (const key of keys) {
    const [collection, id] = key.split(':') as [string, string]
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), id])
  }
  const titles: string[] = []
  for (const [slug, ids] of byCollection) {
    const collection = req.payload.collections[slug as CollectionSlug]?.config
    if (!collection) continue
    const titleField = collection.admin.useAsTitle ?? 'id'
    const { docs } = await req.payload.find({
      collection: slug as CollectionSlug,
      where: { id: { in: ids } },
      draft: Boolean(
        collection.versions &&
        typeof collection.versions === 'object' &&
        collection.versions.drafts,
      ),
      depth: 0,
      pagination: false,
      overrideAccess: false,
      req,
    })
    const label = getTranslation(collection.labels.singular, req.i18n)
    for (const doc of docs)
      titles.push(
        `${label} ${doc.id} « ${String((doc as unknown as Record<string, unknown>)[titleField] ?? doc.id)} »`,
      )
  }
  return titles
}

/**
 * A file still used by a document is not deleted, by anyone: the document would lose it without
 * its editors knowing (a published resource would link to nothing). The answer, 409, names the
 * documents the caller may read and counts the others; removing the file from them first, then
 * deleting it, works.
 */
export const refuseDeletingUsedMedia =
  (ctx: MediaContext): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const medium = await req.payload.db.findOne<{ id: number | string; usage?: string[] | null }>({
      collection: ctx.options.collection,
      where: { id: { equals: id } },
      select: { usage: true },
      req,
    })
    const documents = documentsOf(medium?.usage ?? [])
    if (!documents.length) return
    const titles = await readableTitles(req, documents)
    const hidden = documents.length - titles.length
    const named = hidden
      ? [...titles, t(req, 'mediaAccess:hiddenDocuments', { count: hidden })]
      : titles
    throw new Refusal(t(req, 'mediaAccess:inUse', { documents: named.join(', ') }), 409, 'Conflict')
  }
