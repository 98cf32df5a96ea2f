/** The labels of the trainings collection's select options, keyed by value (their order is the admin's). */
export const translations = {
  fr: {
    trainingFormat: {
      'action-training': 'Formation-action',
      experimental: 'Formation expérimentale',
      seminar: 'Séminaire',
      'student-engineering-pool': 'Pool d’ingénierie étudiante',
    },
    trainingAudience: {
      developers: 'Développeurs territoriaux',
      'elected-officials': 'Élus',
      technicians: 'Techniciens',
      mixed: 'Élus et techniciens',
    },
    trainingStatus: {
      design: 'En conception',
      open: 'Inscriptions ouvertes',
      running: 'En cours',
      done: 'Terminée',
    },
  },
  en: {
    trainingFormat: {
      'action-training': 'Action-training',
      experimental: 'Experimental training',
      seminar: 'Seminar',
      'student-engineering-pool': 'Student engineering pool',
    },
    trainingAudience: {
      developers: 'Territorial developers',
      'elected-officials': 'Elected officials',
      technicians: 'Technicians',
      mixed: 'Mixed',
    },
    trainingStatus: {
      design: 'In design',
      open: 'Open',
      running: 'Running',
      done: 'Done',
    },
  },
}
