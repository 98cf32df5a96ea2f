import crypto from 'node:crypto'
import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readEnv, webhooksAllowPrivate } from '../../src/env'
import { eventOf, isInternalAddress, signatureOf, urlProblem } from '../../src/plugins/webhooks'
import { send } from '../../src/plugins/webhooks/send'
import { expectPredicate } from '../helpers/predicates'

const seen = (published: boolean, updatedAt = '2026-11-28T10:00:00.000Z') => ({
  published,
  updatedAt,
})

describe('the event a write is to partners', () => {
  it('is publish, update, unpublish or delete by what partners saw before and after', () => {
    expect(eventOf(null, seen(true))).toBe('publish')
    expect(eventOf(seen(false), seen(true))).toBe('publish')
    expect(eventOf(seen(true), seen(true, '2026-11-28T11:00:00.000Z'))).toBe('update')
    expect(eventOf(seen(true), seen(false))).toBe('unpublish')
    expect(eventOf(seen(true), null)).toBe('delete')
  })

  it('is nothing for drafts, and for a draft saved over a published document', () => {
    expect(eventOf(null, seen(false))).toBeUndefined()
    expect(eventOf(seen(false), seen(false, '2026-11-28T11:00:00.000Z'))).toBeUndefined()
    expect(eventOf(seen(false), null)).toBeUndefined()
    // The stored row did not move: the draft went to the versions only.
    expect(eventOf(seen(true), seen(true))).toBeUndefined()
  })
})

describe('endpoint URLs', () => {
  it('takes http and https URLs of public hosts', () => {
    expect(urlProblem('https://site.example/hooks?x=1', false)).toBeUndefined()
    expect(urlProblem('http://93.184.216.34:8080/hooks', false)).toBeUndefined()
  })

  it('refuses other schemes, credentials and what is not a URL', () => {
    expect(urlProblem('ftp://site.example/', true)).toBe('urlProtocol')
    expect(urlProblem('javascript:alert(1)', true)).toBe('urlProtocol')
    expect(urlProblem('file:///etc/passwd', true)).toBe('urlProtocol')
    expect(urlProblem('https://user:pw@site.example/', true)).toBe('urlCredentials')
    expect(urlProblem('https://user@site.example/', true)).toBe('urlCredentials')
    expect(urlProblem('site.example/hooks', true)).toBe('urlInvalid')
    expect(urlProblem(42, true)).toBe('urlInvalid')
    expect(urlProblem(`https://site.example/${'a'.repeat(2048)}`, true)).toBe('urlInvalid')
  })

  it('refuses internal addresses named directly unless allowed', () => {
    for (const url of [
      'http://localhost:3000/',
      'http://127.0.0.1/',
      'http://10.1.2.3/',
      'http://172.20.0.1/',
      'http://192.168.1.1/',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/',
      'http://[fd00::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://0.0.0.0/',
    ]) {
      expect(urlProblem(url, false), url).toBe('urlPrivate')
      expect(urlProblem(url, true), url).toBeUndefined()
    }
  })

  it('knows internal addresses from public ones', () => {
    expectPredicate(
      isInternalAddress,
      ['127.0.0.53', '100.64.1.1', 'fe80::1'],
      ['8.8.8.8', '2001:4860:4860::8888', 'site.example'],
    )
  })
})

describe('WEBHOOKS_ALLOW_PRIVATE_URLS', () => {
  it('refuses internal addresses in production unless allowed, allows them elsewhere unless refused', () => {
    expect(webhooksAllowPrivate(readEnv({ NODE_ENV: 'production' }))).toBe(false)
    expect(
      webhooksAllowPrivate(
        readEnv({ NODE_ENV: 'production', WEBHOOKS_ALLOW_PRIVATE_URLS: 'true' }),
      ),
    ).toBe(true)
    expect(webhooksAllowPrivate(readEnv({ NODE_ENV: 'development' }))).toBe(true)
    expect(
      webhooksAllowPrivate(readEnv({ NODE_ENV: 'test', WEBHOOKS_ALLOW_PRIVATE_URLS: 'false' })),
    ).toBe(false)
    expect(() => readEnv({ WEBHOOKS_ALLOW_PRIVATE_URLS: 'yes' })).toThrow(
      /WEBHOOKS_ALLOW_PRIVATE_URLS/,
    )
  })
})

describe('a delivery', () => {
  let receiver: http.Server
  let port: number
  const got: Array<{ headers: http.IncomingHttpHeaders; body: string }> = []

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', () => {
        got.push({ headers: req.headers, body })
        if (req.url === '/slow') return // never answers
        res.writeHead(req.url === '/fail' ? 503 : 204).end(req.url === '/fail' ? 'en panne' : '')
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    port = (receiver.address() as { port: number }).port
  })
  afterAll(() => {
    receiver.closeAllConnections()
    receiver.close()
  })

  const deliver = (path: string, allowInternal = true, host = '127.0.0.1', timeoutMs = 5000) =>
    send({
      url: `http://${host}:${port}${path}`,
      secret: 'le-secret-du-partenaire',
      id: 'evt-1',
      event: 'publish',
      body: '{"id":"evt-1"}',
      timeoutMs,
      allowInternal,
      now: new Date('2026-11-28T12:00:00Z'),
    })

  it('is a POST signed over `<timestamp>.<body>` that a partner verifies', async () => {
    got.length = 0
    expect(await deliver('/ok')).toEqual({ delivered: true, statusCode: 204 })
    const [{ headers, body }] = got as [(typeof got)[number]]
    expect(body).toBe('{"id":"evt-1"}')
    expect(headers['webhook-id']).toBe('evt-1')
    expect(headers['webhook-event']).toBe('publish')
    expect(headers['webhook-timestamp']).toBe('1795867200')
    const expected = crypto
      .createHmac('sha256', 'le-secret-du-partenaire')
      .update(`1795867200.${body}`)
      .digest('hex')
    expect(headers['webhook-signature']).toBe(`sha256=${expected}`)
    expect(signatureOf('le-secret-du-partenaire', 1795867200, body)).toBe(`sha256=${expected}`)
  })

  it('fails on an answer other than 2xx, keeping a little of what it said', async () => {
    expect(await deliver('/fail')).toEqual({
      delivered: false,
      failure: { reason: 'http', statusCode: 503, answer: 'en panne' },
    })
  })

  it('gives up on a receiver that does not answer in time', async () => {
    expect(await deliver('/slow', true, '127.0.0.1', 300)).toEqual({
      delivered: false,
      failure: { reason: 'timeout' },
    })
  })

  it('never reaches an internal address unless allowed, by its name or by its address', async () => {
    got.length = 0
    expect(await deliver('/ok', false)).toEqual({
      delivered: false,
      failure: { reason: 'internal', address: '127.0.0.1' },
    })
    // A host name is checked on the address it resolves to, where the socket connects.
    const byName = await deliver('/ok', false, 'localhost')
    expect(byName).toMatchObject({ delivered: false, failure: { reason: 'internal' } })
    expect(got).toEqual([])
  })
})
