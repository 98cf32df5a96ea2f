/** The labels of the milestones collection's select options, keyed by value (their order is the admin's). */
export const translations = {
  fr: {
    milestoneStatus: {
      planned: 'Prévu',
      'in-progress': 'En cours',
      done: 'Réalisé',
      late: 'En retard',
    },
  },
  en: {
    milestoneStatus: {
      planned: 'Planned',
      'in-progress': 'In progress',
      done: 'Done',
      late: 'Late',
    },
  },
}
