import type { PayloadRequest } from 'payload'

import { inEveryLanguage, translator } from '../../utilities/translator'

/** The plugin's own strings, merged into Payload's i18n (`req.t('delegation:…')`). */
export const translations = {
  fr: {
    delegation: {
      pilots: 'Pilotage délégué',
      pilot: 'Pilote',
      pilotsPlural: 'Pilotes',
      organisation: 'Organisation',
      role: 'Rôle',
      'role-pilot': 'Pilote',
      'role-co-pilot': 'Co-pilote',
      startsOn: 'Début',
      endsOn: 'Fin',
      endsOnEmpty: 'Vide : sans fin',
      endsBeforeStart: 'La fin doit être postérieure au début',
      collections: 'Contenus couverts',
      collectionsEmpty: 'Vide : tous',
      myDelegations: 'Vos fonctions pilotées',
      myDelegationsIntro:
        'Votre organisation pilote ces fonctions du Pôle : vous pouvez y créer, modifier et publier les contenus couverts.',
      function: 'Fonction',
      from: 'Du',
      to: 'Au',
      state: 'État',
      noEnd: 'sans fin',
      'period-current': 'En cours',
      'period-future': 'À venir',
      'period-ended': 'Terminée',
      auditEntry: 'Entrée du journal',
      auditLog: 'Journal des modifications',
      auditGroup: 'Administration',
      auditFunction: 'Fonction du Pôle',
      auditUser: 'Utilisateur',
      auditUserEmail: 'E-mail de l’utilisateur',
      auditAction: 'Action',
      'auditAction-create': 'Création',
      'auditAction-update': 'Modification',
      'auditAction-delete': 'Suppression',
      auditCollection: 'Collection',
      auditDocument: 'Document',
      auditDocumentTitle: 'Titre du document',
      auditChangedFields: 'Champs modifiés',
      auditDelegation: 'Délégation ayant permis la modification',
      auditDelegationEmpty: 'Vide : coordination Unadel',
      auditPilotedFunction: 'Fonction pilotée',
      auditPilotRow: 'Ligne de pilotage',
      auditByCoordination: 'Coordination Unadel (sans délégation)',
      since: 'depuis le {{day}}',
      functionRequired: 'Choisissez une fonction du Pôle que votre organisation pilote.',
      functionNotPiloted:
        'Votre organisation ne pilote pas la fonction « {{function}} » pour ces documents : {{whoWrites}}.',
      whoWrites: 'seule la coordination peut y écrire',
      whoWritesWithPilots: 'seules la coordination et {{organisations}} peuvent y écrire',
      namedDocument: '« {{title}} » ({{collection}})',
      thisDocument: 'Ce document',
      documentNotPiloted:
        '{{document}} relève de la fonction « {{function}} », que votre organisation ne pilote pas pour ces documents : {{whoWrites}}.',
      documentWithoutFunction:
        '{{document}} ne relève d’aucune fonction du Pôle : seule la coordination peut y écrire.',
      documentLocked:
        '{{document}} porte la valeur « {{value}} » au champ « {{field}} » : seule la coordination peut encore le modifier ou le supprimer.',
      readOnly: 'Lecture seule',
      valueForCoordination:
        'Seule la coordination peut donner la valeur « {{value}} » au champ « {{field}} ».',
      versionNotPiloted:
        'Cette version appartient à une fonction que votre organisation ne pilote pas pour ces documents : seule la coordination peut la restaurer.',
    },
  },
  en: {
    delegation: {
      pilots: 'Delegated pilotage',
      pilot: 'Pilot',
      pilotsPlural: 'Pilots',
      organisation: 'Organisation',
      role: 'Role',
      'role-pilot': 'Pilot',
      'role-co-pilot': 'Co-pilot',
      startsOn: 'Starts on',
      endsOn: 'Ends on',
      endsOnEmpty: 'Empty: no end',
      endsBeforeStart: 'The end must come after the start',
      collections: 'Collections covered',
      collectionsEmpty: 'Empty: all of them',
      myDelegations: 'The functions you pilot',
      myDelegationsIntro:
        'Your organisation pilots these functions of the Pôle: you may create, edit and publish the content they cover.',
      function: 'Function',
      from: 'From',
      to: 'To',
      state: 'State',
      noEnd: 'no end',
      'period-current': 'Current',
      'period-future': 'Upcoming',
      'period-ended': 'Ended',
      auditEntry: 'Audit entry',
      auditLog: 'Audit log',
      auditGroup: 'Administration',
      auditFunction: 'Function',
      auditUser: 'User',
      auditUserEmail: 'User email',
      auditAction: 'Action',
      'auditAction-create': 'Create',
      'auditAction-update': 'Update',
      'auditAction-delete': 'Delete',
      auditCollection: 'Collection',
      auditDocument: 'Document',
      auditDocumentTitle: 'Document title',
      auditChangedFields: 'Changed fields',
      auditDelegation: 'Delegation that allowed it',
      auditDelegationEmpty: 'Empty: Unadel coordination',
      auditPilotedFunction: 'Piloted function',
      auditPilotRow: 'Pilot row',
      auditByCoordination: 'Unadel coordination (no delegation)',
      since: 'since {{day}}',
      functionRequired: 'Choose a function of the Pôle your organisation pilots.',
      functionNotPiloted:
        'Your organisation does not pilot the function “{{function}}” for these documents: {{whoWrites}}.',
      whoWrites: 'only the coordination may write there',
      whoWritesWithPilots: 'only the coordination and {{organisations}} may write there',
      namedDocument: '“{{title}}” ({{collection}})',
      thisDocument: 'This document',
      documentNotPiloted:
        '{{document}} belongs to the function “{{function}}”, which your organisation does not pilot for these documents: {{whoWrites}}.',
      documentWithoutFunction:
        '{{document}} belongs to no function of the Pôle: only the coordination may write there.',
      documentLocked:
        '{{document}} holds “{{value}}” in its field “{{field}}”: only the coordination may still change or delete it.',
      readOnly: 'Read only',
      valueForCoordination: 'Only the coordination may set the field “{{field}}” to “{{value}}”.',
      versionNotPiloted:
        'This version belongs to a function your organisation does not pilot for these documents: only the coordination may restore it.',
    },
  },
}

export type DelegationTranslationKey =
  `delegation:${keyof (typeof translations)['en']['delegation']}`

/** One of the plugin's strings, in the request's language. */
export const t = (
  req: PayloadRequest,
  key: DelegationTranslationKey,
  vars?: Record<string, unknown>,
) => translator<DelegationTranslationKey>(req.t)(key, vars)

/** A label (field, collection, group) from the plugin's strings, in every language. */
export const translated = (key: DelegationTranslationKey) => inEveryLanguage(translations, key)
