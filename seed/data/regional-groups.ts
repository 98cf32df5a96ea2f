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
