/**
 * Payload's own French strings where its translation reads badly or leaks a placeholder
 * (« Créer un(e) nouveau ou nouvelle », « Aucune {{étiquette}} sélectionnée », « Bloc bascule »,
 * « Par Page: 50 », « <Pas de Lieu> », « 2 Événements supprimé avec succès »),
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
      // « 2 Événements supprimé avec succès »: the participle agreed with neither number nor gender.
      deletedCountSuccessfully: 'Supprimé(s) avec succès : {{count}} {{label}}.',
      permanentlyDeletedCountSuccessfully: 'Supprimé(s) définitivement : {{count}} {{label}}.',
      restoredCountSuccessfully: 'Restauré(s) avec succès : {{count}} {{label}}.',
      trashedCountSuccessfully: 'Déplacé(s) à la corbeille : {{count}} {{label}}.',
      updatedCountSuccessfully: 'Mis à jour avec succès : {{count}} {{label}}.',
    },
    localization: { copyToLocale: 'Copier vers une autre langue' },
    version: { noRowsSelected: 'Aucun élément {{label}} sélectionné' },
  },
}
