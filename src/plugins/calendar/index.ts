import ical from 'ical-generator'
import type { Config, Endpoint, Plugin, PayloadRequest, Where } from 'payload'
import { z } from 'zod'

import {
  addCollectionEndpoints,
  commaList,
  enumList,
  inBothLanguages,
  parseQuery,
} from '../endpoints'
import { describedResponse, type EndpointDescription } from '../api-description'
import { optionValues } from '../input-validation/fields'
import { inLocale } from '../../utilities/inLocale'

export type CalendarPluginOptions = {
  /** Calendar name shown by calendar clients. */
  name?: string
  /** Domain of the UIDs, so that a re-import updates events instead of duplicating them. */
  domain?: string
  /**
   * The regions a `region` filter (ids or codes) means, e.g. with the regions merged into them.
   * @default the regions given
   */
  regionsOf?: (req: PayloadRequest, wanted: string[]) => Promise<Array<number | string>>
}

/** The kinds the feed knows: the options of the events' `kind`, and `training` for training sessions. */
const kindsOf = (config: Config): [string, ...string[]] => {
  const kind = config.collections
    ?.find((c) => c.slug === 'events')
    ?.fields.find((f) => 'name' in f && f.name === 'kind')
  return ['training', ...(kind?.type === 'select' ? optionValues(kind.options) : [])]
}

const querySchema = (kinds: [string, ...string[]]) =>
  inBothLanguages((language) =>
    z.object({
      region: commaList(language).meta({
        description: 'Region ids or INSEE codes, comma-separated (across the 2016 reform).',
      }),
      function: commaList(language).meta({
        description: 'Function ids or slugs, comma-separated.',
      }),
      kind: enumList(language, kinds),
    }),
  )

type Named =
  | {
      id: number | string
      slug?: string | null
      code?: string | null
      title?: string
      name?: string
    }
  | number
  | null
  | undefined
type Session = {
  startsAt: string
  endsAt?: string | null
  allDay?: boolean | null
  place?: string | null
  region?: Named
}
type Dated = Session & {
  id: number | string
  title: string
  summary?: string | null
  kind?: string
  slug?: string | null
}

const DAY = 24 * 60 * 60 * 1000

/**
 * An all-day entry is a `VALUE=DATE` event whose end is the day after its last (RFC 5545's end is
 * exclusive); a timed one keeps its instants.
 */
const when = ({ startsAt, endsAt, allDay }: Session) => {
  const start = new Date(startsAt)
  if (!allDay) return { start, end: endsAt ? new Date(endsAt) : undefined }
  return { start, end: new Date(new Date(endsAt ?? startsAt).getTime() + DAY), allDay: true }
}

const matches = (value: Named, wanted: string[]) =>
  wanted.length === 0 ||
  (value !== null &&
    value !== undefined &&
    (typeof value === 'object'
      ? [value.id, value.slug, value.code].some(
          (v) => v !== null && v !== undefined && wanted.includes(String(v)),
        )
      : wanted.includes(String(value))))

/**
 * `GET /api/events/calendar.ics`: the events and the training sessions the caller may read, one
 * VEVENT each, filtered by `region` (id or INSEE code), `function` (id or slug) and `kind` (an
 * event kind, or `training`), each a comma-separated list.
 */
export const calendarPlugin =
  ({
    name = 'Pôle métiers du développement territorial',
    domain = 'pole-metiers.fr',
    regionsOf,
  }: CalendarPluginOptions = {}): Plugin =>
  (config) => {
    const query = querySchema(kindsOf(config))
    const handler: Endpoint['handler'] = async (req: PayloadRequest) => {
      const parsed = parseQuery(query, req)
      if (parsed.response) return parsed.response
      const filters = parsed.data
      // Widened, never narrowed: a value that names no region still matches nothing, not all.
      const regions =
        regionsOf && filters.region.length
          ? [...filters.region, ...(await regionsOf(req, filters.region)).map(String)]
          : filters.region
      const read = async (collection: 'events' | 'trainings', where?: Where) =>
        (
          await req.payload.find({
            collection,
            where,
            pagination: false,
            depth: 1,
            overrideAccess: false,
            req: inLocale(req, 'fr'),
            locale: 'fr',
          })
        ).docs as unknown as Array<Record<string, unknown>>
      const wantsTrainings = filters.kind.length === 0 || filters.kind.includes('training')
      const eventKinds = filters.kind.filter((k) => k !== 'training')
      const events =
        filters.kind.length && !eventKinds.length
          ? []
          : await read('events', eventKinds.length ? { kind: { in: eventKinds } } : undefined)
      const trainings = wantsTrainings ? await read('trainings') : []

      const entries: Array<Dated & { uid: string; fn: Named; category: string }> = [
        ...events.map((e) => ({
          ...(e as unknown as Dated),
          uid: `event-${e.id}@${domain}`,
          fn: e.function as Named,
          category: String(e.kind),
        })),
        ...trainings.flatMap((t) =>
          ((t.sessions as Array<Session & { id: string }>) ?? []).map((s) => ({
            ...s,
            id: t.id as number,
            title: String(t.title),
            summary: t.objectives as string | null,
            uid: `training-${t.id}-${s.id}@${domain}`,
            fn: t.function as Named,
            category: 'training',
          })),
        ),
      ].filter((e) => matches(e.region, regions) && matches(e.fn, filters.function))

      const cal = ical({
        name,
        prodId: { company: 'Unadel', product: 'Pole metiers', language: 'FR' },
      })
      for (const entry of entries) {
        const region =
          entry.region && typeof entry.region === 'object' ? entry.region.name : undefined
        cal.createEvent({
          id: entry.uid,
          ...when(entry),
          summary: entry.title,
          description: entry.summary ?? undefined,
          location: [entry.place, region].filter(Boolean).join(', ') || undefined,
          categories: [{ name: entry.category }],
        })
      }
      return new Response(cal.toString(), {
        headers: {
          'content-type': 'text/calendar; charset=utf-8',
          'content-disposition': 'inline; filename="pole-metiers.ics"',
        },
      })
    }
    return addCollectionEndpoints(
      config,
      (slug) => slug === 'events',
      () => [
        {
          path: '/calendar.ics',
          method: 'get',
          handler,
          custom: {
            openapi: {
              summary: 'The calendar: published events and training sessions (iCalendar)',
              description:
                'One VEVENT each, for calendar clients to subscribe to; all-day entries are `VALUE=DATE`.',
              access: 'public',
              query: query.en,
              responses: {
                200: describedResponse('An iCalendar feed.', 'text/calendar'),
              },
            } satisfies EndpointDescription,
          },
        },
      ],
    )
  }
