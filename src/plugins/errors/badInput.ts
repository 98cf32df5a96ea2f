import { translate } from '../../utilities/translator'
import { type Classified, causes } from './classified'
import { translations } from './translations'

// SQLSTATEs of input the database refused: class 22, data exceptions (22P02 text that is not a
// number or not an option, 22003 out of range, 22021/22P05 NUL bytes, 22007/22008 dates, 22001
// too long, 2201W/2201X negative LIMIT/OFFSET); class 23, integrity (23502 not null, 23503
// foreign key, 23505 unique); 42883, no such operator (`near` on a column that is not a point);
// 54000/54001, a value or a statement too large (an index entry past its limit).
const BAD_INPUT_CODES = /^(22...|23...|42883|5400[01])$/

const explanation = (code: string, language: string | undefined): string => {
  const t = translate(translations, language)
  if (code === '23505') return t('errors:taken')
  if (code === '23503') return t('errors:relatedMissing')
  if (code === '23502') return t('errors:required')
  if (code === '22001' || code.startsWith('5400')) return t('errors:tooLong')
  if (code === '22021' || code === '22P05') return t('errors:character')
  if (code === '22007' || code === '22008') return t('errors:date')
  if (code === '22003') return t('errors:outOfRange')
  if (code === '42883') return t('errors:operator')
  return t('errors:refused')
}

const refused = (status: number, path: string | undefined, message: string): Classified => ({
  status,
  body: {
    errors: [
      {
        name: 'ValidationError',
        message: path ? `${message} (${path})` : message,
        ...(path ? { data: { errors: [{ path, message }] } } : {}),
      },
    ],
  },
})

/** The driver's error behind drizzle's and Payload's wrappers, when the input is what it refused. */
const driverError = (error: unknown) =>
  causes(error).find(({ code }) => typeof code === 'string' && BAD_INPUT_CODES.test(code)) as
    { code: string; column?: string; constraint?: string } | undefined

// Payload JSON-parses a `where` given as text (`?where={…}`) before any hook can look at it.
const isUnparsableWhere = (error: unknown) =>
  error instanceof SyntaxError && Boolean(error.stack?.includes('parseParams'))

// Payload reads a body before any hook sees it: a multipart one with busboy, whose errors (a body
// cut short, a part without its headers) it lets through as they are, and in
// `addDataAndFileToRequest`, which answers 500 to a multipart request it cannot read (no boundary)
// and lets `JSON.parse` of a `_payload` part that is not JSON throw. Those are the caller's body;
// Payload's own refusals while reading (a file too large is a 413) keep their status.
const ownFrame = (error: Error) =>
  error.stack
    ?.split('\n')
    .find((line) => line.trimStart().startsWith('at ') && !line.includes('(<anonymous>)')) ?? ''
const isUnreadableBody = (error: unknown) => {
  if (!(error instanceof Error)) return false
  const status = (error as Error & { status?: unknown }).status
  if (typeof status === 'number' && status < 500) return false
  const frame = ownFrame(error)
  return /[/\\]busboy[/\\]/.test(frame) || /\baddDataAndFileToRequest\b/.test(frame)
}

// Express's router cannot decode a path segment that is not valid percent-encoded UTF-8 (`%C3%28`).
const isUndecodablePath = (error: unknown) =>
  error instanceof URIError && (error as URIError & { status?: number }).status === 400

/**
 * Input the database refused, or Payload could not read, behind the input-validation plugin:
 * a 400 (409 for a value already taken) in Payload's validation error shape, naming the column
 * or constraint when PostgreSQL says which.
 */
export const badInput = (error: unknown, language?: string): Classified | undefined => {
  if (isUnparsableWhere(error))
    return refused(400, 'where', translate(translations, language)('errors:invalidJson'))
  const unreadable = (path: string, key: 'errors:undecodablePath' | 'errors:invalidMultipart') =>
    refused(400, path, translate(translations, language)(key, { reason: (error as Error).message }))
  if (isUndecodablePath(error)) return unreadable('path', 'errors:undecodablePath')
  if (isUnreadableBody(error)) return unreadable('body', 'errors:invalidMultipart')
  const driver = driverError(error)
  if (!driver) return undefined
  return refused(
    driver.code === '23505' ? 409 : 400,
    driver.column ?? driver.constraint,
    explanation(driver.code, language),
  )
}
