import { options } from './labels'

/** The collections whose documents belong to a function of the Pôle, and so can be delegated. */
export const delegableCollectionOptions = options(
  ['resources', 'Ressources', 'Resources'],
  ['trainings', 'Formations', 'Trainings'],
  ['regional-groups', 'Groupes régionaux', 'Regional groups'],
  ['events', 'Événements', 'Events'],
  ['budget-lines', 'Lignes budgétaires', 'Budget lines'],
  ['milestones', 'Calendrier', 'Milestones'],
)
