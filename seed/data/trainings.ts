// « Élaboration des 2 premières formations-actions » (first semester 2014), run in the second.
export const trainings = [
  {
    slug: 'premiere-formation-action-2014',
    title: { fr: 'Première formation-action 2014', en: 'First action-training 2014' },
    format: 'action-training',
    audience: 'developers',
    status: 'design',
    function: 'formation',
    partners: ['unadel'],
    axes: [],
  },
  {
    slug: 'deuxieme-formation-action-2014',
    title: { fr: 'Deuxième formation-action 2014', en: 'Second action-training 2014' },
    format: 'action-training',
    audience: 'developers',
    status: 'design',
    function: 'formation',
    partners: ['unadel'],
    axes: [],
  },
]
