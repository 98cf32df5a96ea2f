/** The feeds' and the sitemap's own strings (`feeds:…`). */
export const translations = {
  fr: {
    feeds: {
      title: 'Pôle métiers — {{collection}}',
      author: 'Pôle national des métiers du développement territorial',
      on: 'Le {{start}}',
      fromTo: 'Du {{start}} au {{end}}',
      pageWithoutCollection: 'ne va qu’avec collection (ex. ?collection=resources&page=2)',
      pastTheEnd: 'il n’y a que {{pages}} page(s) pour cette collection',
    },
  },
  en: {
    feeds: {
      title: 'Pôle métiers — {{collection}}',
      author: 'Pôle national des métiers du développement territorial',
      on: 'On {{start}}',
      fromTo: 'From {{start}} to {{end}}',
      pageWithoutCollection: 'goes with collection only (e.g. ?collection=resources&page=2)',
      pastTheEnd: 'this collection has only {{pages}} page(s)',
    },
  },
}
