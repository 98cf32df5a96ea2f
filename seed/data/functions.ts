import { z } from 'zod'

import { PILOT_ROLES } from '../../src/plugins/delegation'
import { defineSeedSet, bySlug } from '../loader'
import { day, instant, localized, slug } from '../schemas'

// The five functions of the Pôle national (section II, « Une mise en réseau nationale et
// régionale renforcées »), and the delegations of their pilotage.
export const functions = [
  {
    slug: 'animation-reseau',
    title: { fr: 'Animation du réseau', en: 'Network facilitation' },
    summary: {
      fr: 'Mettre en réseau les acteurs au niveau national et régional : rencontres régionales et inter-régionales, groupes de travail régionaux, rencontres nationales thématiques, intégration des centres de ressources, des réseaux régionaux de professionnels et des employeurs.',
    },
    pilots: [],
  },
  {
    slug: 'ressources',
    title: { fr: 'Ressources', en: 'Resources' },
    summary: {
      fr: 'Une fonction « ressources » plus développée (dispositifs européens de développement local, champ juridique, outils collaboratifs, projets de territoire, stratégies territoriales de transition) et la valorisation des productions du Pôle (site internet, plaquettes).',
    },
    pilots: [],
  },
  {
    slug: 'formation',
    title: { fr: 'Formation', en: 'Training' },
    summary: {
      fr: 'Renforcer les collaborations avec les acteurs de la formation initiale et continue, par exemple pour ajuster les contenus de formation aux compétences dites « relationnelles » ; formations à titre expérimental, dans le champ de la coopération ou en associant élus et techniciens.',
    },
    pilots: [
      { organisation: 'irdsu', role: 'co-pilot', startsOn: '2014-01-01', endsOn: '2014-12-31' },
    ],
  },
  {
    slug: 'recherche-developpement',
    title: { fr: 'Recherche-développement', en: 'Research and development' },
    summary: {
      fr: 'Actions de recherche-développement, dont des formations-actions territorialisées s’inscrivant dans la durée : conventionnement Université/territoires permettant la mise à disposition de pools d’ingénierie étudiante durant deux années.',
    },
    pilots: [],
  },
  {
    slug: 'expertise-prospective',
    title: { fr: 'Expertise et prospective', en: 'Expertise and foresight' },
    summary: {
      fr: 'Organiser des temps de travail mobilisant l’expertise des professionnels vis-à-vis de l’évolution des politiques publiques au niveau régional et national, afin d’être force de proposition ; préparer dès 2014 le second Congrès national des développeurs territoriaux (2015).',
    },
    pilots: [{ organisation: 'collectif-ville-campagne', role: 'pilot', startsOn: '2014-01-01' }],
  },
]

/** How these records become documents, and the rules each must meet first. */
export const functionsSet = defineSeedSet({
  file: 'seed/data/functions.ts',
  collection: 'functions',
  records: functions,
  schema: z.strictObject({
    slug,
    title: localized,
    summary: localized,
    pilots: z.array(
      z
        .strictObject({
          organisation: slug,
          role: z.enum(PILOT_ROLES),
          startsOn: day,
          endsOn: day.optional(),
        })
        .refine((p) => !p.endsOn || p.endsOn > p.startsOn, 'endsOn must come after startsOn'),
    ),
  }),
  key: ['slug'],
  refKey: bySlug,
  toData: (r, ref) => ({
    ...r,
    pilots: r.pilots.map((p) => ({
      organisation: ref('members', p.organisation),
      role: p.role,
      startsOn: instant(p.startsOn),
      endsOn: instant(p.endsOn),
    })),
  }),
})
