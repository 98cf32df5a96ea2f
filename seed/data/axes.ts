import { z } from 'zod'

import { defineSeedSet } from '../loader'
import { localized } from '../schemas'

// Section II, « Axes de travail prioritaires », word for word.
export const axes = [
  {
    number: 1,
    title: {
      fr: 'Développer dans et entre les territoires les pratiques de mutualisation, de coopération, et la mise en réseau plutôt que des pratiques de compétition.',
      en: 'Develop pooling, cooperation and networking within and between territories rather than competition.',
    },
  },
  {
    number: 2,
    title: {
      fr: 'Renforcer la cohérence entre projet de territoire et politiques publiques, en travaillant la coordination et l’intermédiation des politiques publiques et des acteurs.',
      en: 'Strengthen the coherence between territorial projects and public policies, by working on the coordination and intermediation of public policies and actors.',
    },
  },
  {
    number: 3,
    title: {
      fr: 'Renouveler et renforcer l’animation territoriale, développer le pouvoir d’agir des citoyens, le « faire ensemble », développer des actions génératrices de lien social, développer une ingénierie du débat public.',
      en: 'Renew and strengthen territorial facilitation, develop citizens’ power to act and “doing together”, actions that create social ties, and an engineering of public debate.',
    },
  },
  {
    number: 4,
    title: {
      fr: 'Accompagner le changement, mieux diffuser au sein de ces métiers les concepts et pratiques du développement durable, de l’économie solidaire, susciter des stratégies territoriales de transition.',
      en: 'Support change, spread the concepts and practices of sustainable development and the solidarity economy within these professions, and foster territorial transition strategies.',
    },
  },
]

/** How these records become documents, and the rules each must meet first. */
export const axesSet = defineSeedSet({
  file: 'seed/data/axes.ts',
  collection: 'axes',
  records: axes,
  schema: z.strictObject({ number: z.number().int().min(1).max(4), title: localized }),
  key: ['number'],
  refKey: (r) => r.number,
  toData: (r) => r,
})
