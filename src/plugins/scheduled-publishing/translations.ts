/** What an editor is told about a publication planned for later (`scheduledPublishing:…`). */
export const translations = {
  fr: {
    scheduledPublishing: {
      'action-publish': 'publication',
      'action-unpublish': 'dépublication',
      notAllowed:
        "vous ne pouvez pas publier ce document (il n'appartient pas à une fonction que votre organisation pilote aujourd'hui)",
      refused: 'La {{action}} planifiée de {{collection}} {{id}} a été refusée : {{reason}}',
      noLongerAllowed: '{{user}} ne peut plus publier ce document (sa délégation a pris fin ?)',
    },
  },
  en: {
    scheduledPublishing: {
      'action-publish': 'publication',
      'action-unpublish': 'unpublication',
      notAllowed:
        'you may not publish this document (it does not belong to a function your organisation pilots today)',
      refused: 'The scheduled {{action}} of {{collection}} {{id}} was refused: {{reason}}',
      noLongerAllowed: '{{user}} may no longer publish this document (has their delegation ended?)',
    },
  },
}
