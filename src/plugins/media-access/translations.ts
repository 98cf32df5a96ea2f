/** The plugin's own strings, merged into Payload's i18n (`req.t('mediaAccess:…')`). */
export const translations = {
  fr: {
    mediaAccess: {
      attachRefused:
        'Vous ne pouvez joindre que les fichiers que votre organisation a déposés ou que les documents de vos fonctions utilisent déjà ; pas : {{files}}.',
      inUse:
        'Ce fichier est utilisé par {{documents}} : retirez-le de ces documents avant de le supprimer.',
      hiddenDocuments: '{{count}} document(s) que vous ne pouvez pas voir',
    },
  },
  en: {
    mediaAccess: {
      attachRefused:
        'You may only attach files your organisation uploaded or that the documents of your functions already use; not: {{files}}.',
      inUse:
        'This file is used by {{documents}}: remove it from these documents before deleting it.',
      hiddenDocuments: '{{count}} document(s) you cannot see',
    },
  },
}

export type MediaAccessTranslationKey =
  `mediaAccess:${keyof (typeof translations)['en']['mediaAccess']}`
