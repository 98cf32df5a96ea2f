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
