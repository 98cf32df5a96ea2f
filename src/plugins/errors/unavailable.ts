import { translate } from '../../utilities/translator'
import { causes, type Classified } from './classified'
import { translations } from './translations'

// SQLSTATEs of a server that is going away or refusing work: class 08 (connection exception),
// 57P01-57P03 (shutdown, crash shutdown, cannot connect now), 53300 (too many connections),
// 57014 (statement cancelled by statement_timeout), 25P03 (idle-in-transaction timeout),
// 55P03 (lock not available), 40P01 (deadlock detected, the loser may retry).
const UNAVAILABLE_CODES = /^(08...|57P0[123]|53300|57014|25P03|55P03|40P01)$/
// Network failures, and src/db's DatabaseBusyError (no transaction slot in time).
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'DATABASE_BUSY',
])
// pg and pg-pool say these without a code; Payload rewraps a failed BEGIN as a plain Error.
const UNAVAILABLE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error|Query read timeout|connection timeout|the database system is (starting up|shutting down|in recovery mode)|ECONNREFUSED|ECONNRESET|Cannot use a pool after calling end|Client was closed and is not queryable/i

export const isDatabaseUnavailable = (error: unknown): boolean =>
  causes(error).some(
    ({ code, message }) =>
      (typeof code === 'string' && (UNAVAILABLE_CODES.test(code) || NETWORK_CODES.has(code))) ||
      (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)),
  )

/** The database is down, restarting or saturated: tell the caller to retry, never a 500. */
export const databaseUnavailable = (
  error: unknown,
  language: string | undefined,
  retryAfterSeconds: number,
): Classified | undefined =>
  isDatabaseUnavailable(error) ? unavailableAnswer(language, retryAfterSeconds) : undefined

export const unavailableAnswer = (
  language: string | undefined,
  retryAfterSeconds = 5,
): Classified => {
  return {
    status: 503,
    headers: { 'Retry-After': String(retryAfterSeconds) },
    body: {
      errors: [
        {
          name: 'ServiceUnavailable',
          message: translate(translations, language)('errors:unavailable'),
        },
      ],
    },
  }
}

/** How often the admin's page below reloads itself, and the `Retry-After` it is sent with. */
export const RELOAD_SECONDS = 10

/**
 * The admin's page while the database does not answer: rendered without it, the admin would take
 * a signed-in editor for a stranger and show the login page. It reloads itself.
 */
export const unavailablePage = (language: string | undefined): string => {
  const say = translate(translations, language)
  return `<!doctype html>
<html lang="${language === 'en' ? 'en' : 'fr'}">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="${RELOAD_SECONDS}">
<meta name="viewport" content="width=device-width">
<title>${say('errors:unavailableTitle')} — Pôle métiers</title>
</head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto">
<h1>${say('errors:unavailableTitle')}</h1>
<p>${say('errors:unavailable')}</p>
<p>${say('errors:reloads')}</p>
</body>
</html>
`
}
