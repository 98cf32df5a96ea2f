/** A French and English label. */
export const label = (fr: string, en: string) => ({ fr, en })

/** Select options from [value, French, English] triples; their values keep their literal types. */
export const options = <const Value extends string>(
  ...entries: Array<[value: Value, fr: string, en: string]>
) => entries.map(([value, fr, en]) => ({ value, label: { fr, en } }))

/** The values of select options: what the seed's zod enums accept, from the same list. */
export const valuesOf = <Value extends string>(choices: Array<{ value: Value }>) =>
  choices.map((choice) => choice.value)

export const groups = {
  network: label('Réseau', 'Network'),
  content: label('Contenus', 'Content'),
  steering: label('Pilotage', 'Steering'),
  administration: label('Administration', 'Administration'),
}
