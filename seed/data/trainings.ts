import { z } from 'zod'

import { trainingOptions } from '../../collections/trainings/options'
import { valuesOf } from '../../fields/labels'
import { defineSeedSet, bySlug, withRefs } from '../loader'
import { axes, localized, slug } from '../schemas'

// « Élaboration des 2 premières formations-actions » (first semester 2014), run in the second:
// premiere-formation-action-2014 and deuxieme-formation-action-2014.
export const trainings = [
  ['premiere', 'Première', 'First'],
  ['deuxieme', 'Deuxième', 'Second'],
].map(([ordinal, fr, en]) => ({
  slug: `${ordinal}-formation-action-2014`,
  title: { fr: `${fr} formation-action 2014`, en: `${en} action-training 2014` },
  format: 'action-training',
  audience: 'developers',
  status: 'design',
  function: 'formation',
  partners: ['unadel'],
  axes: [],
}))

/** How these records become documents, and the rules each must meet first. */
export const trainingsSet = defineSeedSet({
  file: 'seed/data/trainings.ts',
  collection: 'trainings',
  records: trainings,
  schema: z.strictObject({
    slug,
    title: localized,
    format: z.enum(valuesOf(trainingOptions.format)),
    audience: z.enum(valuesOf(trainingOptions.audience)),
    status: z.enum(valuesOf(trainingOptions.status)),
    function: slug,
    partners: z.array(slug),
    axes,
  }),
  key: ['slug'],
  refKey: bySlug,
  toData: (r, ref) =>
    withRefs(r, ref, { function: 'functions', partners: 'members', axes: 'axes' }),
})
