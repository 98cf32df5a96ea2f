import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../helpers/api'
import { startServer, type TestServer } from '../helpers/server'

const ANONYMOUS_PER_MINUTE = 10
const API_KEY_PER_MINUTE = 15
const MAX_LIMIT = 20

const PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer<</Size 2/Root 1 0 R>>\nstartxref\n40\n%%EOF\n'

type Headers = Record<string, string>

/** Limits against abuse (issue 9, point 4), each reached through the real server with small settings. */
describe('limits against abuse, through the real server', () => {
  let server: TestServer
  let admin: string
  let addresses = 0

  /** A caller of its own (the server trusts the loopback proxy's X-Forwarded-For): counts start at zero. */
  const newCaller = (headers: Headers = {}): Headers => ({
    'x-forwarded-for': `203.0.113.${++addresses}`,
    'accept-language': 'en',
    ...headers,
  })
  const get = (path: string, headers: Headers = newCaller()) =>
    fetch(`${server.url}${path}`, { headers })
  const post = (
    path: string,
    body: BodyInit,
    headers: Headers = newCaller(),
    type = 'application/json',
  ) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': type, ...headers },
      body,
    })
  const graphql = (query: string, headers: Headers = newCaller(), variables?: unknown) =>
    post('/api/graphql', JSON.stringify({ query, variables }), headers)
  const messages = async (response: Response) =>
    ((await response.json()).errors as Array<{ message: string }>).map((e) => e.message).join(' ')
  const statuses = async (responses: Array<Promise<Response>>) =>
    (await Promise.all(responses)).map((r) => r.status).sort()
  const signedIn = (headers: Headers = {}) =>
    newCaller({ authorization: `JWT ${admin}`, ...headers })

  /** Sends only the headers, declaring `length` bytes: the answer comes before any byte of the body. */
  const declaring = (path: string, type: string, length: number) =>
    new Promise<{ status: number; body: any }>((resolve, reject) => {
      const request = http.request(`${server.url}${path}`, {
        method: 'POST',
        headers: { ...newCaller(), 'content-type': type, 'content-length': String(length) },
      })
      request.on('response', async (response) => {
        let text = ''
        for await (const chunk of response) text += chunk
        resolve({ status: response.statusCode!, body: JSON.parse(text) })
        request.destroy()
      })
      request.on('error', reject)
      request.flushHeaders()
    })

  beforeAll(async () => {
    server = await startServer({
      env: {
        TRUST_PROXY: 'loopback',
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(ANONYMOUS_PER_MINUTE),
        RATE_LIMIT_API_KEY_PER_MINUTE: String(API_KEY_PER_MINUTE),
        API_MAX_LIMIT: String(MAX_LIMIT),
      },
    })
    const login = await post(
      '/api/users/login',
      JSON.stringify({ email: 'admin@pole-metiers.test', password: DEMO_PASSWORD }),
    )
    admin = (await login.json()).token
  })
  afterAll(async () => {
    await server?.stop()
  })

  describe('request bodies', () => {
    it('refuses a JSON body over 1 MB with 413, declared or streamed, before reading it', async () => {
      const declared = await declaring('/api/users/login', 'application/json', 50 * 2 ** 20)
      expect(declared.status).toBe(413)
      expect(declared.body.errors[0].message).toBe(
        'The request body is over the limit of 1 MB for JSON.',
      )

      const chunk = new Uint8Array(64 * 1024).fill(0x20)
      const streamed = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { ...newCaller(), 'content-type': 'application/json' },
        body: new ReadableStream({
          start(controller) {
            for (let i = 0; i < 32; i++) controller.enqueue(chunk)
            controller.close()
          },
        }),
        duplex: 'half',
      } as RequestInit)
      expect(streamed.status).toBe(413)
      expect(await messages(streamed)).toMatch(/1 MB/)
    })

    it('hands a body just under the limit to Payload whole', async () => {
      const padding = 'x'.repeat(2 ** 20 - 200)
      const body = JSON.stringify({
        email: 'admin@pole-metiers.test',
        password: DEMO_PASSWORD,
        padding,
      })
      const login = await post('/api/users/login', body)
      expect(login.status).toBe(200)
      expect((await login.json()).user.email).toBe('admin@pole-metiers.test')
    })

    it('keeps 25 MB for uploads: a file goes through, a larger declared body is refused up front', async () => {
      const form = new FormData()
      form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'fiche.pdf')
      form.append('_payload', JSON.stringify({ alt: 'Fiche' }))
      const upload = await fetch(`${server.url}/api/media`, {
        method: 'POST',
        headers: signedIn(),
        body: form,
      })
      expect(upload.status).toBe(201)

      const declared = await declaring(
        '/api/media',
        'multipart/form-data; boundary=x',
        30 * 2 ** 20,
      )
      expect(declared.status).toBe(413)
      expect(declared.body.errors[0].message).toBe(
        'The request body is over the limit of 26 MB for an upload.',
      )
    })

    it.each([
      [
        'REST',
        '/api/users/login',
        /^The request body must be JSON \(Content-Type: application\/json\), or multipart\/form-data for a file; got text\/plain/,
      ],
      [
        'GraphQL',
        '/api/graphql',
        /^A GraphQL request is sent as JSON \(Content-Type: application\/json\); got text\/plain\.$/,
      ],
    ])(
      'answers a malformed, non-JSON or non-object body with a 4xx naming the body (%s)',
      async (_, path, notJson) => {
        const malformed = await post(path, '{"email":')
        expect(malformed.status).toBe(400)
        expect(await messages(malformed)).toMatch(/^The request body is not valid JSON: /)

        const text = await post(path, 'hello', newCaller(), 'text/plain')
        expect(text.status).toBe(415)
        expect(await messages(text)).toMatch(notJson)

        const nothing = await post(path, 'null')
        expect(nothing.status).toBe(400)
        expect(await messages(nothing)).toBe('The request body must be a JSON object.')

        const french = await post(path, '[1]', newCaller({ 'accept-language': 'fr' }))
        expect(await messages(french)).toBe('Le corps de la requête doit être un objet JSON.')
      },
    )

    // The admin sends its relationship queries form-encoded, as method overrides. Payload glued the
    // body to the URL's own query with a second `?` (depth read as « 0?limit=2 »).
    it('reads a method override as the GET it stands for, its URL and body parameters together', async () => {
      const form = await post(
        '/api/members?depth=0',
        'limit=2&sort=name',
        newCaller({ 'x-payload-http-method-override': 'GET' }),
        'application/x-www-form-urlencoded',
      )
      expect(form.status).toBe(200)
      const members = (await form.json()).docs as Array<{ name: string }>
      expect(members).toHaveLength(2)
      expect(members.map((m) => m.name)).toEqual(members.map((m) => m.name).sort())

      // Nothing else stands for a query: JSON was read by Payload as data (a 500 when empty, its
      // `where` ignored), multipart had no limit when chunked.
      for (const [body, type] of [
        ['{"where":{"id":{"in":[]}}}', 'application/json'],
        ['', 'application/json'],
        ['limit=1', 'multipart/form-data; boundary=x'],
      ] as const) {
        const refused = await post(
          '/api/axes',
          body,
          newCaller({ 'x-http-method-override': 'GET' }),
          type,
        )
        expect(refused.status).toBe(415)
        expect(await messages(refused)).toMatch(
          /^A POST standing for a GET \(X-HTTP-Method-Override: GET\) carries its query as application\/x-www-form-urlencoded; got (application\/json|multipart\/form-data)\.$/,
        )
      }
    })
  })

  describe('pages', () => {
    const refusal = async (response: Response) => {
      expect(response.status).toBe(400)
      return (await response.json()).errors[0].data.errors[0] as { path: string; message: string }
    }

    it('refuses anonymous REST pages over the limit, of all documents, or without pagination', async () => {
      expect(await refusal(await get(`/api/resources?limit=${MAX_LIMIT + 1}`))).toEqual({
        path: 'limit',
        message: `limit must be a whole number from 1 to ${MAX_LIMIT} (got ${MAX_LIMIT + 1}): page through with page.`,
      })
      expect((await refusal(await get('/api/members?limit=0'))).path).toBe('limit')
      expect(await refusal(await get('/api/events?pagination=false'))).toEqual({
        path: 'pagination',
        message: `pagination=false is for signed-in users only: page through with limit (at most ${MAX_LIMIT}) and page.`,
      })
      expect((await get(`/api/resources?limit=${MAX_LIMIT}`)).status).toBe(200)
    })

    it('refuses them to API keys too, not to signed-in users, nor to the server reading on a caller’s behalf', async () => {
      const key = await createApiKey()
      expect(
        (await refusal(await get('/api/resources?pagination=false', newCaller(keyed(key))))).path,
      ).toBe('pagination')
      expect((await get('/api/resources?pagination=false', signedIn())).status).toBe(200)
      expect((await get(`/api/resources?limit=${MAX_LIMIT * 5}`, signedIn())).status).toBe(200)
      // The calendar feed lists every event itself (pagination: false) for an anonymous caller.
      expect((await get('/api/events/calendar.ics')).status).toBe(200)
    })

    it('refuses the same GraphQL lists before they run', async () => {
      const over = await graphql(`{ Resources(limit: ${MAX_LIMIT + 1}) { docs { id } } }`)
      expect(over.status).toBe(400)
      expect(await messages(over)).toMatch(/^limit must be a whole number from 1 to 20/)
      const all = await graphql('{ Members(pagination: false) { docs { id } } }')
      expect(all.status).toBe(400)
      expect(await messages(all)).toMatch(/pagination=false is for signed-in users only/)
      expect(
        (await graphql(`{ Resources(limit: ${MAX_LIMIT * 2}) { docs { id } } }`, signedIn()))
          .status,
      ).toBe(200)
    })
  })

  describe('GraphQL', () => {
    const aliases = Array.from(
      { length: 60 },
      (_, i) => `r${i}: Resources(limit: 100000) { docs { id title } }`,
    ).join(' ')

    it('counts what a list asks for: sixty aliases of 100 000 documents are refused before running, saying why', async () => {
      const refused = await graphql(`{ ${aliases} }`, signedIn())
      expect(refused.status).toBe(400)
      const body = await refused.json()
      expect(body.data).toBeUndefined()
      const [, cost] =
        /The query's complexity is (\d+), over the 10000 allowed: .*times its limit/.exec(
          body.errors[0].message,
        )!
      expect(Number(cost)).toBeGreaterThan(60 * 100_000)
    })

    it('counts the reads of the database an operation causes: a twenty-first root field is refused before running, whoever asks', async () => {
      const lists = (n: number) =>
        Array.from({ length: n }, (_, i) => `a${i}: Resources { totalDocs }`).join(' ')
      for (const headers of [newCaller(), signedIn()]) {
        const refused = await graphql(`{ ${lists(21)} }`, headers)
        expect(refused.status).toBe(400)
        const body = await refused.json()
        expect(body.data).toBeUndefined()
        expect(body.errors[0].message).toBe(
          'This operation would read the database 21 times (each root field, and each list for each document that holds it), at most 20: split it into several operations.',
        )
      }
      expect((await graphql(`{ ${lists(20)} }`)).status).toBe(200)
      // A document and a fragment on the root count like a list.
      const mixed = await graphql(
        `{ ${lists(19)} one: Resource(id: 1) { id } ...More } fragment More on Query { more: Members { totalDocs } }`,
      )
      expect(await messages(mixed)).toMatch(/would read the database 21 times/)
      // Mutations too, and nothing is written.
      const count = async () =>
        (await (await graphql('{ Resources(draft: true) { totalDocs } }', signedIn())).json()).data
          .Resources.totalDocs
      const creates = (n: number) =>
        Array.from(
          { length: n },
          (_, i) => `c${i}: createResource(data: { title: "Lot ${n} ${i}", type: survey }) { id }`,
        ).join(' ')
      const before = await count()
      const mutation = await graphql(`mutation { ${creates(21)} }`, signedIn())
      expect(mutation.status).toBe(400)
      expect(await messages(mutation)).toMatch(/^This operation would read the database 21 times/)
      expect(await count()).toBe(before)
      expect((await graphql(`mutation { ${creates(20)} }`, signedIn())).status).toBe(200)
      expect(await count()).toBe(before + 20)
    })

    // Documents are parsed and checked against graphql's rules once, then kept: what depends on
    // the request (its variables, who asks) must still be decided on every request.
    it('decides again on every request what depends on it, the same document asked again and again', async () => {
      const page = 'query Page($n: Int) { Resources(limit: $n) { docs { id } } }'
      for (const round of [1, 2]) {
        const small = await graphql(page, newCaller(), { n: 2 })
        expect(small.status, `round ${round}`).toBe(200)
        expect((await small.json()).data.Resources.docs).toHaveLength(2)
        const over = await graphql(page, newCaller(), { n: MAX_LIMIT + 1 })
        expect(over.status, `round ${round}`).toBe(400)
        expect(await messages(over)).toMatch(/^limit must be a whole number from 1 to 20/)
        expect((await graphql(page, signedIn(), { n: MAX_LIMIT + 1 })).status).toBe(200)
        const wrong = await graphql(page, newCaller(), { n: 'deux' })
        expect(wrong.status).toBe(400)
        expect(await messages(wrong)).toMatch(/^Variable "\$n" got invalid value "deux"/)
        const unknown = await graphql('{ Resources { docs { nope } } }')
        expect(unknown.status).toBe(400)
        expect(await messages(unknown)).toMatch(/^Cannot query field "nope" on type "Resource"/)
      }
    })

    it('lets a page of documents with their relationships through', async () => {
      const page = await graphql(
        `{ Resources(limit: ${MAX_LIMIT}) { totalDocs docs { id title publisher { name regions { name } } } } }`,
      )
      expect(page.status).toBe(200)
      expect((await page.json()).data.Resources.totalDocs).toBeGreaterThan(0)
    })

    it('answers fragment cycles with graphql’s own validation error', async () => {
      const cycle = await graphql(
        '{ Resources { docs { ...A } } } fragment A on Resource { id ...B } fragment B on Resource { ...A }',
      )
      expect(cycle.status).toBe(400)
      expect(await messages(cycle)).toBe('Cannot spread fragment "A" within itself via "B".')
      const itself = await graphql(
        '{ Resources { docs { ...A } } } fragment A on Resource { ...A }',
      )
      expect(await messages(itself)).toBe('Cannot spread fragment "A" within itself.')
    })

    it('refuses fragments that spread out to more fields than a query may cost, without walking them', async () => {
      const nested = Array.from(
        { length: 40 },
        (_, i) => `fragment F${i + 1} on Resource { ...F${i} ...F${i} }`,
      ).join(' ')
      const bomb = await graphql(`
        {
          Resources {
            docs {
              ...F40
            }
          }
        }
        fragment F0 on Resource {
          id
        }
        ${nested}
      `)
      expect(bomb.status).toBe(400)
      expect(await messages(bomb)).toMatch(
        /^The query's fragments spread out to \d+ fields: its complexity is over the 10000 allowed/,
      )
    })

    it.each([
      ['a syntax error', '{ Resources { docs { id }', undefined, /^Syntax Error/],
      ['an unknown field', '{ Nope }', undefined, /Cannot query field "Nope"/],
      [
        'an unknown fragment',
        '{ Resources { docs { ...Nope } } }',
        undefined,
        /Unknown fragment "Nope"/,
      ],
      [
        'a variable of the wrong type',
        'query($l: Int) { Resources(limit: $l) { totalDocs } }',
        { l: 'ten' },
        /Variable "\$l" got invalid value/,
      ],
      [
        'variables that are not an object',
        '{ Resources { totalDocs } }',
        'x',
        /^The `variables` parameter must be a JSON object\.$/,
      ],
      [
        'a query nested too deep',
        `{ Trainings { docs { partners { regions { ${'mergedInto { '.repeat(6)}name${' }'.repeat(6)} } } } } }`,
        undefined,
        /exceeds maximum operation depth of 8/,
      ],
    ])('answers %s with 400', async (_, query, variables, message) => {
      const response = await graphql(query, newCaller(), variables)
      expect(response.status).toBe(400)
      expect(await messages(response)).toMatch(message)
    })
  })

  describe('rates', () => {
    const burst = (count: number, send: () => Promise<Response>) =>
      statuses(Array.from({ length: count }, send))
    const times = (count: number, status: number) => Array<number>(count).fill(status)

    it(`limits anonymous callers to ${ANONYMOUS_PER_MINUTE} requests a minute per address, with Retry-After`, async () => {
      const caller = newCaller()
      expect(
        await burst(ANONYMOUS_PER_MINUTE, () => get('/api/functions?limit=1', caller)),
      ).toEqual(times(ANONYMOUS_PER_MINUTE, 200))
      const refused = await get('/api/functions?limit=1', caller)
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60)
      expect(refused.headers.get('ratelimit-limit')).toBe(String(ANONYMOUS_PER_MINUTE))
      expect(await messages(refused)).toMatch(
        /^Too many requests: at most 10 a minute from one IP address without an API key or a session\. Retry in \d+ s\.$/,
      )
      expect((await get('/api/functions?limit=1')).status).toBe(200)
    })

    it(`limits an API key to ${API_KEY_PER_MINUTE} a minute, whatever the anonymous limit`, async () => {
      const caller = newCaller(keyed(await createApiKey()))
      expect(await burst(API_KEY_PER_MINUTE, () => get('/api/functions?limit=1', caller))).toEqual(
        times(API_KEY_PER_MINUTE, 200),
      )
      const refused = await get('/api/functions?limit=1', caller)
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(await messages(refused)).toMatch(/at most 15 a minute with one API key/)
    })

    it('counts made-up keys from one address together', async () => {
      const caller = newCaller()
      const madeUp = () => get('/api/functions', { ...caller, ...keyed(crypto.randomUUID()) })
      expect(await burst(API_KEY_PER_MINUTE, madeUp)).toEqual(times(API_KEY_PER_MINUTE, 401))
      const refused = await madeUp()
      expect(refused.status).toBe(429)
      expect(await messages(refused)).toMatch(/with API keys from one IP address/)
    })

    it.each([
      ['a JWT header', (token: string) => ({ authorization: `JWT ${token}` })],
      ['a Bearer header', (token: string) => ({ authorization: `Bearer ${token}` })],
      ['the cookie', (token: string) => ({ cookie: `payload-token=${token}` })],
    ])('does not slow a signed-in editor (token in %s)', async (_, carrying) => {
      const caller = newCaller(carrying(admin))
      const requests = API_KEY_PER_MINUTE + ANONYMOUS_PER_MINUTE
      expect(await burst(requests, () => get('/api/users/me', caller))).toEqual(
        times(requests, 200),
      )
    })

    it('limits a forged token like no token at all', async () => {
      const [header, claims] = admin.split('.')
      const forged = `${header}.${claims}.${Buffer.from('not the signature').toString('base64url')}`
      const caller = newCaller({ authorization: `JWT ${forged}` })
      expect(
        await burst(ANONYMOUS_PER_MINUTE, () => get('/api/functions?limit=1', caller)),
      ).toEqual(times(ANONYMOUS_PER_MINUTE, 200))
      expect((await get('/api/functions?limit=1', caller)).status).toBe(429)
    })

    it('limits logins from one address as anonymous requests, whatever they carry, at any path Payload signs in at', async () => {
      const caller = signedIn()
      // Payload signs in at /users/LOGIN/ too: the limit matched /users/login alone.
      const paths = ['/api/users/login', '/api/users/LOGIN', '/api/users/Login/']
      let n = 0
      const guess = () =>
        post(
          paths[n++ % paths.length]!,
          JSON.stringify({ email: 'nobody@pole-metiers.test', password: 'guess' }),
          caller,
        )
      expect(await burst(ANONYMOUS_PER_MINUTE, guess)).toEqual(times(ANONYMOUS_PER_MINUTE, 401))
      expect((await guess()).status).toBe(429)
      expect(
        (
          await post(
            '/api/users/forgot-password',
            JSON.stringify({ email: 'admin@pole-metiers.test' }),
            caller,
          )
        ).status,
      ).toBe(429)
    })
  })

  const keyed = (key: string) => ({ authorization: `api-clients API-Key ${key}` })

  /** A partner site's key, created by the admin. */
  const createApiKey = async () => {
    const key = crypto.randomUUID()
    const created = await post(
      '/api/api-clients',
      JSON.stringify({ name: `Site ${key}`, enableAPIKey: true, apiKey: key }),
      signedIn(),
    )
    expect(created.status).toBe(201)
    return key
  }
})
