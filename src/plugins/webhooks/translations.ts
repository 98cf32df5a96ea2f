import type { PayloadRequest } from 'payload'

import { inEveryLanguage, translator, type KeyOf } from '../../utilities/translator'

/** The webhooks' own strings (`webhooks:…`): the admin's labels, refusals, the log's words. */
export const translations = {
  fr: {
    webhooks: {
      endpoint: 'Point de réception',
      endpoints: 'Webhooks : points de réception',
      delivery: 'Envoi de webhook',
      deliveries: 'Webhooks : journal des envois',
      group: 'Administration',
      name: 'Site partenaire',
      url: 'Adresse (URL)',
      urlHelp:
        'Reçoit un POST JSON signé à chaque événement choisi (docs/api.md, « Webhooks »). http ou https, sans identifiants.',
      secret: 'Secret',
      secretHelp:
        'Sert à signer chaque envoi (HMAC-SHA256) ; 16 caractères au moins, par ex. « openssl rand -hex 32 ». Il n’est plus jamais affiché : laissez vide pour garder celui qui est enregistré, saisissez-en un autre pour le remplacer.',
      collections: 'Collections',
      events: 'Événements',
      active: 'Actif',
      'event-publish': 'Publication',
      'event-update': 'Mise à jour d’un document publié',
      'event-unpublish': 'Dépublication',
      'event-delete': 'Suppression',
      eventId: 'Identifiant de l’événement',
      event: 'Événement',
      collection: 'Collection',
      documentId: 'Document',
      body: 'Contenu envoyé (JSON signé)',
      status: 'État',
      'status-pending': 'En attente',
      'status-retrying': 'Nouvel essai prévu',
      'status-delivered': 'Remis',
      'status-failed': 'Échec',
      attempts: 'Essais',
      lastStatusCode: 'Dernière réponse HTTP',
      lastError: 'Dernière erreur',
      nextAttemptAt: 'Prochain essai',
      deliveredAt: 'Remis le',
      // Refusals of an endpoint's URL and secret.
      urlInvalid: 'doit être une adresse complète, par ex. https://site.example/webhooks',
      urlProtocol: 'doit commencer par http:// ou https://',
      urlCredentials: 'ne doit pas contenir d’identifiant ni de mot de passe',
      urlPrivate:
        'désigne une adresse interne (boucle locale ou réseau privé) : refusée sur ce serveur',
      secretRequired: 'est obligatoire',
      secretLength: 'doit compter de 16 à 256 caractères',
      // Why a delivery failed, in its log.
      addressRefused: 'adresse interne refusée ({{address}})',
      timedOut: 'pas de réponse en {{seconds}} s',
      endpointGone: 'le point de réception a été supprimé',
      endpointInactive: 'le point de réception est désactivé',
      // « Renvoyer ».
      resend: 'Renvoyer',
      resendHelp:
        'Envoie de nouveau cet événement, avec le même identifiant (le site partenaire peut ainsi l’ignorer s’il l’a déjà reçu).',
      resent: 'Envoi remis dans la file : il part dans quelques secondes.',
      resendFailed: 'L’envoi n’a pas pu être remis dans la file ({{status}}).',
      resendRefused: 'Seule la coordination renvoie un webhook.',
      notFound: 'Aucun envoi n’a cet identifiant.',
      badId: 'doit être un identifiant (entier de 1 à {{max}})',
    },
  },
  en: {
    webhooks: {
      endpoint: 'Webhook endpoint',
      endpoints: 'Webhooks: endpoints',
      delivery: 'Webhook delivery',
      deliveries: 'Webhooks: delivery log',
      group: 'Administration',
      name: 'Partner site',
      url: 'URL',
      urlHelp:
        'Receives a signed JSON POST at each chosen event (docs/api.md, "Webhooks"). http or https, without credentials.',
      secret: 'Secret',
      secretHelp:
        'Signs each delivery (HMAC-SHA256); at least 16 characters, e.g. "openssl rand -hex 32". It is never shown again: leave empty to keep the saved one, type another to replace it.',
      collections: 'Collections',
      events: 'Events',
      active: 'Active',
      'event-publish': 'Publish',
      'event-update': 'Update of a published document',
      'event-unpublish': 'Unpublish',
      'event-delete': 'Delete',
      eventId: 'Event id',
      event: 'Event',
      collection: 'Collection',
      documentId: 'Document',
      body: 'Body sent (signed JSON)',
      status: 'Status',
      'status-pending': 'Pending',
      'status-retrying': 'Retry planned',
      'status-delivered': 'Delivered',
      'status-failed': 'Failed',
      attempts: 'Attempts',
      lastStatusCode: 'Last HTTP status',
      lastError: 'Last error',
      nextAttemptAt: 'Next attempt',
      deliveredAt: 'Delivered at',
      urlInvalid: 'must be a full URL, e.g. https://site.example/webhooks',
      urlProtocol: 'must start with http:// or https://',
      urlCredentials: 'must not contain a user name or password',
      urlPrivate: 'names an internal address (loopback or private network): refused on this server',
      secretRequired: 'is required',
      secretLength: 'must have 16 to 256 characters',
      addressRefused: 'internal address refused ({{address}})',
      timedOut: 'no answer within {{seconds}} s',
      endpointGone: 'the endpoint was deleted',
      endpointInactive: 'the endpoint is inactive',
      resend: 'Send again',
      resendHelp:
        'Sends this event again, with the same id (so the partner site can ignore it if it had it already).',
      resent: 'Delivery queued again: it leaves in a few seconds.',
      resendFailed: 'The delivery could not be queued again ({{status}}).',
      resendRefused: 'Only the coordination sends a webhook again.',
      notFound: 'No delivery has this id.',
      badId: 'must be an id (a whole number from 1 to {{max}})',
    },
  },
}

export type WebhooksKey = KeyOf<typeof translations>

/** One of the plugin's strings, in the request's language. */
export const t = (req: PayloadRequest, key: WebhooksKey, vars?: Record<string, unknown>) =>
  translator<WebhooksKey>(req.t)(key, vars)

/** A label (field, collection, group) from the plugin's strings, in every language. */
export const translated = (key: WebhooksKey) => inEveryLanguage(translations, key)
