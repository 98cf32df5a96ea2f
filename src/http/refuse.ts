import type express from 'express'
import {
  getRequestLanguage,
  headersWithCors,
  parseCookies,
  type Payload,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'

import { translate, type KeyOf } from '../utilities/translator'
import { translations } from './translations'

/** The host's strings in the caller's language. */
export type HostSay = (key: KeyOf<typeof translations>, vars?: Record<string, unknown>) => string

export type Refuse = (
  req: express.Request,
  res: express.Response,
  status: number,
  name: string,
  message: (say: HostSay, language: string) => string,
) => void

/**
 * The language Payload itself would answer in, from an Accept-Language header and, for the
 * admin, the language its user chose (a cookie); French by default.
 */
export const languageOf = (
  config: SanitizedConfig,
  acceptLanguage: string | null | undefined,
  cookie?: string,
) =>
  getRequestLanguage({
    config,
    cookies: parseCookies(new Headers(cookie ? { cookie } : {})),
    headers: new Headers(acceptLanguage ? { 'accept-language': acceptLanguage } : {}),
  })

/**
 * What the host answers when it refuses a request before Payload sees it: Payload's error shape
 * (`{ errors: [{ name, message }] }`) in the caller's language, with Payload's CORS headers so
 * that a partner site's browser code can read the refusal.
 */
export const refusal =
  (payload: Payload): Refuse =>
  (req, res, status, name, message) => {
    const language = languageOf(payload.config, req.get('accept-language'))
    const say = translate(translations, language)
    sendWithCors(payload, req, res, status, {
      errors: [{ name, message: message(say, language) }],
    })
  }

/** `headers` with the CORS headers Payload would set for a request from `origin`. */
export const withCors = (
  payload: Payload,
  origin: string | null | undefined,
  headers = new Headers(),
): Headers =>
  headersWithCors({
    headers,
    req: { payload, headers: new Headers(origin ? { origin } : {}) } as PayloadRequest,
  })

/** A JSON answer carrying the CORS headers Payload would have set for this origin. */
export const sendWithCors = (
  payload: Payload,
  req: express.Request,
  res: express.Response,
  status: number,
  body: unknown,
) => {
  res
    .status(status)
    .set(Object.fromEntries(withCors(payload, req.get('origin'))))
    .json(body)
}

/** A size in the caller's language: "1,5 Mo" / "1.5 MB", or bytes below a megabyte. */
export const size = (bytes: number, language: string) => {
  const say = translate(translations, language)
  const mb = bytes / 2 ** 20
  const n = (mb < 1 ? bytes : mb).toLocaleString(language, { maximumFractionDigits: 1 })
  return mb < 1 ? say('host:bytes', { n }) : say('host:megabytes', { n })
}
