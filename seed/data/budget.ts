import { z } from 'zod'

import { budgetLineOptions } from '../../collections/budget-lines/options'
import { valuesOf } from '../../fields/labels'
import { defineSeedSet, withRefs } from '../loader'
import { euros, slug, year } from '../schemas'

// Section III, « Budget prévisionnel 2014 », every line (euros). Cash: 115 000 on each side;
// with the contributions in kind, 123 000 on each side.
export const budgetLines = [
  {
    direction: 'expense',
    kind: 'cash',
    category: 'staff',
    label: 'Salaire et charges Unadel (50 % ETP) + stagiaire',
    planned: 35000,
  },
  {
    direction: 'expense',
    kind: 'cash',
    category: 'services',
    label: 'Prestations associatives : pilotage de chantiers ou actions',
    planned: 40000,
  },
  {
    direction: 'expense',
    kind: 'cash',
    category: 'logistics',
    label:
      'Logistique rencontres inter régionales et nationales (déplacements des réseaux régionaux, locations, repas)',
    planned: 20000,
  },
  {
    direction: 'expense',
    kind: 'cash',
    category: 'deliverables',
    label: 'Livrables (site internet, outils pédagogiques, actes, plaquettes)',
    planned: 20000,
  },
  {
    direction: 'expense',
    kind: 'in-kind',
    category: 'volunteering',
    label: 'Bénévolat valorisé',
    planned: 4000,
  },
  {
    direction: 'expense',
    kind: 'in-kind',
    category: 'premises',
    label: 'Mise à disposition de salles',
    planned: 4000,
  },
  {
    direction: 'income',
    kind: 'cash',
    category: 'subsidy',
    label: 'Acsé',
    funder: 'acse',
    planned: 60000,
  },
  {
    direction: 'income',
    kind: 'cash',
    category: 'subsidy',
    label: 'Datar',
    funder: 'datar',
    planned: 30000,
  },
  {
    direction: 'income',
    kind: 'cash',
    category: 'subsidy',
    label: 'Conseils régionaux',
    funder: 'conseils-regionaux',
    planned: 17500,
  },
  {
    direction: 'income',
    kind: 'cash',
    category: 'subsidy',
    label: 'ASP',
    funder: 'asp',
    planned: 7500,
  },
  {
    direction: 'income',
    kind: 'in-kind',
    category: 'volunteering',
    label: 'Bénévolat valorisé',
    planned: 4000,
  },
  {
    direction: 'income',
    kind: 'in-kind',
    category: 'technical-partnership',
    label: 'Partenariats techniques universitaires',
    planned: 4000,
  },
].map((line) => ({ year: 2014, status: 'validated', ...line }))

/** How these records become documents, and the rules each must meet first. */
export const budgetLinesSet = defineSeedSet({
  file: 'seed/data/budget.ts',
  collection: 'budget-lines',
  records: budgetLines,
  schema: z.strictObject({
    year,
    direction: z.enum(valuesOf(budgetLineOptions.direction)),
    kind: z.enum(valuesOf(budgetLineOptions.kind)),
    category: z.string().min(1),
    label: z.string().min(1),
    funder: slug.optional(),
    planned: euros,
    status: z.enum(valuesOf(budgetLineOptions.status)),
  }),
  key: ['year', 'direction', 'kind', 'category', 'funder'],
  refKey: (r) => `${r.year}/${r.direction}/${r.label}`,
  toData: (r, ref) => withRefs(r, ref, { funder: 'members' }),
})
