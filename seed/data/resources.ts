import { z } from 'zod'

import { resourceOptions } from '../../collections/resources/options'
import { valuesOf } from '../../fields/labels'
import { defineSeedSet, bySlug, withRefs } from '../loader'
import { axes, localized, slug, year } from '../schemas'

// What the Plateforme nationale des métiers produced (preamble), and the works the document cites.
export const resources = [
  {
    slug: 'fiches-metiers-developpement-territorial',
    type: 'job-profile',
    title: {
      fr: 'Fiches métiers du développement territorial',
      en: 'Job profiles of territorial development',
    },
    publisher: 'unadel',
    function: 'ressources',
    axes: [],
  },
  {
    slug: 'referentiel-competences-developpement-territorial',
    type: 'competency-framework',
    title: {
      fr: 'Référentiel de compétences des métiers du développement territorial',
      en: 'Competency framework of territorial development',
    },
    publisher: 'unadel',
    function: 'ressources',
    axes: [],
  },
  {
    slug: 'guide-formations-developpement-territorial',
    type: 'training-guide',
    title: {
      fr: 'Guide des formations au développement territorial',
      en: 'Guide to territorial development training',
    },
    publisher: 'unadel',
    function: 'formation',
    axes: [],
  },
  {
    slug: 'enquetes-etudes-metiers',
    type: 'survey',
    title: {
      fr: 'Enquêtes et études sur les métiers du développement territorial',
      en: 'Surveys and studies of territorial development jobs',
    },
    publisher: 'unadel',
    function: 'expertise-prospective',
    axes: [],
  },
  {
    slug: 'recherche-action-plateforme-2012',
    type: 'action-research',
    year: 2012,
    title: {
      fr: 'Recherche-action et prospective sur les évolutions des métiers du développement',
      en: 'Action research and foresight on the evolution of development jobs',
    },
    summary: {
      fr: 'Menée en 2012 avec des groupes de travail régionaux de la Plateforme nationale des métiers.',
    },
    publisher: 'unadel',
    function: 'recherche-developpement',
    axes: [],
  },
  {
    slug: 'actes-premier-congres-developpeurs-territoriaux',
    type: 'proceedings',
    year: 2013,
    title: {
      fr: 'Actes du Premier Congrès national des développeurs territoriaux',
      en: 'Proceedings of the first national congress of territorial developers',
    },
    summary: {
      fr: 'Extrait cité par le projet de partenariat (section I) : « Les tensions budgétaires et le retrait de l’État du financement de l’ingénierie semblent par ailleurs conduire à un renforcement des enjeux de la coordination des ressources, de coopération entre acteurs et territoires et de transversalité entre les thématiques. […] Comment susciter l’envie de coopérer ? La coopération peut être un véritable outil au service du développement mais nécessite une posture et des compétences propres insuffisamment enseignés. »',
    },
    publisher: 'unadel',
    function: 'expertise-prospective',
    axes: [1, 2, 3, 4],
  },
  {
    slug: 'ingenierie-territoriale-question-technique-reponse-politique',
    type: 'survey',
    year: 2012,
    title: {
      fr: 'Ingénierie territoriale : à question technique, réponse politique',
      en: 'Territorial engineering: a technical question, a political answer',
    },
    summary: { fr: 'Note d’ETD de juillet 2012.' },
    publisher: 'etd',
    function: 'expertise-prospective',
    axes: [2],
  },
]

/** How these records become documents, and the rules each must meet first. */
export const resourcesSet = defineSeedSet({
  file: 'seed/data/resources.ts',
  collection: 'resources',
  records: resources,
  schema: z.strictObject({
    slug,
    type: z.enum(valuesOf(resourceOptions.type)),
    title: localized,
    summary: localized.optional(),
    year: year.optional(),
    publisher: slug,
    function: slug,
    axes,
  }),
  key: ['slug'],
  refKey: bySlug,
  toData: (r, ref) =>
    withRefs(r, ref, { publisher: 'members', function: 'functions', axes: 'axes' }),
})
