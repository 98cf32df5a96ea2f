import {
  organisation,
  place,
  dateOrTime,
  type Ref,
  type JsonLdBuilder,
} from '../../src/plugins/structured-data'

/** An event as schema.org `Event` (served at `/api/events/:id/jsonld`). */
export const eventJsonLd: JsonLdBuilder = (doc, base) => ({
  '@type': 'Event',
  name: doc.title,
  startDate: dateOrTime(doc.startsAt, doc.allDay),
  endDate: dateOrTime(doc.endsAt, doc.allDay),
  eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  location: place(doc as { place?: unknown; region?: Ref }),
  organizer: ((doc.organisers as Ref[]) ?? []).map((o) => organisation(o, base)).filter(Boolean),
  maximumAttendeeCapacity: doc.expectedParticipants ?? undefined,
})
