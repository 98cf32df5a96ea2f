import type { CollectionBeforeValidateHook } from 'payload'

import { toSlug } from '../fields/slug'

/**
 * Gives a new document without a slug one made from `useAsSlug`, with a numeric suffix when it
 * is taken ("cooperation", then "cooperation-2"); a document that has a slug keeps it.
 */
export const uniqueSlug =
  (useAsSlug = 'title'): CollectionBeforeValidateHook =>
  async ({ collection, data, originalDoc, req }) => {
    if (!data || data.slug || originalDoc?.slug) return data
    const base = toSlug(data[useAsSlug])
    if (!base) return data
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      const { totalDocs } = await req.payload.count({
        collection: collection.slug,
        req,
        where: {
          slug: { equals: candidate },
          ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}),
        },
      })
      if (totalDocs === 0) return { ...data, slug: candidate }
    }
  }
