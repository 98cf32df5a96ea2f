import { optionsOf } from '../../fields/labels'

const translations = {
  fr: {
    kind: {
      'regional-meeting': 'Rencontre régionale',
      'national-meeting': 'Rencontre nationale',
      seminar: 'Séminaire',
      congress: 'Congrès',
    },
  },
  en: {
    kind: {
      'regional-meeting': 'Regional meeting',
      'national-meeting': 'National meeting',
      seminar: 'Seminar',
      congress: 'Congress',
    },
  },
}

export const eventOptions = optionsOf(translations)
