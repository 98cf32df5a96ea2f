import { optionsOf } from '../../fields/labels'

/** The collection's select options by field: each value and its label, in the admin's order. */
const translations = {
  fr: {
    status: {
      forming: 'En constitution',
      active: 'Actif',
      closed: 'Clos',
    },
  },
  en: {
    status: {
      forming: 'Forming',
      active: 'Active',
      closed: 'Closed',
    },
  },
}

export const regionalGroupOptions = optionsOf(translations)
