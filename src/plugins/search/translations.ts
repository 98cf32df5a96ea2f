/** The search endpoint's own strings (`search:…`). */
export const translations = {
  fr: {
    search: {
      words: 'est obligatoire : les mots à chercher',
      locale: 'doit être l’une des langues cherchées : {{values}}',
    },
  },
  en: {
    search: {
      words: 'is required: the words to search for',
      locale: 'must be one of the languages searched: {{values}}',
    },
  },
}
