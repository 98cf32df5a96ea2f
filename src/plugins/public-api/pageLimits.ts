import { type CollectionBeforeOperationHook, type PayloadRequest, ValidationError } from 'payload'

import { translate } from '../../utilities/translator'
import { translations } from './translations'

/** Anonymous callers and partner sites' API keys; signed-in users (the admin) page as they need. */
export const isOutsideCaller = (req: PayloadRequest) =>
  !req.user || (req.user as { _strategy?: string })._strategy === 'api-key'

/**
 * What is wrong with the page a caller from outside asks for (the parameter, and why in its
 * language), or nothing: a page has 1 to `maxLimit` documents (`limit` 0 would mean all of them),
 * and `pagination: false` (everything at once) is refused.
 */
export const pageProblem = (
  { limit, pagination }: { limit?: unknown; pagination?: unknown },
  maxLimit: number,
  language: string | undefined,
): { path: 'limit' | 'pagination'; message: string } | undefined => {
  if (String(pagination) === 'false')
    return {
      path: 'pagination',
      message: translate(translations, language)('publicApi:noPagination', { max: maxLimit }),
    }
  const asked = typeof limit === 'string' ? Number(limit) : limit
  if (
    limit === undefined ||
    (Number.isInteger(asked) && (asked as number) >= 1 && (asked as number) <= maxLimit)
  )
    return
  return {
    path: 'limit',
    message: translate(translations, language)('publicApi:limit', {
      max: maxLimit,
      limit: String(limit),
    }),
  }
}

/**
 * REST: the `limit` and `pagination` of the query string, on every read by a caller from
 * outside. The request's parameters rather than the operation's arguments: the project's own
 * endpoints read everything on a caller's behalf with its req (the calendar feed with
 * `pagination: false`), and only what the caller asks for is limited. GraphQL arguments are
 * checked by `graphqlLimits`, before the query runs.
 */
export const restPageLimits =
  (maxLimit: number): CollectionBeforeOperationHook =>
  ({ collection, operation, overrideAccess, req }) => {
    // Reads that bypass access are the server's own (Payload's sign-in lookup, the search index).
    if (
      req.payloadAPI !== 'REST' ||
      overrideAccess ||
      (operation !== 'read' && operation !== 'readDistinct')
    )
      return
    if (!isOutsideCaller(req)) return
    const problem = pageProblem(req.query as Record<string, unknown>, maxLimit, req.i18n?.language)
    if (problem)
      throw new ValidationError({ collection: collection.slug, errors: [problem], req }, req.t)
  }
