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
const PAGING = [
  ['page', 1],
  ['limit', 0],
  ['depth', 0],
] as const
const CHECKED = [...PAGING.map(([name]) => name), ...BOOLEAN_PARAMETERS]

// What Payload reads besides the locale codes: `*` is `all`; `null` and `false` are `none`.
const ALL = ['all', '*']
const NO_FALLBACK = ['none', 'null', 'false']
const FALLBACK_PARAMETERS = ['fallback-locale', 'fallbackLocale']

/** The locales a parameter accepts, as they are listed to the caller (the first of each synonym set). */
const acceptedLocales = (req: PayloadRequest) => {
  const codes = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  return {
    locale: { accepted: [...codes, ...ALL], listed: [...codes, ALL[0]!] },
    fallback: { accepted: [...codes, ...NO_FALLBACK], listed: [...codes, NO_FALLBACK[0]!] },
  }
}

/**
 * `locale`, `fallback-locale` and `fallbackLocale` as sent in the URL (REST, and GraphQL's URL).
 * Payload reads a locale it does not know as the default one and an unknown fallback as none,
 * so `locale=de` would answer French as if asked.
 */
export const sentLocaleProblems = (req: PayloadRequest, m: Messages): Problem[] => {
  if (!req.payload.config.localization) return []
  const { locale, fallback } = acceptedLocales(req)
  const checks = [
    ['locale', locale] as const,
    ...FALLBACK_PARAMETERS.map((name) => [name, fallback] as const),
  ]
  return checks.flatMap(([name, { accepted, listed }]) => {
    const value = sent(req, name)
    return value === undefined || accepted.includes(value as string)
      ? []
      : [{ path: name, message: m.locale(listed) }]
  })
}

/** The Local API's `locale`, which Payload queries as given (`de` reads every localized field empty). */
const localLocaleProblems = (req: PayloadRequest, m: Messages): Problem[] => {
  if (!req.payload.config.localization || req.payloadAPI !== 'local' || !req.locale) return []
  const { accepted, listed } = acceptedLocales(req).locale
  return accepted.includes(req.locale) ? [] : [{ path: 'locale', message: m.locale(listed) }]
}

/** A REST parameter as sent: its text, or the list or object made of it (`page=1&page=2`, `page[a]=1`). */
const sent = (req: PayloadRequest, name: string): unknown => {
  const parsed = (req.query as Record<string, unknown>)[name]
  return typeof parsed === 'object' && parsed !== null
    ? parsed
    : (req.searchParams.get(name) ?? undefined)
}

/**
 * Paging and the REST query string. Payload reads `page=abc` or `draft=maybe` as if they were
 * absent and `page=1.5` or `page=-1` fail in the database, so over REST the query string is
 * checked as sent (`req.query` is already parsed by then); over GraphQL and the Local API the
 * operation's arguments are, and the Local API's locale.
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
  if (!rest) return [...problems, ...localLocaleProblems(req, m)]
  for (const name of BOOLEAN_PARAMETERS)
    if (given[name] !== undefined && !isBoolean(given[name]))
      problems.push({ path: name, message: m.boolean })
  // REST's locales are checked before any endpoint runs (locales.ts), custom ones included.
  return problems
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
