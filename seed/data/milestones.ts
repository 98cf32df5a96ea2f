import { z } from 'zod'

import { defineSeedSet } from '../loader'
import { day, instant, slug } from '../schemas'

// Section II, « Le calendrier » of 2014: four steps in the first semester, three in the second.
export const milestones = [
  {
    period: '2014-S1',
    dueOn: '2014-06-30',
    function: 'recherche-developpement',
    title:
      'Mise en place d’un groupe de travail chercheurs/praticiens et élaboration des 2 premières formations-actions',
  },
  {
    period: '2014-S1',
    dueOn: '2014-06-30',
    function: 'animation-reseau',
    title: 'Réalisation des rencontres régionales et création de groupes de travail régionaux',
  },
  {
    period: '2014-S1',
    dueOn: '2014-06-30',
    function: 'animation-reseau',
    title: 'Structuration du Pôle national et conventionnement avec les partenaires',
  },
  {
    period: '2014-S1',
    dueOn: '2014-06-30',
    function: 'ressources',
    title: 'Création du site internet dédié au Pôle national',
  },
  {
    period: '2014-S2',
    dueOn: '2014-12-31',
    function: 'formation',
    title: 'Mise en œuvre des 2 premières formations-actions',
    deliverables: ['premiere-formation-action-2014', 'deuxieme-formation-action-2014'],
  },
  {
    period: '2014-S2',
    dueOn: '2014-12-31',
    function: 'animation-reseau',
    title: 'Coordination des groupes de travail régionaux et rencontres nationales thématiques',
  },
  {
    period: '2014-S2',
    dueOn: '2014-12-31',
    function: 'ressources',
    title: 'Identification des ressources et outils et alimentation du site',
  },
]

/** How these records become documents, and the rules each must meet first. */
export const milestonesSet = defineSeedSet({
  file: 'seed/data/milestones.ts',
  collection: 'milestones',
  records: milestones,
  schema: z.strictObject({
    period: z.string().regex(/^\d{4}-S[12]$/, 'a period is YYYY-S1 or YYYY-S2'),
    dueOn: day,
    function: slug,
    title: z.string().min(1),
    deliverables: z.array(slug).default([]),
  }),
  key: ['period', 'title'],
  refKey: (r) => `${r.period} ${r.title}`,
  toData: (r, ref) => ({
    ...r,
    dueOn: instant(r.dueOn),
    function: ref('functions', r.function),
    deliverables: r.deliverables.map((d) => ({
      relationTo: 'trainings',
      value: ref('trainings', d),
    })),
  }),
})
