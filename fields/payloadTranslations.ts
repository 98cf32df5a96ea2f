/**
 * Payload's own French strings where its translation reads badly or leaks a placeholder
 * (« Créer un(e) nouveau ou nouvelle », « Aucune {{étiquette}} sélectionnée », « Bloc bascule »,
 * « Par Page: 50 », « <Pas de Lieu> »),
 * merged over Payload's in the config's i18n.
 */
export const payloadTranslations = {
  fr: {
    fields: {
      addNew: 'Ajouter',
      addNewLabel: 'Ajouter : {{label}}',
      toggleBlock: 'Afficher ou masquer le bloc',
      uploadNewLabel: 'Téléverser : {{label}}',
    },
    general: {
      createNew: 'Créer',
      createNewLabel: 'Créer : {{label}}',
      creatingNewLabel: 'Création : {{label}}',
      // An empty cell: « — » rather than « <Pas de Lieu> ».
      noLabel: '—',
      payloadSettings: 'Paramètres',
      perPage: 'Par page : {{limit}}',
      selectedCount: '{{count}} {{label}} sélectionné(s)',
    },
    localization: { copyToLocale: 'Copier vers une autre langue' },
    version: { noRowsSelected: 'Aucun élément {{label}} sélectionné' },
  },
}
