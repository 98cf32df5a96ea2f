/** The read-only field's label (`localeFallback:…`); hidden in the admin, named in the API's descriptions. */
export const translations = {
  fr: {
    localeFallback: {
      label: 'Champs repris de la langue de repli',
      description:
        'Les champs de ce document qui, vides dans la langue lue, sont donnés dans la langue de repli (le français).',
    },
  },
  en: {
    localeFallback: {
      label: 'Fields taken from the fallback locale',
      description:
        'The fields of this document that, empty in the locale read, are given in the fallback locale (French).',
    },
  },
}
