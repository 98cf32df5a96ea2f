import { levels, pino } from 'pino'

/** Keys whose values never reach a log line, at any depth (a user row, a request body, headers). */
const SECRET_KEY =
  /password|passwd|secret|token|api[-_]?key|authorization|cookie|^hash$|^salt$|^sessions?$|^_?sid$/i

/** Longest text kept in a log line; a stack keeps more. */
const MAX_TEXT = 1000
const MAX_STACK = 4000
const MAX_DEPTH = 6
const MAX_ITEMS = 50

const REDACTED = '[redacted]'

const truncate = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text

/**
 * Secrets inside text: the values of a failed query (drizzle puts them after `params:` in its
 * message, a user's hash and salt among them), credentials in URLs, and tokens after their scheme.
 */
const scrub = (text: string, max = MAX_TEXT) =>
  truncate(
    text
      .replace(/(\bparams: )[\s\S]*?(?=\n\s+at |$)/g, `$1${REDACTED}`)
      .replace(/(\/\/[^:/@\s]+:)[^@\s]+@/g, `$1${REDACTED}@`)
      .replace(/\b(JWT|Bearer|API-Key|Basic) [\w.+/=-]+/g, `$1 ${REDACTED}`),
    max,
  )

const isPlain = (value: object) => {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * What may be logged of a value: texts scrubbed and cut, secret keys redacted, errors reduced to
 * their type, message, stack, status, code, data and cause. Other objects (requests, responses) are left to
 * their serializers, which keep neither headers nor bodies.
 */
const loggable = (value: unknown, depth = 0): unknown => {
  if (typeof value === 'string') return scrub(value)
  if (value === null || typeof value !== 'object') return value
  if (depth > MAX_DEPTH) return '[…]'
  if (value instanceof Error) {
    // A copy that pino's error serializers read as the original (type, message, stack), scrubbed.
    const copy = new Error(scrub(value.message))
    Object.defineProperty(copy, 'constructor', { value: value.constructor, enumerable: false })
    copy.name = value.name
    copy.stack = value.stack && scrub(value.stack, MAX_STACK)
    const { status, code, data } = value as Error & {
      status?: unknown
      code?: unknown
      data?: unknown
    }
    Object.assign(copy, loggable({ status, code, data, cause: value.cause }, depth + 1))
    return copy
  }
  if (Array.isArray(value))
    return value.slice(0, MAX_ITEMS).map((item) => loggable(item, depth + 1))
  if (!isPlain(value)) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      SECRET_KEY.test(key) ? REDACTED : loggable(item, depth + 1),
    ]),
  )
}

/**
 * One structured (JSON lines) logger for the host and Payload alike. Nothing secret is written:
 * no password, hash, salt, token, API key, cookie or secret, no query parameters of a failed
 * query, and no request body (requests are logged as method and path); long values are cut.
 */
export const logger = pino({
  name: 'pole-metiers',
  level: process.env.LOG_LEVEL || 'info',
  enabled: process.env.LOG_LEVEL !== 'silent',
  hooks: {
    logMethod(args, method, level) {
      // logger.error(error[, message]) keeps pino's shape: the error under `err`, its message as msg.
      const [first, ...rest] = args as unknown[]
      const given =
        first instanceof Error ? [{ err: first }, ...(rest.length ? rest : [first.message])] : args
      // Payload logs what GraphQL refused (403, 404, 400) as errors, where REST logs the same refusal
      // as information: a refusal is the caller's doing, not a fault, and is logged alike.
      const refused = (
        given[0] as { err?: { originalError?: { status?: unknown }; message?: string } } | undefined
      )?.err
      const status = refused?.originalError?.status
      if (level >= levels.values.error! && typeof status === 'number' && status < 500)
        return this.info({ msg: refused?.message })
      method.apply(this, given.map((arg) => loggable(arg)) as Parameters<typeof method>)
    },
  },
})
