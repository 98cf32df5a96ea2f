/** schema.org JSON-LD for the public documents, with a vocabulary that needs no network to expand. */

export type Doc = Record<string, unknown> & { id: number | string }

/** A collection's document as schema.org, its ids absolute URLs on `base`. */
export type JsonLdBuilder = (doc: Doc, base: string) => Record<string, unknown>
export type Ref =
  | {
      id: number | string
      name?: string
      title?: string
      website?: string | null
      slug?: string | null
    }
  | number
  | null
  | undefined

export const context = { '@vocab': 'https://schema.org/' }

/** A member organisation, by its own JSON-LD id. */
export const organisation = (ref: Ref, base: string) =>
  ref && typeof ref === 'object'
    ? {
        '@type': 'Organization',
        '@id': `${base}/api/members/${ref.id}/jsonld`,
        name: ref.name,
        url: ref.website ?? undefined,
      }
    : undefined

/** The member organisations a document lists (its organisers, its partners) that it can show. */
export const organisations = (refs: unknown, base: string) =>
  ((refs as Ref[] | null) ?? []).map((ref) => organisation(ref, base)).filter(Boolean)

/** A place named in the document, or its region. */
const place = (doc: { place?: unknown; region?: Ref }) => {
  const region = doc.region && typeof doc.region === 'object' ? doc.region.name : undefined
  if (!doc.place && !region) return undefined
  return {
    '@type': 'Place',
    name: doc.place ?? region,
    address: region
      ? { '@type': 'PostalAddress', addressRegion: region, addressCountry: 'FR' }
      : undefined,
  }
}

export const iso = (value: unknown) => (typeof value === 'string' ? value : undefined)

/** A date of an all-day entry as schema.org's `Date` (its day), else the `DateTime` given. */
const dateOrTime = (value: unknown, allDay: unknown) =>
  typeof value === 'string' ? (allDay ? value.slice(0, 10) : value) : undefined

/** When and where something happens (an event, a session): the fields of `whenAndWhere`. */
export const happening = (doc: Record<string, unknown>) => ({
  startDate: dateOrTime(doc.startsAt, doc.allDay),
  endDate: dateOrTime(doc.endsAt, doc.allDay),
  location: place(doc as { place?: unknown; region?: Ref }),
})

/** Drops the keys left undefined (JSON does), so that the document carries only what is known. */
export const clean = (value: unknown): unknown => JSON.parse(JSON.stringify(value))
