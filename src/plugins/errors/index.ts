import type { AfterErrorHook, Plugin } from 'payload'

import { badInput } from './badInput'
import type { Classified } from './classified'
import { databaseUnavailable } from './unavailable'
import { withTranslations } from '../../utilities/translator'
import { translations } from './translations'

export type { Classified } from './classified'

export type ErrorsPluginOptions = {
  /**
   * Seconds a client is told to wait (`Retry-After`) when the server is busy or the database is down.
   * @default 5
   */
  retryAfterSeconds?: number
}

/**
 * The one place that turns a failure into what the caller should be told: a database that is
 * down or saturated is a 503 with `Retry-After` ("busy, retry"), input the database refused is
 * a 400; anything else stays Payload's 500. Every REST path goes through Payload's `afterError`;
 * the host's own error handler and the GraphQL route use `classify` too.
 */
export const classify = (
  error: unknown,
  language?: string,
  retryAfterSeconds = 5,
): Classified | undefined =>
  databaseUnavailable(error, language, retryAfterSeconds) ?? badInput(error, language)

export const errorsPlugin =
  ({ retryAfterSeconds = 5 }: ErrorsPluginOptions = {}): Plugin =>
  (config) => {
    const afterError: AfterErrorHook = ({ error, req }) => {
      const classified = classify(error, req.i18n?.language, retryAfterSeconds)
      if (!classified) return
      req.responseHeaders = new Headers(req.responseHeaders)
      for (const [name, value] of Object.entries(classified.headers ?? {}))
        req.responseHeaders.set(name, value)
      return { status: classified.status, response: classified.body }
    }
    return withTranslations(
      {
        ...config,
        hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), afterError] },
      },
      translations,
    )
  }
