import { format, parse } from 'date-fns'
import { fr } from 'date-fns/locale/fr'
import type { Config, DateField, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { dateEntryPlugin } from '../../src/plugins/date-entry'
import { pickerOf } from '../../src/plugins/date-entry/formats'

const date = (name: string, pickerAppearance?: 'dayOnly' | 'dayAndTime' | 'timeOnly'): Field => ({
  name,
  type: 'date',
  ...(pickerAppearance ? { admin: { date: { pickerAppearance } } } : {}),
})

/** The date fields of a config, wherever they stand, by name. */
const dates = (fields: Field[]): Record<string, DateField> =>
  Object.fromEntries(
    fields.flatMap((field): Array<[string, DateField]> => {
      if (field.type === 'date') return [[field.name, field]]
      if (field.type === 'tabs')
        return field.tabs.flatMap((tab) => Object.entries(dates(tab.fields)))
      if (field.type === 'blocks')
        return field.blocks.flatMap((block) => Object.entries(dates(block.fields)))
      return 'fields' in field ? Object.entries(dates(field.fields)) : []
    }),
  )

describe('date entry', () => {
  const config = dateEntryPlugin()({
    collections: [
      {
        slug: 'events',
        fields: [
          date('startsAt', 'dayAndTime'),
          { type: 'row', fields: [date('memberSince', 'dayOnly')] },
          { name: 'sessions', type: 'array', fields: [date('sessionStart', 'dayAndTime')] },
          { type: 'tabs', tabs: [{ label: 'Plus', fields: [date('plain')] }] },
          { name: 'parts', type: 'blocks', blocks: [{ slug: 'b', fields: [date('inBlock')] }] },
          date('opensAt', 'timeOnly'),
        ],
      },
    ],
  } as Config)
  const fields = dates(config.collections![0]!.fields)

  it('gives every day and day-and-time picker, however deep, the French formats', () => {
    for (const name of ['startsAt', 'sessionStart'])
      expect(fields[name]!.admin?.date).toEqual(pickerOf('dayAndTime'))
    for (const name of ['memberSince', 'plain', 'inBlock'])
      expect(fields[name]!.admin?.date).toEqual(pickerOf('day'))
    expect(fields.opensAt!.admin?.date).toEqual({ pickerAppearance: 'timeOnly' })
  })

  it('shows with its first pattern, and reads what French editors type', () => {
    for (const kind of ['day', 'dayAndTime'] as const) {
      const picker = pickerOf(kind)
      expect(picker.overrides.dateFormat[0]).toBe(picker.displayFormat)
    }
    const reads = (kind: 'day' | 'dayAndTime', typed: string) =>
      pickerOf(kind)
        .overrides.dateFormat.map((pattern) =>
          parse(typed, pattern, new Date(2026, 10, 29), { locale: fr }),
        )
        .filter((parsed) => !Number.isNaN(parsed.getTime()))
        .map((parsed) => format(parsed, 'yyyy-MM-dd HH:mm'))
    for (const typed of [
      '15/03/2027 18:30',
      '15/03/2027 18h30',
      '15 mars 2027, 18:30',
      '15/3/2027 à 18h30',
    ])
      expect(new Set(reads('dayAndTime', typed)), typed).toEqual(new Set(['2027-03-15 18:30']))
    for (const typed of ['15/03/2027', '15 mars 2027', '15.03.2027', '2027-03-15'])
      expect(new Set(reads('day', typed)), typed).toEqual(new Set(['2027-03-15 00:00']))
    // What names no date reads as none: the picker keeps the date it had.
    for (const typed of ['1', '15/13/2027', '15.03.2027 25:00', 'demain'])
      expect(reads('dayAndTime', typed), typed).toEqual([])
  })
})
