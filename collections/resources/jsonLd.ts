import { organisation, type Ref, type JsonLdBuilder } from '../../src/plugins/structured-data'

/** A resource as schema.org `CreativeWork` (served at `/api/resources/:id/jsonld`). */
export const resourceJsonLd: JsonLdBuilder = (doc, base) => ({
  '@type': 'CreativeWork',
  name: doc.title,
  abstract: doc.summary ?? undefined,
  genre: doc.type,
  inLanguage: doc.language,
  datePublished: doc.year ? String(doc.year) : undefined,
  numberOfPages: doc.pages ?? undefined,
  author: (doc.authors as string[] | undefined)?.map((name) => ({ '@type': 'Person', name })),
  publisher: organisation(doc.publisher as Ref, base),
  license: doc.license ?? undefined,
  sameAs: doc.url ?? undefined,
})
