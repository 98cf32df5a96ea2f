import {
  organisation,
  place,
  dateOrTime,
  type Ref,
  type JsonLdBuilder,
} from '../../src/plugins/structured-data'

/** A training as schema.org `Course` (served at `/api/trainings/:id/jsonld`). */
export const trainingJsonLd: JsonLdBuilder = (doc, base) => ({
  '@type': 'Course',
  name: doc.title,
  description: doc.objectives ?? undefined,
  educationalCredentialAwarded: doc.rncp ?? undefined,
  provider: ((doc.partners as Ref[]) ?? []).map((p) => organisation(p, base)).filter(Boolean),
  hasCourseInstance: ((doc.sessions as Array<Record<string, unknown>>) ?? []).map((s) => ({
    '@type': 'CourseInstance',
    courseMode: 'onsite',
    startDate: dateOrTime(s.startsAt, s.allDay),
    endDate: dateOrTime(s.endsAt, s.allDay),
    location: place(s as { place?: unknown; region?: Ref }),
    maximumAttendeeCapacity: s.capacity ?? undefined,
  })),
})
