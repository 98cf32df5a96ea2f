import { optionsOf } from '../../fields/labels'

const translations = {
  fr: {
    status: {
      planned: 'Prévu',
      'in-progress': 'En cours',
      done: 'Réalisé',
      late: 'En retard',
    },
  },
  en: {
    status: {
      planned: 'Planned',
      'in-progress': 'In progress',
      done: 'Done',
      late: 'Late',
    },
  },
}

export const milestoneOptions = optionsOf(translations)
