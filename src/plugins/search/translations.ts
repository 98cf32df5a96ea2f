/** The search endpoint's own strings (`search:…`). */
export const translations = {
  fr: { search: { words: 'est obligatoire : les mots à chercher' } },
  en: { search: { words: 'is required: the words to search for' } },
}
