import type { Config, Field } from 'payload'

import { mapCollections, mapFields } from '../../utilities/fields'
import { DAY_AND_TIME, pickerOf } from './formats'

const withFrenchPicker = (field: Field): Field => {
  if (field.type !== 'date') return field
  const appearance = field.admin?.date?.pickerAppearance ?? 'default'
  if (appearance === 'timeOnly' || appearance === 'monthOnly') return field
  const picker = pickerOf(appearance === 'dayAndTime' ? 'dayAndTime' : 'day')
  return { ...field, admin: { ...field.admin, date: { ...field.admin?.date, ...picker } } }
}

/**
 * Every date field of the admin, the plugins' included, shows its date in French (« 15 mars
 * 2027 », « 15 mars 2027, 18:30 ») and reads it as it is typed in France (« 15/03/2027 18h30 »):
 * a field says only whether it takes a day or a day and a time (`pickerAppearance`). Last among
 * the plugins, to reach the fields the others add. Payload's own dates read the same, and the
 * pickers have the editor's language before they first show a date.
 */
export const dateEntryPlugin =
  () =>
  (config: Config): Config => ({
    ...mapCollections(config, (collection) => ({
      ...collection,
      fields: mapFields(collection.fields, withFrenchPicker),
    })),
    admin: {
      ...config.admin,
      // Payload's own dates (a document's last change, its versions) as the pickers show theirs.
      dateFormat: DAY_AND_TIME,
      components: {
        ...config.admin?.components,
        providers: [
          ...(config.admin?.components?.providers ?? []),
          '/plugins/date-entry/components/DateLocale#DateLocale',
        ],
      },
    },
    globals: config.globals?.map((global) => ({
      ...global,
      fields: mapFields(global.fields, withFrenchPicker),
    })),
  })
