/** The labels of the events collection's select options, keyed by value (their order is the admin's). */
export const translations = {
  fr: {
    eventKind: {
      'regional-meeting': 'Rencontre régionale',
      'national-meeting': 'Rencontre nationale',
      seminar: 'Séminaire',
      congress: 'Congrès',
    },
  },
  en: {
    eventKind: {
      'regional-meeting': 'Regional meeting',
      'national-meeting': 'National meeting',
      seminar: 'Seminar',
      congress: 'Congress',
    },
  },
}
