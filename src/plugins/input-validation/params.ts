import type { PayloadRequest } from 'payload'

import type { Messages, Problem } from './messages'
import { isBoolean, isId, isWholeNumber } from './values'

/** What the operations read from a request besides where, sort and data. */
export type OperationArgs = {
  id?: unknown
  duplicateFromID?: unknown
  data?: unknown
  where?: unknown
  sort?: unknown
  field?: unknown
  page?: unknown
  limit?: unknown
  depth?: unknown
}

// Payload's boolean query parameters (its parseParams), which it reads as "unset" unless true or false.
const BOOLEAN_PARAMETERS = [
  'autosave',
  'draft',
  'trash',
  'overrideLock',
  'pagination',
  'flattenLocales',
  'publishAllLocales',
  'unpublishAllLocales',
]
const NO_FALLBACK = ['none', 'null', 'false']
const PAGING = [
  ['page', 1],
  ['limit', 0],
  ['depth', 0],
] as const
const LOCALES = ['locale', 'fallback-locale', 'fallbackLocale']
const CHECKED = [...PAGING.map(([name]) => name), ...BOOLEAN_PARAMETERS, ...LOCALES]

const localeProblems = (
  req: PayloadRequest,
  query: Record<string, unknown>,
  m: Messages,
): Problem[] => {
  const codes = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  const problems: Problem[] = []
  const check = (name: string, allowed: string[]) => {
    const value = query[name]
    if (value !== undefined && !allowed.includes(value as string))
      problems.push({ path: name, message: m.locale(allowed) })
  }
  if (codes.length) {
    check('locale', [...codes, 'all', '*'])
    check('fallback-locale', [...codes, ...NO_FALLBACK])
    check('fallbackLocale', [...codes, ...NO_FALLBACK])
  }
  return problems
}

/** A REST parameter as sent: its text, or the list or object made of it (`page=1&page=2`, `page[a]=1`). */
const sent = (req: PayloadRequest, name: string): unknown => {
  const parsed = (req.query as Record<string, unknown>)[name]
  return typeof parsed === 'object' && parsed !== null
    ? parsed
    : (req.searchParams.get(name) ?? undefined)
}

/**
 * Paging and the REST query string. Payload reads `page=abc`, `draft=maybe` or `locale=xx` as
 * if they were absent and `page=1.5` or `page=-1` fail in the database, so over REST the query
 * string is checked as sent (`req.query` is already parsed by then); over GraphQL and the Local
 * API the operation's arguments are.
 */
export const parameterProblems = (
  req: PayloadRequest,
  args: OperationArgs,
  m: Messages,
): Problem[] => {
  const rest = req.payloadAPI === 'REST'
  const given: Record<string, unknown> = rest
    ? Object.fromEntries(CHECKED.map((name) => [name, sent(req, name)]))
    : args
  const problems: Problem[] = PAGING.filter(
    ([name, min]) => given[name] !== undefined && !isWholeNumber(given[name], min),
  ).map(([name, min]) => ({ path: name, message: m.wholeNumber(min) }))
  if (!rest) return problems
  for (const name of BOOLEAN_PARAMETERS)
    if (given[name] !== undefined && !isBoolean(given[name]))
      problems.push({ path: name, message: m.boolean })
  return [...problems, ...localeProblems(req, given, m)]
}

/**
 * The document an operation names (read, update, delete, duplicate, a version). Over REST, the
 * id as written in the URL: Payload reads `/resources/1abc` as document 1.
 */
export const idProblems = (req: PayloadRequest, args: OperationArgs, m: Messages): Problem[] => {
  const id = args.id ?? args.duplicateFromID
  if (id === undefined) return []
  const route = req.routeParams?.id
  const written = req.payloadAPI === 'REST' && typeof route === 'string' ? route : id
  return isId(written) ? [] : [{ path: 'id', message: m.id }]
}
