import type { CollectionConfig } from 'payload'

import { inEveryLanguage, type KeyOf, type Translations } from '../src/utilities/translator'

/** A French and English label. */
export const label = (fr: string, en: string) => ({ fr, en })

export type Label = ReturnType<typeof label>

/** Select options, as `optionsOf` makes them. */
export type Options<Value extends string = string> = Array<{ value: Value; label: Label }>

/** A select's options: the keys of `translations[language][list]`, in their order, labelled. */
const options = <T extends Translations, List extends keyof T['en'] & string>(
  translations: T,
  list: List,
): Options<keyof T['en'][List] & string> =>
  (Object.keys(translations.en[list]) as Array<keyof T['en'][List] & string>).map((value) => ({
    value,
    label: inEveryLanguage(translations, `${list}:${value}` as KeyOf<T>),
  }))

/** Every list of `translations` as select options, by name (`memberOptions.kind`). */
export const optionsOf = <T extends Translations>(translations: T) =>
  Object.fromEntries(
    Object.keys(translations.en).map((list) => [list, options(translations, list)]),
  ) as { [List in keyof T['en'] & string]: Options<keyof T['en'][List] & string> }

/** The values of select options: what the seed's zod enums accept, from the same list. */
export const valuesOf = <Value extends string>(choices: Array<{ value: Value }>) =>
  choices.map((choice) => choice.value)

export const groups = {
  network: label('Réseau', 'Network'),
  content: label('Contenus', 'Content'),
  steering: label('Pilotage', 'Steering'),
  administration: label('Administration', 'Administration'),
}

/** Collections listed together in the admin's navigation, under `group`. */
export const inAdminGroup = (group: Label, collections: CollectionConfig[]) =>
  collections.map((collection) => ({ ...collection, admin: { ...collection.admin, group } }))
