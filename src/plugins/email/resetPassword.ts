import type { IncomingAuthType } from 'payload'

import { htmlOf } from './html'
import { t } from './translations'

// Payload's own default validity of a reset token (auth.forgotPassword.expiration).
const DEFAULT_EXPIRATION_MS = 60 * 60 * 1000

type Account = { name?: unknown; email?: unknown }

/**
 * Payload writes the reset link on the origin of the request's Host when that is a trusted
 * origin (so 127.0.0.1 for a request made there), and without any host otherwise: a link no
 * mail client opens. Here it is always on the server's public origin, whatever Host the request
 * names, and the message is in the language of the request (French unless English).
 */
export const resetPasswordEmail = (
  auth: IncomingAuthType,
  serverUrl: string,
): IncomingAuthType['forgotPassword'] => {
  const minutes = Math.round((auth.forgotPassword?.expiration ?? DEFAULT_EXPIRATION_MS) / 60_000)
  return {
    ...auth.forgotPassword,
    generateEmailSubject: (args) => t(args!.req!, 'email:resetSubject'),
    generateEmailHTML: (args) => {
      const { req, token } = args!
      const user = args!.user as Account | undefined
      const { config } = req!.payload
      const link = `${serverUrl}${config.routes.admin}${config.admin.routes.reset}/${token}`
      const name = typeof user?.name === 'string' && user.name ? user.name : String(user?.email)
      return htmlOf([
        t(req!, 'email:greeting', { name }),
        t(req!, 'email:resetAsked', { email: String(user?.email) }),
        t(req!, 'email:resetLink', { minutes }),
        { link },
        t(req!, 'email:resetIgnore'),
      ])
    },
  }
}
