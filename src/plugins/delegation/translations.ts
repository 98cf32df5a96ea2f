/** The plugin's own strings, merged into Payload's i18n (`req.t('delegation:…')`). */
export const translations = {
  fr: {
    delegation: {
      functionRequired: 'Choisissez une fonction du Pôle que votre organisation pilote.',
      functionNotPiloted:
        'Votre organisation ne pilote pas la fonction « {{function}} » pour ces documents : seule la coordination ou ses pilotes peuvent y écrire.',
      valueForCoordination:
        'Seule la coordination peut donner la valeur « {{value}} » au champ « {{field}} ».',
      versionNotPiloted:
        'Cette version appartient à une fonction que votre organisation ne pilote pas pour ces documents : seule la coordination peut la restaurer.',
    },
  },
  en: {
    delegation: {
      functionRequired: 'Choose a function of the Pôle your organisation pilots.',
      functionNotPiloted:
        'Your organisation does not pilot the function “{{function}}” for these documents: only the coordination or its pilots may write there.',
      valueForCoordination: 'Only the coordination may set the field “{{field}}” to “{{value}}”.',
      versionNotPiloted:
        'This version belongs to a function your organisation does not pilot for these documents: only the coordination may restore it.',
    },
  },
}

export type DelegationTranslationKey =
  `delegation:${keyof (typeof translations)['en']['delegation']}`
