import { type Classified, causes, say } from './classified'

// SQLSTATEs of input the database refused: class 22, data exceptions (22P02 text that is not a
// number or not an option, 22003 out of range, 22021/22P05 NUL bytes, 22007/22008 dates, 22001
// too long, 2201W/2201X negative LIMIT/OFFSET); class 23, integrity (23502 not null, 23503
// foreign key, 23505 unique); 42883, no such operator (`near` on a column that is not a point);
// 54000/54001, a value or a statement too large (an index entry past its limit).
const BAD_INPUT_CODES = /^(22...|23...|42883|5400[01])$/

const explanation = (code: string, language: string | undefined): string => {
  const t = (fr: string, en: string) => say(language, fr, en)
  if (code === '23505') return t('Cette valeur est déjà prise', 'This value is already taken')
  if (code === '23503')
    return t('Le document lié n’existe pas', 'The related document does not exist')
  if (code === '23502') return t('Ce champ est obligatoire', 'This field is required')
  if (code === '22001' || code.startsWith('5400')) return t('Valeur trop longue', 'Value too long')
  if (code === '22021' || code === '22P05')
    return t(
      'Caractère non accepté (le caractère nul \\u0000 ?)',
      'Character not accepted (the NUL character \\u0000?)',
    )
  if (code === '22007' || code === '22008') return t('Date invalide', 'Invalid date')
  if (code === '22003') return t('Nombre hors des limites', 'Number out of range')
  if (code === '42883')
    return t('Opérateur sans effet sur ce champ', 'Operator that does not apply to this field')
  return t('Valeur refusée par la base de données', 'Value refused by the database')
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

/**
 * Input the database refused, or Payload could not read, behind the input-validation plugin:
 * a 400 (409 for a value already taken) in Payload's validation error shape, naming the column
 * or constraint when PostgreSQL says which.
 */
export const badInput = (error: unknown, language?: string): Classified | undefined => {
  if (isUnparsableWhere(error))
    return refused(400, 'where', say(language, 'JSON invalide', 'Invalid JSON'))
  const driver = driverError(error)
  if (!driver) return undefined
  return refused(
    driver.code === '23505' ? 409 : 400,
    driver.column ?? driver.constraint,
    explanation(driver.code, language),
  )
}
