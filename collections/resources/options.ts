import { optionsOf } from '../../fields/labels'

const translations = {
  fr: {
    type: {
      'job-profile': 'Fiche métier',
      'competency-framework': 'Référentiel de compétences',
      'training-guide': 'Guide des formations',
      survey: 'Enquête ou étude',
      'action-research': 'Recherche-action',
      tool: 'Outil',
      proceedings: 'Actes',
      brochure: 'Plaquette',
      'teaching-tool': 'Outil pédagogique',
      legal: 'Ressource juridique',
      'eu-programme': 'Dispositif européen',
      'territorial-project': 'Projet de territoire',
      'transition-strategy': 'Stratégie de transition',
    },
    language: {
      fr: 'Français',
      en: 'Anglais',
    },
  },
  en: {
    type: {
      'job-profile': 'Job profile',
      'competency-framework': 'Competency framework',
      'training-guide': 'Training guide',
      survey: 'Survey or study',
      'action-research': 'Action research',
      tool: 'Tool',
      proceedings: 'Proceedings',
      brochure: 'Brochure',
      'teaching-tool': 'Teaching tool',
      legal: 'Legal resource',
      'eu-programme': 'EU programme',
      'territorial-project': 'Territorial project',
      'transition-strategy': 'Transition strategy',
    },
    language: {
      fr: 'French',
      en: 'English',
    },
  },
}

export const resourceOptions = optionsOf(translations)
