import type { CollectionConfig } from 'payload'

import type { ResolvedSearchOptions } from './types'

/** The index: one entry per published document of an indexed collection. */
export const searchIndexCollection = ({ indexSlug }: ResolvedSearchOptions): CollectionConfig => ({
  slug: indexSlug,
  admin: { hidden: true },
  // Read through /api/search only; written by the hooks only.
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  graphQL: false,
  fields: [
    { name: 'docType', type: 'text', required: true, index: true },
    { name: 'docId', type: 'number', required: true, index: true },
    { name: 'title', type: 'text', required: true },
    { name: 'slug', type: 'text' },
    { name: 'content', type: 'textarea' },
    // The English text, as the API reads it (French where there is no English).
    { name: 'titleEn', type: 'text' },
    { name: 'contentEn', type: 'textarea' },
    { name: 'facets', type: 'json' },
  ],
})
