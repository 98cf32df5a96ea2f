import { happening, organisations, type JsonLdBuilder } from '../../src/plugins/structured-data'

/** A training as schema.org `Course` (served at `/api/trainings/:id/jsonld`). */
export const trainingJsonLd: JsonLdBuilder = (doc, base) => ({
  '@type': 'Course',
  name: doc.title,
  description: doc.objectives ?? undefined,
  educationalCredentialAwarded: doc.rncp ?? undefined,
  provider: organisations(doc.partners, base),
  hasCourseInstance: ((doc.sessions as Array<Record<string, unknown>>) ?? []).map((s) => ({
    '@type': 'CourseInstance',
    courseMode: 'onsite',
    ...happening(s),
    maximumAttendeeCapacity: s.capacity ?? undefined,
  })),
})
