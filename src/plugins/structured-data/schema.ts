import type { CollectionSlug } from 'payload'

/** schema.org JSON-LD for the public documents, with a vocabulary that needs no network to expand. */

export type Doc = Record<string, unknown> & { id: number | string }

/** A collection's document as schema.org, its ids absolute URLs on `base`. */
export type JsonLdBuilder = (doc: Doc, base: string) => Record<string, unknown>
type Ref =
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

const organisation = (ref: Ref, base: string) =>
  ref && typeof ref === 'object'
    ? {
        '@type': 'Organization',
        '@id': `${base}/api/members/${ref.id}/jsonld`,
        name: ref.name,
        url: ref.website ?? undefined,
      }
    : undefined

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

const iso = (value: unknown) => (typeof value === 'string' ? value : undefined)

export const jsonLd: Partial<Record<CollectionSlug, JsonLdBuilder>> = {
  resources: (doc, base) => ({
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
  }),
  trainings: (doc, base) => ({
    '@type': 'Course',
    name: doc.title,
    description: doc.objectives ?? undefined,
    educationalCredentialAwarded: doc.rncp ?? undefined,
    provider: ((doc.partners as Ref[]) ?? []).map((p) => organisation(p, base)).filter(Boolean),
    hasCourseInstance: ((doc.sessions as Array<Record<string, unknown>>) ?? []).map((s) => ({
      '@type': 'CourseInstance',
      courseMode: 'onsite',
      startDate: iso(s.startsAt),
      endDate: iso(s.endsAt),
      location: place(s as { place?: unknown; region?: Ref }),
      maximumAttendeeCapacity: s.capacity ?? undefined,
    })),
  }),
  events: (doc, base) => ({
    '@type': 'Event',
    name: doc.title,
    startDate: iso(doc.startsAt),
    endDate: iso(doc.endsAt),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: place(doc as { place?: unknown; region?: Ref }),
    organizer: ((doc.organisers as Ref[]) ?? []).map((o) => organisation(o, base)).filter(Boolean),
    maximumAttendeeCapacity: doc.expectedParticipants ?? undefined,
  }),
  members: (doc) => ({
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
  }),
}

/** Drops the keys left undefined (JSON does), so that the document carries only what is known. */
export const clean = (value: unknown): unknown => JSON.parse(JSON.stringify(value))
