/** Why a custom endpoint's query was refused (`endpoints:…`). */
export const translations = {
  fr: {
    endpoints: {
      nul: 'ne doit pas contenir le caractère nul (\\u0000)',
      oneOf: 'doit être parmi {{values}}',
      ids: 'doit être des identifiants (entiers de 1 à {{max}}) séparés par des virgules',
    },
  },
  en: {
    endpoints: {
      nul: 'must not contain the NUL character (\\u0000)',
      oneOf: 'must be one of {{values}}',
      ids: 'must be ids (whole numbers from 1 to {{max}}) separated by commas',
    },
  },
}
