/** What a refused or failed request is told, merged into Payload's i18n (`errors:…`). */
export const translations = {
  fr: {
    errors: {
      taken: 'Cette valeur est déjà prise',
      relatedMissing: 'Le document lié n’existe pas',
      required: 'Ce champ est obligatoire',
      tooLong: 'Valeur trop longue',
      character: 'Caractère non accepté (le caractère nul \\u0000 ?)',
      date: 'Date invalide',
      outOfRange: 'Nombre hors des limites',
      operator: 'Opérateur sans effet sur ce champ',
      refused: 'Valeur refusée par la base de données',
      invalidJson: 'JSON invalide',
      invalidMultipart: 'Corps multipart/form-data illisible ({{reason}})',
      undecodablePath: 'Chemin illisible : un encodage %XX n’est pas de l’UTF-8 ({{reason}})',
      unavailable:
        'La base de données est momentanément indisponible ou saturée : réessayez dans quelques secondes.',
      unavailableTitle: 'Service momentanément indisponible',
      reloads: 'Cette page se recharge d’elle-même ; vous restez connecté.',
    },
  },
  en: {
    errors: {
      taken: 'This value is already taken',
      relatedMissing: 'The related document does not exist',
      required: 'This field is required',
      tooLong: 'Value too long',
      character: 'Character not accepted (the NUL character \\u0000?)',
      date: 'Invalid date',
      outOfRange: 'Number out of range',
      operator: 'Operator that does not apply to this field',
      refused: 'Value refused by the database',
      invalidJson: 'Invalid JSON',
      invalidMultipart: 'Unreadable multipart/form-data body ({{reason}})',
      undecodablePath: 'Unreadable path: a %XX encoding is not UTF-8 ({{reason}})',
      unavailable: 'The database is temporarily unavailable or busy: retry in a few seconds.',
      unavailableTitle: 'Service temporarily unavailable',
      reloads: 'This page reloads itself; you stay signed in.',
    },
  },
}
