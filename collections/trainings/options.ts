import { optionsOf } from '../../fields/labels'

const translations = {
  fr: {
    format: {
      'action-training': 'Formation-action',
      experimental: 'Formation expérimentale',
      seminar: 'Séminaire',
      'student-engineering-pool': 'Pool d’ingénierie étudiante',
    },
    audience: {
      developers: 'Développeurs territoriaux',
      'elected-officials': 'Élus',
      technicians: 'Techniciens',
      mixed: 'Élus et techniciens',
    },
    status: {
      design: 'En conception',
      open: 'Inscriptions ouvertes',
      running: 'En cours',
      done: 'Terminée',
    },
  },
  en: {
    format: {
      'action-training': 'Action-training',
      experimental: 'Experimental training',
      seminar: 'Seminar',
      'student-engineering-pool': 'Student engineering pool',
    },
    audience: {
      developers: 'Territorial developers',
      'elected-officials': 'Elected officials',
      technicians: 'Technicians',
      mixed: 'Mixed',
    },
    status: {
      design: 'In design',
      open: 'Open',
      running: 'Running',
      done: 'Done',
    },
  },
}

export const trainingOptions = optionsOf(translations)
