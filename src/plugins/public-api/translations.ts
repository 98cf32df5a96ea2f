/** What a partner site is told about the pages it may ask for (`publicApi:…`). */
export const translations = {
  fr: {
    publicApi: {
      noPagination:
        'pagination=false est réservé aux utilisateurs connectés : parcourez les pages avec limit ({{max}} au plus) et page.',
      limit:
        'limit doit être un entier de 1 à {{max}} (reçu {{limit}}) : parcourez les pages avec page.',
      reads:
        'Cette opération lirait la base de données {{reads}} fois (chaque champ racine, et chaque liste pour chaque document qui la contient), {{max}} au plus : répartissez-la en plusieurs opérations.',
    },
  },
  en: {
    publicApi: {
      noPagination:
        'pagination=false is for signed-in users only: page through with limit (at most {{max}}) and page.',
      limit:
        'limit must be a whole number from 1 to {{max}} (got {{limit}}): page through with page.',
      reads:
        'This operation would read the database {{reads}} times (each root field, and each list for each document that holds it), at most {{max}}: split it into several operations.',
    },
  },
}
