import type { RowField } from 'payload'
import { slugField } from 'payload'
import slugify from 'slugify'

/** French-aware slugs: "Coopération entre territoires" gives "cooperation-entre-territoires". */
export const toSlug = (value: unknown): string =>
  typeof value === 'string' ? slugify(value, { lower: true, strict: true, locale: 'fr', trim: true }) : ''

/**
 * Payload's slug field: generated on create when left empty, then stable (a published URL does
 * not move when the title changes). The uniqueness suffix comes from hooks/uniqueSlug.
 */
export const slug = (useAsSlug = 'title'): RowField =>
  slugField({
    useAsSlug,
    // Generated when left empty (hooks/uniqueSlug), so API clients need not send it.
    required: false,
    slugify: ({ valueToSlugify }) => toSlug(valueToSlugify) || undefined,
    overrides: (row) => {
      const [, field] = row.fields
      if (field && 'name' in field) field.label = { fr: 'Identifiant (URL)', en: 'Slug' }
      return row
    },
  })
