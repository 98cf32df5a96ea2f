import { optionsOf } from '../../fields/labels'

const translations = {
  fr: {
    relation: {
      member: 'Membre',
      partner: 'Partenaire',
      funder: 'Financeur',
    },
    kind: {
      institution: 'Institution',
      training: 'Organisme de formation',
      research: 'Recherche',
      'local-development': 'Structure de développement local',
      'professional-network': 'Réseau de professionnels',
      'resource-centre': 'Centre de ressources',
      employer: 'Employeur',
      'local-authority': 'Collectivité territoriale',
    },
    scope: {
      national: 'Nationale',
      regional: 'Régionale',
      local: 'Locale',
    },
    territory: {
      urban: 'Urbains',
      rural: 'Ruraux',
      mixed: 'Urbains et ruraux',
    },
    status: {
      active: 'Actif',
      former: 'Ancien membre',
    },
  },
  en: {
    relation: {
      member: 'Member',
      partner: 'Partner',
      funder: 'Funder',
    },
    kind: {
      institution: 'Institution',
      training: 'Training body',
      research: 'Research',
      'local-development': 'Local development body',
      'professional-network': 'Professional network',
      'resource-centre': 'Resource centre',
      employer: 'Employer',
      'local-authority': 'Local authority',
    },
    scope: {
      national: 'National',
      regional: 'Regional',
      local: 'Local',
    },
    territory: {
      urban: 'Urban',
      rural: 'Rural',
      mixed: 'Mixed',
    },
    status: {
      active: 'Active',
      former: 'Former',
    },
  },
}

export const memberOptions = optionsOf(translations)
