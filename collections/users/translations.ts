/** The labels of the users collection's select options, keyed by value (their order is the admin's). */
export const translations = {
  fr: {
    userRoles: {
      admin: 'Administrateur',
      coordinator: 'Coordination Unadel',
      member: 'Membre',
    },
    userOrgRole: {
      manager: 'Gestionnaire',
      contributor: 'Contributeur',
    },
  },
  en: {
    userRoles: {
      admin: 'Administrator',
      coordinator: 'Unadel coordinator',
      member: 'Member',
    },
    userOrgRole: {
      manager: 'Manager',
      contributor: 'Contributor',
    },
  },
}
