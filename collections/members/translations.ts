/** The labels of the members collection's select options, keyed by value (their order is the admin's). */
export const translations = {
  fr: {
    memberRelation: {
      member: 'Membre',
      partner: 'Partenaire',
      funder: 'Financeur',
    },
    memberKind: {
      institution: 'Institution',
      training: 'Organisme de formation',
      research: 'Recherche',
      'local-development': 'Structure de développement local',
      'professional-network': 'Réseau de professionnels',
      'resource-centre': 'Centre de ressources',
      employer: 'Employeur',
      'local-authority': 'Collectivité territoriale',
    },
    memberScope: {
      national: 'Nationale',
      regional: 'Régionale',
      local: 'Locale',
    },
    memberTerritory: {
      urban: 'Urbains',
      rural: 'Ruraux',
      mixed: 'Urbains et ruraux',
    },
    memberStatus: {
      active: 'Actif',
      former: 'Ancien membre',
    },
  },
  en: {
    memberRelation: {
      member: 'Member',
      partner: 'Partner',
      funder: 'Funder',
    },
    memberKind: {
      institution: 'Institution',
      training: 'Training body',
      research: 'Research',
      'local-development': 'Local development body',
      'professional-network': 'Professional network',
      'resource-centre': 'Resource centre',
      employer: 'Employer',
      'local-authority': 'Local authority',
    },
    memberScope: {
      national: 'National',
      regional: 'Regional',
      local: 'Local',
    },
    memberTerritory: {
      urban: 'Urban',
      rural: 'Rural',
      mixed: 'Mixed',
    },
    memberStatus: {
      active: 'Active',
      former: 'Former',
    },
  },
}
