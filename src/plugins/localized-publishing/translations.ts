/** What an editor is told when a document would be shown without its text in the site's language. */
export const translations = {
  fr: {
    localizedPublishing: {
      required: '{{field}} : à remplir en {{language}} avant de publier',
    },
  },
  en: {
    localizedPublishing: {
      required: '{{field}}: fill it in {{language}} before publishing',
    },
  },
}
