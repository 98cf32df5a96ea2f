/** What the host says when it refuses a request before Payload reads it (`host:…`). */
export const translations = {
  fr: {
    host: {
      tooManyRequests:
        'Trop de requêtes : {{limit}} par minute au plus {{per}}. Réessayez dans {{retry}} s.',
      perAnonymous: 'depuis une même adresse IP sans clé d’API ni session',
      perApiKey: 'avec une même clé d’API',
      perApiKeyAddress: 'avec des clés d’API depuis une même adresse IP',
      oneCredentialCall:
        'query : une seule connexion, réinitialisation de mot de passe ou déverrouillage par requête ({{asked}} demandés).',
      tooLarge: 'Le corps de la requête dépasse la limite de {{size}} {{what}}.',
      forUpload: 'pour un envoi de fichier',
      forJson: 'pour du JSON',
      bytes: '{{n}} octets',
      megabytes: '{{n}} Mo',
      unsupportedType:
        'Le corps de la requête doit être du JSON (Content-Type: application/json), ou multipart/form-data pour un fichier ; reçu {{type}}.',
      noContentType: 'sans Content-Type',
      overrideForm:
        'Un POST qui tient lieu de GET (X-HTTP-Method-Override: GET) porte sa requête en application/x-www-form-urlencoded ; reçu {{type}}.',
      invalidJson: 'Le corps de la requête n’est pas du JSON valide : {{reason}}',
      notAnObject: 'Le corps de la requête doit être un objet JSON.',
      queryRequired: 'Le paramètre `query` est obligatoire : le document GraphQL.',
      variablesObject: 'Le paramètre `variables` doit être un objet JSON.',
      mutationOverGet: 'Une mutation s’envoie en POST, pas en GET.',
      graphqlMethod: 'GraphQL se demande en GET (requêtes) ou en POST.',
      graphqlJsonOnly:
        'Une requête GraphQL s’envoie en JSON (Content-Type: application/json) ; reçu {{type}}.',
      graphqlAnswersJson: 'GraphQL répond en JSON : l’en-tête Accept doit admettre {{types}}.',
      operationNameString: 'Le paramètre `operationName` doit être une chaîne.',
      variablesTooDeep: 'variables : plus de {{max}} niveaux d’objets et de listes imbriqués.',
      unknownOperation: 'operationName : le document n’a pas d’opération nommée « {{name}} ».',
      operationNameRequired:
        'Le paramètre `operationName` est obligatoire : le document a plusieurs opérations.',
      noOperation: 'query : le document n’a aucune opération (query ou mutation).',
      nestedTooDeep:
        'query : le document imbrique plus de {{max}} niveaux d’accolades, de crochets ou de parenthèses.',
      subscriptionUnsupported:
        'Les souscriptions (subscription) ne sont pas prises en charge : envoyez une query ou une mutation.',
    },
  },
  en: {
    host: {
      tooManyRequests:
        'Too many requests: at most {{limit}} a minute {{per}}. Retry in {{retry}} s.',
      perAnonymous: 'from one IP address without an API key or a session',
      perApiKey: 'with one API key',
      perApiKeyAddress: 'with API keys from one IP address',
      oneCredentialCall:
        'query: one sign-in, password reset or unlock a request ({{asked}} asked for).',
      tooLarge: 'The request body is over the limit of {{size}} {{what}}.',
      forUpload: 'for an upload',
      forJson: 'for JSON',
      bytes: '{{n}} bytes',
      megabytes: '{{n}} MB',
      unsupportedType:
        'The request body must be JSON (Content-Type: application/json), or multipart/form-data for a file; got {{type}}.',
      noContentType: 'no Content-Type',
      overrideForm:
        'A POST standing for a GET (X-HTTP-Method-Override: GET) carries its query as application/x-www-form-urlencoded; got {{type}}.',
      invalidJson: 'The request body is not valid JSON: {{reason}}',
      notAnObject: 'The request body must be a JSON object.',
      queryRequired: 'The `query` parameter is required: the GraphQL document.',
      variablesObject: 'The `variables` parameter must be a JSON object.',
      mutationOverGet: 'A mutation is sent with POST, not GET.',
      graphqlMethod: 'GraphQL is asked with GET (queries) or POST.',
      graphqlJsonOnly:
        'A GraphQL request is sent as JSON (Content-Type: application/json); got {{type}}.',
      graphqlAnswersJson: 'GraphQL answers in JSON: the Accept header must allow {{types}}.',
      operationNameString: 'The `operationName` parameter must be a string.',
      variablesTooDeep:
        'variables: more than {{max}} levels of objects and lists inside each other.',
      unknownOperation: 'operationName: the document has no operation named "{{name}}".',
      operationNameRequired:
        'The `operationName` parameter is required: the document has several operations.',
      noOperation: 'query: the document has no operation (query or mutation).',
      nestedTooDeep:
        'query: the document nests more than {{max}} levels of braces, brackets or parentheses.',
      subscriptionUnsupported: 'Subscriptions are not supported: send a query or a mutation.',
    },
  },
}
