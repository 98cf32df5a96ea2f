import { NETWORK_TIME_ZONE } from '../../../fields/timeZone'

/**
 * A date as the network reads it: an all-day entry's day (its UTC date, see `calendarDay`), or
 * a day and a time in Paris.
 */
export const formatWhen = (value: string, allDay: boolean, language: string): string => {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(allDay
      ? { timeZone: 'UTC' }
      : { timeZone: NETWORK_TIME_ZONE, hour: '2-digit', minute: '2-digit' }),
  }).format(date)
}
