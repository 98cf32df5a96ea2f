import crypto from 'node:crypto'
import http from 'node:http'
import https from 'node:https'

import { guardedLookup, InternalAddressError, isInternalAddress } from './address'

/** The headers of a delivery (docs/api.md, « Webhooks »). */
const HEADERS = {
  id: 'webhook-id',
  event: 'webhook-event',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
} as const

/**
 * The signature a partner recomputes: HMAC-SHA256 with the endpoint's secret of
 * `<timestamp>.<body>` (the timestamp in Unix seconds, the body as sent), in hex, after `sha256=`.
 * The timestamp is signed so that a delivery captured once cannot be replayed later.
 */
export const signatureOf = (secret: string, timestamp: number, body: string) =>
  `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`

/** Why an attempt failed: the log says it in the admin's language (`failureText` in deliver.ts). */
export type Failure =
  | { reason: 'internal'; address: string }
  | { reason: 'timeout' }
  | { reason: 'http'; statusCode: number; answer: string }
  | { reason: 'network'; message: string }

export type Outcome =
  { delivered: true; statusCode: number } | { delivered: false; failure: Failure }

const TIMEOUT = 'timeout'

/** The partner's answer, read up to this many bytes (a few words of error, never a page). */
const KEPT_ANSWER = 300

/** One signed POST of `body` to `url`, waiting `timeoutMs` at most: a 2xx is a delivery. */
export const send = ({
  url,
  secret,
  id,
  event,
  body,
  timeoutMs,
  allowInternal,
  now = new Date(),
}: {
  url: string
  secret: string
  id: string
  event: string
  body: string
  timeoutMs: number
  allowInternal: boolean
  now?: Date
}): Promise<Outcome> => {
  const target = new URL(url)
  if (!allowInternal && isInternalAddress(target.hostname))
    return Promise.resolve({
      delivered: false,
      failure: { reason: 'internal', address: target.hostname },
    })
  const timestamp = Math.floor(now.getTime() / 1000)
  const client = target.protocol === 'https:' ? https : http
  return new Promise((resolve) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        timeout: timeoutMs,
        lookup: allowInternal ? undefined : guardedLookup,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'pole-metiers-webhooks/1',
          [HEADERS.id]: id,
          [HEADERS.event]: event,
          [HEADERS.timestamp]: String(timestamp),
          [HEADERS.signature]: signatureOf(secret, timestamp, body),
        },
      },
      (response) => {
        let answer = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => {
          if (answer.length < KEPT_ANSWER) answer += chunk
        })
        response.on('end', () => {
          const statusCode = response.statusCode ?? 0
          if (statusCode >= 200 && statusCode < 300) resolve({ delivered: true, statusCode })
          else
            resolve({
              delivered: false,
              failure: { reason: 'http', statusCode, answer: answer.slice(0, KEPT_ANSWER).trim() },
            })
        })
        response.on('error', (error) =>
          resolve({ delivered: false, failure: { reason: 'network', message: error.message } }),
        )
      },
    )
    // The timeout is of inactivity on the socket: the whole attempt is bounded as well.
    const deadline = setTimeout(() => request.destroy(new Error(TIMEOUT)), timeoutMs)
    request.on('timeout', () => request.destroy(new Error(TIMEOUT)))
    request.on('close', () => clearTimeout(deadline))
    request.on('error', (error) =>
      resolve({
        delivered: false,
        failure:
          error instanceof InternalAddressError
            ? { reason: 'internal', address: error.address }
            : error.message === TIMEOUT
              ? { reason: 'timeout' }
              : { reason: 'network', message: error.message },
      }),
    )
    request.end(body)
  })
}
