// date-fns patterns. A date picker shows its date with the first pattern it is given and reads
// what is typed with every one: with a single pattern, it read each keystroke as best it could
// (« 1 », the first of this month) and kept the last date it made out, silently.

/** How the admin shows a day. */
export const DAY = 'd MMMM yyyy'
/** How the admin shows a day and its time. */
export const DAY_AND_TIME = `${DAY}, HH:mm`

// Days and times as French editors type them: « 15/03/2027 », « 15 mars 2027 », « 18h30 ».
const DAYS = [DAY, 'dd/MM/yyyy', 'd/M/yyyy', 'd/M/yy', 'dd.MM.yyyy', 'yyyy-MM-dd']
const TIMES = ['HH:mm', "HH'h'mm", "HH'h'"]
const BETWEEN = [', ', ' ', ' à ']

const DAY_AND_TIME_PATTERNS = [
  ...new Set([
    DAY_AND_TIME,
    ...DAYS.flatMap((day) =>
      BETWEEN.flatMap((between) => TIMES.map((time) => `${day}${between}${time}`)),
    ),
    // A day alone is its midnight.
    ...DAYS,
  ]),
]

/** Payload's `admin.date` of a picker of days, or of days and times: shown in French, typed as in France. */
export const pickerOf = (kind: 'day' | 'dayAndTime') =>
  kind === 'day'
    ? {
        pickerAppearance: 'dayOnly' as const,
        displayFormat: DAY,
        overrides: { dateFormat: DAYS },
      }
    : {
        pickerAppearance: 'dayAndTime' as const,
        displayFormat: DAY_AND_TIME,
        // The popup's list of times: « 18:30 », not Payload's « 6:30 PM ».
        timeFormat: 'HH:mm',
        overrides: { dateFormat: DAY_AND_TIME_PATTERNS },
      }
