import { z } from 'zod'

import { defineSeedSet } from '../loader'
import { day, instant } from '../schemas'

// The regions of metropolitan France in 2014 (22) and after the 2016 reform (13), with their
// INSEE codes, plus the overseas regions. Regions that kept their borders keep their code.
export const regions = [
  // Régions issues de la réforme de 2016
  { code: '27', name: 'Bourgogne-Franche-Comté', validFrom: '2016-01-01' },
  { code: '28', name: 'Normandie', validFrom: '2016-01-01' },
  { code: '32', name: 'Hauts-de-France', validFrom: '2016-01-01' },
  { code: '44', name: 'Grand Est', validFrom: '2016-01-01' },
  { code: '75', name: 'Nouvelle-Aquitaine', validFrom: '2016-01-01' },
  { code: '76', name: 'Occitanie', validFrom: '2016-01-01' },
  { code: '84', name: 'Auvergne-Rhône-Alpes', validFrom: '2016-01-01' },
  // Régions inchangées en 2016
  { code: '11', name: 'Île-de-France' },
  { code: '24', name: 'Centre-Val de Loire' },
  { code: '52', name: 'Pays de la Loire' },
  { code: '53', name: 'Bretagne' },
  { code: '93', name: 'Provence-Alpes-Côte d’Azur' },
  { code: '94', name: 'Corse' },
  // Régions de 2014 fusionnées au 1er janvier 2016
  { code: '21', name: 'Champagne-Ardenne', validUntil: '2015-12-31', mergedInto: '44' },
  { code: '22', name: 'Picardie', validUntil: '2015-12-31', mergedInto: '32' },
  { code: '23', name: 'Haute-Normandie', validUntil: '2015-12-31', mergedInto: '28' },
  { code: '25', name: 'Basse-Normandie', validUntil: '2015-12-31', mergedInto: '28' },
  { code: '26', name: 'Bourgogne', validUntil: '2015-12-31', mergedInto: '27' },
  { code: '31', name: 'Nord-Pas-de-Calais', validUntil: '2015-12-31', mergedInto: '32' },
  { code: '41', name: 'Lorraine', validUntil: '2015-12-31', mergedInto: '44' },
  { code: '42', name: 'Alsace', validUntil: '2015-12-31', mergedInto: '44' },
  { code: '43', name: 'Franche-Comté', validUntil: '2015-12-31', mergedInto: '27' },
  { code: '54', name: 'Poitou-Charentes', validUntil: '2015-12-31', mergedInto: '75' },
  { code: '72', name: 'Aquitaine', validUntil: '2015-12-31', mergedInto: '75' },
  { code: '73', name: 'Midi-Pyrénées', validUntil: '2015-12-31', mergedInto: '76' },
  { code: '74', name: 'Limousin', validUntil: '2015-12-31', mergedInto: '75' },
  { code: '82', name: 'Rhône-Alpes', validUntil: '2015-12-31', mergedInto: '84' },
  { code: '83', name: 'Auvergne', validUntil: '2015-12-31', mergedInto: '84' },
  { code: '91', name: 'Languedoc-Roussillon', validUntil: '2015-12-31', mergedInto: '76' },
  // Outre-mer
  { code: '01', name: 'Guadeloupe' },
  { code: '02', name: 'Martinique' },
  { code: '03', name: 'Guyane' },
  { code: '04', name: 'La Réunion' },
  { code: '06', name: 'Mayotte' },
]

/** How these records become documents, and the rules each must meet first. */
export const regionsSet = defineSeedSet({
  file: 'seed/data/regions.ts',
  collection: 'regions',
  records: regions,
  schema: z.strictObject({
    code: z.string().regex(/^\d{2}$/, 'an INSEE region code is 2 digits'),
    name: z.string().min(1),
    validFrom: day.optional(),
    validUntil: day.optional(),
    mergedInto: z.string().optional(),
  }),
  key: ['code'],
  refKey: (r) => r.code,
  toData: (r, ref) => ({
    code: r.code,
    name: r.name,
    validFrom: instant(r.validFrom),
    validUntil: instant(r.validUntil),
    mergedInto: r.mergedInto ? ref('regions', r.mergedInto) : null,
  }),
})
