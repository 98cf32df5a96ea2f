/** A French and English label. */
export const label = (fr: string, en: string) => ({ fr, en })

/** Select options from [value, French, English] triples. */
export const options = (...entries: Array<[value: string, fr: string, en: string]>) =>
  entries.map(([value, fr, en]) => ({ value, label: { fr, en } }))

export const groups = {
  network: label('Réseau', 'Network'),
  content: label('Contenus', 'Content'),
  steering: label('Pilotage', 'Steering'),
  administration: label('Administration', 'Administration'),
}
