/** What a partner site is told about the pages it may ask for (`publicApi:…`). */
export const translations = {
  fr: {
    publicApi: {
      noPagination:
        'pagination=false est réservé aux utilisateurs connectés : parcourez les pages avec limit ({{max}} au plus) et page.',
      limit:
        'limit doit être un entier de 1 à {{max}} (reçu {{limit}}) : parcourez les pages avec page.',
    },
  },
  en: {
    publicApi: {
      noPagination:
        'pagination=false is for signed-in users only: page through with limit (at most {{max}}) and page.',
      limit:
        'limit must be a whole number from 1 to {{max}} (got {{limit}}): page through with page.',
    },
  },
}
