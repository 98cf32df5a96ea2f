/** The labels of the regional-groups collection's select options, keyed by value (their order is the admin's). */
export const translations = {
  fr: {
    regionalGroupStatus: {
      forming: 'En constitution',
      active: 'Actif',
      closed: 'Clos',
    },
  },
  en: {
    regionalGroupStatus: {
      forming: 'Forming',
      active: 'Active',
      closed: 'Closed',
    },
  },
}
