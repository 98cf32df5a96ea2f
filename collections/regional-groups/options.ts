import { optionsOf } from '../../fields/labels'

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
