import type { FieldHook, RowField } from 'payload'
import { slugField } from 'payload'
import slugify from 'slugify'

import { label } from './labels'

/** French-aware slugs: "Coopération entre territoires" gives "cooperation-entre-territoires". */
export const toSlug = (value: unknown): string =>
  typeof value === 'string'
    ? slugify(value, { lower: true, strict: true, locale: 'fr', trim: true })
    : ''

/**
 * A new document without a slug gets one made from `useAsSlug`, with a numeric suffix when it is
 * taken ("cooperation", then "cooperation-2"); a document that has a slug keeps it. Payload's
 * own slugify must be synchronous, so the lookup lives in this hook, which runs before it.
 */
const uniqueSlug =
  (useAsSlug: string): FieldHook =>
  async ({ collection, data, originalDoc, req, value }) => {
    if (value || originalDoc?.slug || !collection) return value
    const base = toSlug(data?.[useAsSlug])
    if (!base) return value
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
      if (totalDocs === 0) return candidate
    }
  }

/**
 * Payload's slug field: generated on create when left empty, then stable (a published URL does
 * not move when the title changes), unique within its collection.
 */
export const slug = (useAsSlug = 'title'): RowField =>
  slugField({
    useAsSlug,
    // Generated when left empty, so API clients need not send it.
    required: false,
    slugify: ({ valueToSlugify }) => toSlug(valueToSlugify) || undefined,
    overrides: (row) => {
      const [generate, field] = row.fields
      // Shown in a version's comparison, never in the form.
      if (generate?.type === 'checkbox')
        generate.label = label('Identifiant généré du titre', 'Slug generated from the title')
      if (field?.type === 'text') {
        field.label = label('Identifiant (URL)', 'Slug')
        field.hooks = { ...field.hooks, beforeValidate: [uniqueSlug(useAsSlug)] }
      }
      return row
    },
  })
