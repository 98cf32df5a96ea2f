import type { DateField, FieldHook, Validate } from 'payload'

import { label } from './labels'
import { NETWORK_TIME_ZONE } from './timeZone'
import { endsAfter } from './validators'

const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: NETWORK_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * A calendar day is stored at noon UTC (Payload's own rule for day-only dates): its UTC date is
 * the day, and it reads as the same day from UTC−11 to UTC+11, overseas regions included. The day
 * is the one the value names: as written in text (`2015-06-11T00:30+02:00` is the 11th, whatever
 * UTC says), and an instant's (a Date: a timed entry's kept start) in Paris, where it was entered.
 */
export const calendarDay = (value: string | Date): string => {
  const written = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0]
  return `${written || parisDay.format(new Date(value))}T12:00:00.000Z`
}

type AllDaySibling = { allDay?: boolean | null }

/** The value a date of an all-day entry is kept as: the day it names, whatever time came with it. */
const dayWhenAllDay: FieldHook = ({ value, previousValue, siblingData, previousSiblingDoc }) => {
  const allDay =
    (siblingData as AllDaySibling)?.allDay ?? (previousSiblingDoc as AllDaySibling)?.allDay
  // A value this write does not change is the kept instant (a timed entry's, the update's data
  // carries it as stored): its day is Paris's, not that of its UTC text.
  const kept =
    previousValue &&
    (value === undefined || new Date(value).getTime() === new Date(previousValue).getTime())
  const given = kept ? new Date(previousValue) : value
  if (!allDay || given === null || given === undefined || given === '') return value
  return Number.isNaN(new Date(given).getTime()) ? value : calendarDay(given)
}

/** An all-day entry may end the day it starts (its end is its last day, included). */
const endsWhenAllDay = (startField: string): Validate => {
  const strictly = endsAfter(startField)
  return (value, args) => {
    const sibling = args.siblingData as AllDaySibling & Record<string, unknown>
    const start = sibling?.[startField]
    if (
      sibling?.allDay &&
      value &&
      start &&
      calendarDay(value as string) === calendarDay(start as string)
    )
      return true
    return strictly(value, args)
  }
}

/** A day, or a day and a time in Paris, as the sibling `allDay` says (admin field and list cell). */
const dayOrDateTime = (field: Omit<DateField, 'type'>): DateField => ({
  ...field,
  type: 'date',
  // One zone offered: the admin shows and takes Paris time whatever the browser's zone.
  timezone: {
    defaultTimezone: NETWORK_TIME_ZONE,
    supportedTimezones: [{ label: 'Paris', value: NETWORK_TIME_ZONE }],
    // Its default says it: a client that never names the zone (GraphQL included) is not refused.
    override: ({ baseField }) => ({
      ...baseField,
      required: false,
      label: label('Fuseau horaire', 'Time zone'),
    }),
  },
  hooks: { beforeChange: [dayWhenAllDay] },
  admin: {
    date: { pickerAppearance: 'dayAndTime' },
    components: {
      Field: '/components/dates/DayOrDateTimeField#DayOrDateTimeField',
      Cell: '/components/dates/DayOrDateTimeCell#DayOrDateTimeCell',
    },
    ...field.admin,
  },
})

/** When something happens: a start, an optional end, and whether only the days are known. */
export const whenFields = [
  {
    name: 'allDay',
    type: 'checkbox' as const,
    defaultValue: false,
    label: label('Journée entière', 'All day'),
    admin: {
      description: label(
        'Seuls les jours sont connus : pas d’heure, le même jour partout (journée entière dans les agendas).',
        'Only the days are known: no time, the same day everywhere (all-day in calendars).',
      ),
    },
  },
  {
    type: 'row' as const,
    fields: [
      dayOrDateTime({
        name: 'startsAt',
        required: true,
        index: true,
        label: label('Début', 'Starts at'),
      }),
      dayOrDateTime({
        name: 'endsAt',
        validate: endsWhenAllDay('startsAt'),
        label: label('Fin', 'Ends at'),
      }),
    ],
  },
]
