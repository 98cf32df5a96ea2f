import type { CollectionSlug, PayloadRequest } from 'payload'

import { idOf } from '../../utilities/idOf'
import { inLocale } from '../../utilities/inLocale'
import { plainText, valuesAt } from './text'
import { SEARCH_LOCALE_CODES, type SearchLocale } from './locales'
import type { IndexedCollection, ResolvedSearchOptions } from './types'

type Indexed = Record<string, unknown> & { id: number | string; _status?: string }

/**
 * What the public may see of a document in a locale: the published version, or nothing. It falls
 * back field by field to the default locale, as the API's reads do.
 */
const publicVersion = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  locale: SearchLocale,
) => {
  const doc = (await req.payload.findByID({
    collection,
    id,
    depth: 0,
    locale,
    fallbackLocale: SEARCH_LOCALE_CODES[0],
    req: inLocale(req, locale),
    overrideAccess: true,
    disableErrors: true,
  })) as Indexed | null
  return doc && (doc._status === undefined || doc._status === 'published') ? doc : null
}

/** The title and text of a document, as indexed. */
const textOf = (fields: IndexedCollection, doc: Indexed) => ({
  // The index never refuses a document: an untitled one is listed by its slug or id.
  title:
    plainText(doc[fields.title]) || (typeof doc.slug === 'string' && doc.slug) || String(doc.id),
  content: fields.content
    .map((f) => plainText(valuesAt(doc, f)))
    .filter(Boolean)
    .join('\n'),
})

const entryOf = (
  { collections }: ResolvedSearchOptions,
  collection: CollectionSlug,
  doc: Indexed,
  en: Indexed,
) => {
  const fields = collections[collection]!
  const ids = (paths: string[]) => [
    ...new Set(paths.flatMap((p) => valuesAt(doc, p).map(idOf)).filter((v) => v !== undefined)),
  ]
  const english = textOf(fields, en)
  return {
    docType: collection,
    docId: Number(doc.id),
    ...textOf(fields, doc),
    titleEn: english.title,
    contentEn: english.content,
    slug: typeof doc.slug === 'string' ? doc.slug : null,
    facets: {
      axes: fields.axes ? ids([fields.axes]) : [],
      function: fields.function ? (ids([fields.function])[0] ?? null) : null,
      regions: ids(fields.regions ?? []),
    },
  }
}

/** The entry of one document, if it has one. */
export const existingEntry = async (
  req: PayloadRequest,
  { indexSlug }: ResolvedSearchOptions,
  collection: string,
  id: number | string,
) =>
  (
    await req.payload.find({
      collection: indexSlug,
      where: { and: [{ docType: { equals: collection } }, { docId: { equals: Number(id) } }] },
      depth: 0,
      limit: 1,
      req,
      overrideAccess: true,
    })
  ).docs[0]

export const deleteEntry = async (
  req: PayloadRequest,
  { indexSlug }: ResolvedSearchOptions,
  entryId: number | string,
) => {
  await req.payload.delete({ collection: indexSlug, id: entryId, req, overrideAccess: true })
}

/** Brings the entry of one document in line with what the public may see of it. */
export const syncEntry = async (
  req: PayloadRequest,
  options: ResolvedSearchOptions,
  collection: CollectionSlug,
  id: number | string,
) => {
  // One after the other: both read in the write's transaction, on its one connection.
  const doc = await publicVersion(req, collection, id, 'fr')
  const en = doc && (await publicVersion(req, collection, id, 'en'))
  const entry = await existingEntry(req, options, collection, id)
  if (!doc || !en) {
    if (entry) await deleteEntry(req, options, entry.id)
    return
  }
  const data = entryOf(options, collection, doc, en) as never
  if (entry)
    await req.payload.update({
      collection: options.indexSlug,
      id: entry.id,
      data,
      req,
      overrideAccess: true,
    })
  else await req.payload.create({ collection: options.indexSlug, data, req, overrideAccess: true })
}
