/** The notifications' fields and messages (`notifications:…`). */
export const translations = {
  fr: {
    notifications: {
      emailNotifications: 'Recevoir les notifications par courriel',
      emailNotificationsHelp:
        'Propositions de lignes budgétaires, délégations qui commencent ou finissent, publications dans vos fonctions. Vous seul(e) pouvez changer ce choix.',
      language: 'Langue des courriels',
      'language-fr': 'Français',
      'language-en': 'Anglais',
      greeting: 'Bonjour {{name}},',
      footer:
        'Vous recevez ce courriel du Pôle métiers parce que votre compte en reçoit les notifications. Pour ne plus les recevoir, décochez « Recevoir les notifications par courriel » dans votre compte :',
      proposedSubject: 'Ligne budgétaire proposée : {{title}}',
      proposed:
        '{{who}} ({{organisation}}) propose la ligne budgétaire « {{title}} »{{inFunction}}. Seule la coordination peut la valider :',
      inFunction: ' de la fonction « {{function}} »',
      publishedSubject: 'Publié dans « {{function}} » : {{title}}',
      published:
        '{{who}} ({{organisation}}) a publié « {{title}} » ({{collection}}) dans la fonction « {{function}} », que votre organisation pilote :',
      startedSubject: 'Votre organisation pilote « {{function}} »',
      started:
        'Depuis le {{start}}, {{organisation}} est {{role}} de la fonction « {{function}} » du Pôle métiers{{until}}. Vos utilisateurs peuvent y créer, modifier et publier les contenus que la délégation couvre :',
      until: ', jusqu’au {{end}}',
      endingSubject: 'La délégation de « {{function}} » se termine le {{end}}',
      ending:
        'La délégation de la fonction « {{function}} » à {{organisation}} ({{role}}) se termine le {{end}}. Ensuite, vos utilisateurs ne pourront plus modifier ses contenus ; pour la prolonger, adressez-vous à la coordination.',
      endedSubject: 'Fin de la délégation de « {{function}} »',
      ended:
        'La délégation de la fonction « {{function}} » à {{organisation}} a pris fin le {{end}}. Vos utilisateurs lisent toujours ses contenus publiés, sans pouvoir les modifier.',
      'role-pilot': 'pilote',
      'role-co-pilot': 'co-pilote',
      nobody: 'quelqu’un',
      noOrganisation: 'sans organisation',
    },
  },
  en: {
    notifications: {
      emailNotifications: 'Receive notifications by email',
      emailNotificationsHelp:
        'Budget lines proposed, delegations starting or ending, publications in your functions. Only you can change this choice.',
      language: 'Language of emails',
      'language-fr': 'French',
      'language-en': 'English',
      greeting: 'Hello {{name}},',
      footer:
        'You receive this email from the Pôle métiers because your account receives its notifications. To stop them, untick « Receive notifications by email » in your account:',
      proposedSubject: 'Budget line proposed: {{title}}',
      proposed:
        '{{who}} ({{organisation}}) proposes the budget line « {{title}} »{{inFunction}}. Only the coordination can validate it:',
      inFunction: ' of the function « {{function}} »',
      publishedSubject: 'Published in « {{function}} »: {{title}}',
      published:
        '{{who}} ({{organisation}}) published « {{title}} » ({{collection}}) in the function « {{function}} », which your organisation pilots:',
      startedSubject: 'Your organisation pilots « {{function}} »',
      started:
        'Since {{start}}, {{organisation}} is {{role}} of the Pôle métiers function « {{function}} »{{until}}. Your users may create, edit and publish the content the delegation covers:',
      until: ', until {{end}}',
      endingSubject: 'The delegation of « {{function}} » ends on {{end}}',
      ending:
        'The delegation of the function « {{function}} » to {{organisation}} ({{role}}) ends on {{end}}. After that, your users can no longer edit its content; to extend it, ask the coordination.',
      endedSubject: 'The delegation of « {{function}} » has ended',
      ended:
        'The delegation of the function « {{function}} » to {{organisation}} ended on {{end}}. Your users still read its published content, without editing it.',
      'role-pilot': 'pilot',
      'role-co-pilot': 'co-pilot',
      nobody: 'someone',
      noOrganisation: 'no organisation',
    },
  },
}
