'use client'

import { DateTimeField, useFormFields } from '@payloadcms/ui'
import type { DateFieldClientComponent } from 'payload'

import { pickerOf } from '../../plugins/date-entry/formats'

/** The sibling `allDay` of a date at `path` (`startsAt`, or `sessions.0.startsAt`). */
const allDayPath = (path: string) => path.replace(/[^.]+$/, 'allDay')

/** Payload's date field, a day picker when the entry is all-day, a day-and-time one otherwise. */
export const DayOrDateTimeField: DateFieldClientComponent = (props) => {
  const allDay = useFormFields(([fields]) => Boolean(fields[allDayPath(props.path)]?.value))
  const date = allDay ? pickerOf('day') : props.field.admin?.date
  return (
    <DateTimeField
      {...props}
      field={{
        ...props.field,
        // A day has no time zone: the zone picker goes with the time.
        timezone: allDay ? undefined : props.field.timezone,
        admin: { ...props.field.admin, date } as typeof props.field.admin,
      }}
    />
  )
}
