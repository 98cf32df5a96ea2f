import type { PayloadRequest } from 'payload'

import { translator, type KeyOf } from '../../utilities/translator'

/** The messages the email plugin writes itself (`email:…`): the password reset. */
export const translations = {
  fr: {
    email: {
      resetSubject: 'Votre nouveau mot de passe — Pôle métiers',
      greeting: 'Bonjour {{name}},',
      resetAsked:
        'un nouveau mot de passe a été demandé pour votre compte du Pôle métiers ({{email}}).',
      resetLink: 'Pour le choisir, ouvrez ce lien dans les {{minutes}} minutes :',
      resetIgnore:
        'Si vous n’avez rien demandé, ignorez ce courriel : votre mot de passe ne change pas.',
      queueBusy:
        'Les tâches en attente sont déjà en cours d’exécution ; réessayez dans quelques secondes.',
    },
  },
  en: {
    email: {
      resetSubject: 'Your new password — Pôle métiers',
      greeting: 'Hello {{name}},',
      resetAsked: 'a new password was asked for your Pôle métiers account ({{email}}).',
      resetLink: 'To choose it, open this link within {{minutes}} minutes:',
      resetIgnore: 'If you did not ask for it, ignore this email: your password stays the same.',
      queueBusy: 'The queued jobs are being run already; try again in a few seconds.',
    },
  },
}

type EmailKey = KeyOf<typeof translations>

/** One of the plugin's strings, in the request's language. */
export const t = (req: PayloadRequest, key: EmailKey, vars?: Record<string, unknown>) =>
  translator<EmailKey>(req.t)(key, vars)
