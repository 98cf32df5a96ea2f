import { iso, type Ref, type JsonLdBuilder } from '../../src/plugins/structured-data'

/** A member as schema.org `Organization` (served at `/api/members/:id/jsonld`). */
export const memberJsonLd: JsonLdBuilder = (doc) => ({
  '@type': 'Organization',
  name: doc.name,
  alternateName: doc.acronym ?? undefined,
  url: doc.website ?? undefined,
  email: doc.email ?? undefined,
  taxID: doc.siren ?? undefined,
  foundingDate: iso(doc.memberSince),
  areaServed: ((doc.regions as Ref[]) ?? [])
    .map((r) =>
      r && typeof r === 'object' ? { '@type': 'AdministrativeArea', name: r.name } : undefined,
    )
    .filter(Boolean),
})
