import { happening, organisations, type JsonLdBuilder } from '../../src/plugins/structured-data'

/** An event as schema.org `Event` (served at `/api/events/:id/jsonld`). */
export const eventJsonLd: JsonLdBuilder = (doc, base) => ({
  '@type': 'Event',
  name: doc.title,
  ...happening(doc),
  eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  organizer: organisations(doc.organisers, base),
  maximumAttendeeCapacity: doc.expectedParticipants ?? undefined,
})
