import { z } from 'zod'

import { eventOptions } from '../../collections/events/options'
import { calendarDay } from '../../fields/dates'
import { valuesOf } from '../../fields/labels'
import { defineSeedSet, bySlug, withRefs } from '../loader'
import { axes, day, localized, slug } from '../schemas'

// The meetings the document names. The nine regional pre-meetings of the first semester 2013
// gathered 350 developers in all: the document gives no split, so the figures below share the
// total evenly and the dates are the months of that semester, as placeholders to refine.
const preMeetings = Array.from({ length: 9 }, (_, i) => ({
  slug: `pre-rencontre-regionale-2013-${i + 1}`,
  title: {
    fr: `Pré-rencontre régionale n° ${i + 1} du Congrès 2013`,
    en: `Regional pre-meeting no. ${i + 1} of the 2013 congress`,
  },
  kind: 'regional-meeting',
  startsAt: `2013-0${Math.min(1 + Math.floor((i * 6) / 9), 6)}-15`,
  participants: i === 8 ? 38 : 39,
  organisers: ['unadel', 'irdsu'],
  function: 'animation-reseau',
  axes: [],
}))

export const events = [
  ...preMeetings,
  {
    slug: 'premier-congres-national-developpeurs-territoriaux',
    title: {
      fr: 'Premier Congrès national des développeurs territoriaux',
      en: 'First national congress of territorial developers',
    },
    kind: 'congress',
    startsAt: '2013-07-04',
    endsAt: '2013-07-05',
    place: 'Valence',
    region: '82',
    participants: 450,
    organisers: [
      'unadel',
      'irdsu',
      'collectif-ville-campagne',
      'plateforme-rhone-alpes-developpement-rural',
    ],
    function: 'expertise-prospective',
    proceedings: ['actes-premier-congres-developpeurs-territoriaux'],
    axes: [1, 2, 3, 4],
  },
  {
    slug: 'second-congres-national-developpeurs-territoriaux',
    title: {
      fr: 'Second Congrès national des développeurs territoriaux',
      en: 'Second national congress of territorial developers',
    },
    summary: { fr: 'Préparé dès 2014 par le Pôle national ; date à fixer en 2015.' },
    kind: 'congress',
    startsAt: '2015-01-01',
    organisers: ['unadel'],
    function: 'expertise-prospective',
    axes: [],
  },
]

/** How these records become documents, and the rules each must meet first. */
export const eventsSet = defineSeedSet({
  file: 'seed/data/events.ts',
  collection: 'events',
  records: events,
  schema: z
    .strictObject({
      slug,
      title: localized,
      summary: localized.optional(),
      kind: z.enum(valuesOf(eventOptions.kind)),
      startsAt: day,
      endsAt: day.optional(),
      place: z.string().optional(),
      region: z.string().optional(),
      participants: z.number().int().nonnegative().optional(),
      organisers: z.array(slug),
      function: slug,
      proceedings: z.array(slug).default([]),
      axes,
    })
    .refine((e) => !e.endsAt || e.endsAt > e.startsAt, 'endsAt must come after startsAt'),
  key: ['slug'],
  refKey: bySlug,
  toData: (r, ref) => ({
    ...withRefs(r, ref, {
      region: 'regions',
      organisers: 'members',
      function: 'functions',
      proceedings: 'resources',
      axes: 'axes',
    }),
    // The document gives days, not hours: all-day events.
    allDay: true,
    startsAt: calendarDay(r.startsAt),
    endsAt: r.endsAt ? calendarDay(r.endsAt) : null,
  }),
})
