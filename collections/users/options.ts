import { optionsOf } from '../../fields/labels'

const translations = {
  fr: {
    roles: {
      admin: 'Administrateur',
      coordinator: 'Coordination Unadel',
      member: 'Membre',
    },
    orgRole: {
      manager: 'Gestionnaire',
      contributor: 'Contributeur',
    },
  },
  en: {
    roles: {
      admin: 'Administrator',
      coordinator: 'Unadel coordinator',
      member: 'Member',
    },
    orgRole: {
      manager: 'Manager',
      contributor: 'Contributor',
    },
  },
}

export const userOptions = optionsOf(translations)
