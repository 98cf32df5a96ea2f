/**
 * What an editor is told about a publication planned for later (`scheduledPublishing:…`), and
 * Payload's French for its planning drawer mended (« Programmer la publication pour {{titre}} »
 * leaked its placeholder; « Temps » for a date and a time).
 */
export const translations = {
  fr: {
    general: {
      schedulePublishFor: 'Programmer la publication : {{title}}',
      time: 'Date et heure',
    },
    localization: { localeToPublish: 'Langue à publier' },
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
