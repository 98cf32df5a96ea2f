import { z } from 'zod'

import { regionalGroupOptions } from '../../collections/regional-groups/options'
import { valuesOf } from '../../fields/labels'
import { defineSeedSet, bySlug, withRefs } from '../loader'
import { axes, localized, slug } from '../schemas'

// « Création de groupes de travail régionaux » (first semester 2014), built on the networks that
// prepared the 2013 congress.
export const regionalGroups = [
  {
    slug: 'groupe-regional-rhone-alpes',
    name: {
      fr: 'Groupe de travail régional Rhône-Alpes',
      en: 'Rhône-Alpes regional working group',
    },
    region: '82',
    animator: 'aradel',
    participants: ['ciedel', 'plateforme-rhone-alpes-developpement-rural'],
    function: 'animation-reseau',
    status: 'forming',
    axes: [1],
  },
]

/** How these records become documents, and the rules each must meet first. */
export const regionalGroupsSet = defineSeedSet({
  file: 'seed/data/regional-groups.ts',
  collection: 'regional-groups',
  records: regionalGroups,
  schema: z.strictObject({
    slug,
    name: localized,
    region: z.string(),
    animator: slug,
    participants: z.array(slug),
    function: slug,
    status: z.enum(valuesOf(regionalGroupOptions.status)),
    axes,
  }),
  key: ['slug'],
  refKey: bySlug,
  toData: (r, ref) =>
    withRefs(r, ref, {
      region: 'regions',
      animator: 'members',
      participants: 'members',
      function: 'functions',
      axes: 'axes',
    }),
})
