import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signInOver, startServer, type TestServer } from '../helpers/server'

/*
 * Public reads answered from memory, exactly (issue 11, src/cache). Two server processes on one
 * database, as behind a load balancer: an answer kept by B is filled, a write is acknowledged by
 * A, and B's very next answer must be the new one, for every collection and kind of write.
 */
const PARTNER = 'https://partenaire.example'
let a: TestServer
let b: TestServer
let admin: string
let db: pg.Client

type Read = {
  status: number
  body: any
  cache: string | null
  etag: string | null
  headers: Headers
}

const read = async (
  server: TestServer,
  path: string,
  headers: Record<string, string> = {},
): Promise<Read> => {
  const response = await fetch(`${server.url}${path}`, { headers })
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON
  }
  return {
    status: response.status,
    body,
    cache: response.headers.get('x-cache'),
    etag: response.headers.get('etag'),
    headers: response.headers,
  }
}

/** Reads through B until its answer is kept (the second read is a hit). */
const filled = async (path: string, headers: Record<string, string> = {}) => {
  const first = await read(b, path, headers)
  expect(first.status, JSON.stringify(first.body)).toBe(200)
  const second = await read(b, path, headers)
  expect(second.cache, path).toBe('hit')
  expect(second.body).toEqual(first.body)
  return second.body
}

const write = async (method: string, path: string, body?: unknown, token = admin) => {
  const response = await fetch(`${a.url}/api${path}`, {
    method,
    headers: {
      authorization: `JWT ${token}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = (await response.json().catch(() => ({}))) as any
  expect(response.status, JSON.stringify(json)).toBeLessThan(300)
  return json
}

const signIn = (email: string) => signInOver(a.url, email)

/** The admin publishes a new resource (a tool) titled `title`: the answer of its POST. */
const publish = (title: string) =>
  write('POST', '/resources', { title, type: 'tool', _status: 'published' })

beforeAll(async () => {
  const env = { CORS_ORIGINS: PARTNER, RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0' }
  // B hears of changes 300 ms late, as a busy process would: it must not answer from its cache meanwhile.
  ;[a, b] = await Promise.all([
    startServer({ env }),
    startServer({ env: { ...env, API_CACHE_TEST_DELIVERY_DELAY_MS: '300' } }),
  ])
  admin = await signIn('admin@pole-metiers.test')
  db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
}, 180_000)

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  await db?.end()
})

describe('a public answer kept by one process', () => {
  // Each collection anyone reads, and a text field of it.
  it.each([
    ['resources', 'title'],
    ['trainings', 'title'],
    ['events', 'title'],
    ['regional-groups', 'name'],
    ['members', 'name'],
    ['axes', 'title'],
    ['functions', 'title'],
    ['milestones', 'title'],
    ['regions', 'name'],
  ])(
    'is never served once another process has acknowledged an update of %s',
    async (slug, field) => {
      const path = `/api/${slug}?limit=1&depth=0&sort=id`
      const before = await filled(path)
      const doc = before.docs[0]
      const changed = `${doc[field]} (modifié ${Date.now()})`
      await write('PATCH', `/${slug}/${doc.id}`, { [field]: changed })
      const after = await read(b, path)
      expect(after.body.docs[0][field]).toBe(changed)
      expect(after.cache).toBe('miss')
      // One document, GraphQL over GET and the search follow too.
      expect((await read(b, `/api/${slug}/${doc.id}?depth=0`)).body[field]).toBe(changed)
    },
  )

  it('follows a create, a publication, an unpublication and a delete', async () => {
    const list = '/api/resources?limit=5&depth=0&sort=-createdAt'
    const before = await filled(list)
    const { doc } = await publish('Ressource toute neuve')
    let after = await read(b, list)
    expect(after.body.totalDocs).toBe(before.totalDocs + 1)
    expect(after.body.docs[0].id).toBe(doc.id)

    await filled(list)
    const { doc: draft } = await write('POST', '/resources?draft=true', {
      title: 'Brouillon à publier',
      type: 'tool',
    })
    expect((await read(b, list)).body.totalDocs).toBe(before.totalDocs + 1)
    await filled(list)
    await write('PATCH', `/resources/${draft.id}`, { _status: 'published' })
    after = await read(b, list)
    expect(after.body.totalDocs).toBe(before.totalDocs + 2)
    expect(after.body.docs.map((d: { id: number }) => d.id)).toContain(draft.id)

    await filled(`/api/resources/${draft.id}?depth=0`)
    await write('PATCH', `/resources/${draft.id}`, { _status: 'draft' })
    expect((await read(b, `/api/resources/${draft.id}?depth=0`)).status).toBe(404)

    await filled(`/api/resources/${doc.id}?depth=0`)
    await write('DELETE', `/resources/${doc.id}`)
    expect((await read(b, `/api/resources/${doc.id}?depth=0`)).status).toBe(404)
    expect((await read(b, list)).body.totalDocs).toBe(before.totalDocs)
  })

  it('keeps showing the published version when a draft is saved over it', async () => {
    const { doc } = await publish('Version publiée')
    const path = `/api/resources/${doc.id}?depth=0`
    await filled(path)
    await write('PATCH', `/resources/${doc.id}?draft=true`, { title: 'Version brouillon' })
    expect((await read(b, path)).body.title).toBe('Version publiée')
    await write('PATCH', `/resources/${doc.id}`, {
      title: 'Version republiée',
      _status: 'published',
    })
    expect((await read(b, path)).body.title).toBe('Version republiée')
  })

  it('is exact for a first read just after a write, before the change is heard', async () => {
    const { doc } = await publish('Lue aussitôt')
    const path = `/api/resources/${doc.id}?depth=0&locale=fr`
    await write('PATCH', `/resources/${doc.id}`, { title: 'Lue aussitôt, changée' })
    // B hears both changes 300 ms late; its first read (a miss) and its next one are the new answer.
    const first = await read(b, path)
    expect(first.body.title).toBe('Lue aussitôt, changée')
    expect((await read(b, path)).body.title).toBe('Lue aussitôt, changée')
    await write('PATCH', `/resources/${doc.id}`, { title: 'Lue aussitôt, rechangée' })
    expect((await read(b, path)).body.title).toBe('Lue aussitôt, rechangée')
  })

  it('follows a change of one locale, and keeps the other locale apart', async () => {
    const { doc } = await publish('Titre français')
    const en = `/api/resources/${doc.id}?depth=0&locale=en`
    const fr = `/api/resources/${doc.id}?depth=0&locale=fr`
    await filled(en)
    const french = await filled(fr)
    await write('PATCH', `/resources/${doc.id}?locale=en`, { title: 'English title' })
    expect((await read(b, en)).body.title).toBe('English title')
    expect((await read(b, fr)).body.title).toBe(french.title)
  })

  it('follows GraphQL over GET, the search and the calendar', async () => {
    const query = encodeURIComponent(
      '{ Resources(limit: 3, sort: "-createdAt") { totalDocs docs { id title } } }',
    )
    const graphql = `/api/graphql?query=${query}`
    const before = await filled(graphql)
    const search = '/api/search?q=hippocampe'
    expect((await filled(search)).totalDocs).toBe(0)
    const { doc } = await publish('Hippocampe des territoires')
    const after = await read(b, graphql)
    expect(after.body.data.Resources.totalDocs).toBe(before.data.Resources.totalDocs + 1)
    expect(after.body.data.Resources.docs[0].id).toBe(doc.id)
    expect((await read(b, search)).body.docs.map((d: { id: number }) => d.id)).toEqual([doc.id])

    const calendar = '/api/events/calendar.ics'
    expect(await filled(calendar)).not.toContain('Rencontre des hippocampes')
    await write('POST', '/events', {
      title: 'Rencontre des hippocampes',
      kind: (await read(a, '/api/events?limit=1&depth=0')).body.docs[0].kind,
      startsAt: '2014-06-12T09:00:00.000Z',
      _status: 'published',
    })
    expect((await read(b, calendar)).body).toContain('Rencontre des hippocampes')
  })

  it('follows a change of delegation: a pilot then reads what it now pilots, and is never served a kept answer', async () => {
    const pilot = await signIn('pilote@collectif-ville-campagne.test')
    const functions = (
      await read(a, '/api/functions?depth=0&limit=10', { authorization: `JWT ${admin}` })
    ).body.docs
    const pilotOrg = (await read(a, '/api/users/me', { authorization: `JWT ${pilot}` })).body.user
      .organisation
    const organisationId = typeof pilotOrg === 'object' ? pilotOrg.id : pilotOrg
    const other = functions.find(
      (f: any) =>
        !(f.pilots ?? []).some(
          (p: any) => (p.organisation?.id ?? p.organisation) === organisationId,
        ),
    )
    const { doc: draft } = await write('POST', '/resources?draft=true', {
      title: 'Brouillon d’une autre fonction',
      type: 'tool',
      function: other.id,
    })
    const mine = `/api/resources?draft=true&depth=0&limit=100&where[function][equals]=${other.id}`
    const headers = { authorization: `JWT ${pilot}` }
    const first = await read(b, mine, headers)
    expect(first.headers.get('cache-control')).toBe('private, no-store')
    expect(first.cache).toBeNull()
    expect(first.body.docs.map((d: { id: number }) => d.id)).not.toContain(draft.id)
    await write('PATCH', `/functions/${other.id}`, {
      pilots: [
        ...(other.pilots ?? []),
        { organisation: organisationId, role: 'pilot', startsOn: '2014-01-01T00:00:00.000Z' },
      ],
    })
    expect((await read(b, mine, headers)).body.docs.map((d: { id: number }) => d.id)).toContain(
      draft.id,
    )
  })
})

describe('what the cache tells clients', () => {
  it('gives an ETag, a short public Cache-Control, and 304 to If-None-Match', async () => {
    const path = '/api/axes?depth=0'
    await filled(path)
    const kept = await read(b, path)
    expect(kept.etag).toMatch(/^"/)
    expect(kept.headers.get('cache-control')).toBe('public, max-age=10, stale-while-revalidate=60')
    expect(kept.headers.get('vary')).toBe('Origin, Accept-Language, Authorization, Cookie')
    const revalidated = await fetch(`${b.url}${path}`, { headers: { 'if-none-match': kept.etag! } })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
    // Another process, the same answer: the same ETag.
    expect(
      (await fetch(`${a.url}${path}`, { headers: { 'if-none-match': kept.etag! } })).status,
    ).toBe(304)
  })

  it('answers a document in full to its ETag: the tag names its version, not what is shown of it', async () => {
    const functions = await read(b, '/api/functions?limit=1&depth=0')
    const fn = functions.body.docs[0]
    const { doc } = await write('POST', '/resources', {
      title: 'Étiquetée',
      type: 'tool',
      function: fn.id,
      _status: 'published',
    })
    const path = `/api/resources/${doc.id}?depth=1`
    await filled(path)
    const tag = (await read(b, path)).etag!
    // A related document changes: the resource's version, and so its tag, stay.
    await write('PATCH', `/functions/${fn.id}`, { title: `${fn.title} (renommée)` })
    const after = await fetch(`${b.url}${path}`, { headers: { 'if-none-match': tag } })
    expect(after.status).toBe(200)
    expect((await after.json()).function.title).toBe(`${fn.title} (renommée)`)
    // Another locale of the same version: its own body.
    const english = await fetch(`${b.url}${path}&locale=en`, { headers: { 'if-none-match': tag } })
    expect(english.status).toBe(200)
    await write('PATCH', `/functions/${fn.id}`, { title: fn.title })
  })

  it('gives each origin its own CORS headers, never the last caller’s', async () => {
    const path = '/api/regions?depth=0&limit=2'
    await filled(path, { origin: PARTNER })
    const partner = await read(b, path, { origin: PARTNER })
    expect(partner.headers.get('access-control-allow-origin')).toBe(PARTNER)
    const stranger = await read(b, path, { origin: 'https://inconnu.example' })
    expect(stranger.cache).toBe('hit')
    expect(stranger.headers.get('access-control-allow-origin')).not.toBe(PARTNER)
  })

  it('keeps an API key’s answers apart, and refuses a revoked key at once', async () => {
    const apiKey = `cle-${Date.now()}-cache-partenaire`
    const { doc: client } = await write('POST', '/api-clients', {
      name: 'Site partenaire du cache',
      enableAPIKey: true,
      apiKey,
    })
    const key = { authorization: `api-clients API-Key ${apiKey}` }
    const path = '/api/members?depth=0&limit=1'
    await filled(path, key)
    expect((await read(b, path, key)).headers.get('cache-control')).toMatch(/^private/)
    await write('PATCH', `/api-clients/${client.id}`, { enableAPIKey: false })
    expect((await read(b, path, key)).status).toBe(401)
  })

  it('shares nothing between anonymous callers and two API keys', async () => {
    const keys = await Promise.all(
      ['a', 'b'].map(async (n) => {
        const apiKey = `cle-${Date.now()}-${n}-cache`
        await write('POST', '/api-clients', {
          name: `Client ${n} du cache`,
          enableAPIKey: true,
          apiKey,
        })
        return { authorization: `api-clients API-Key ${apiKey}` }
      }),
    )
    const path = '/api/regions?depth=0&limit=3&sort=name'
    await filled(path)
    await filled(path, keys[0])
    const second = await read(b, path, keys[1])
    expect(second.cache).toBe('miss')
    expect(second.headers.get('vary')).toBe('Origin, Accept-Language, Authorization, Cookie')
    expect((await read(b, path, keys[1])).cache).toBe('hit')
    // A key nobody issued is refused, not served the answer kept for another.
    expect(
      (await read(b, path, { authorization: 'api-clients API-Key cle-inconnue' })).status,
    ).toBe(401)
  })

  it('keys on the parameters as Payload reads them, not on their order alone', async () => {
    const base = '/api/resources?depth=0&limit=3&where[_status][equals]=published'
    const byTitle = await filled(`${base}&sort[]=title&sort[0]=-id`)
    const reordered = await read(b, `${base}&sort[0]=-id&sort[]=title`)
    expect(reordered.cache).toBe('miss')
    const ids = (body: { docs: Array<{ id: number }> }) => body.docs.map((d) => d.id)
    expect(ids(reordered.body)).not.toEqual(ids(byTitle))
    const direct = (
      await read(a, `${base}&sort[0]=-id&sort[]=title`, { authorization: `JWT ${admin}` })
    ).body
    expect(ids(reordered.body)).toEqual(ids(direct))
    // The same parameters in another order share one answer.
    await filled('/api/axes?limit=2&depth=0')
    expect((await read(b, '/api/axes?depth=0&limit=2')).cache).toBe('hit')
  })

  it('keys a POSTed GraphQL query on the parameters of its URL too (Payload reads the locale there)', async () => {
    const post = async (search: string) => {
      const response = await fetch(`${b.url}/api/graphql${search}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Functions(limit: 1, sort: "id") { docs { title } } }' }),
      })
      const body = (await response.json()) as any
      return { status: response.status, cache: response.headers.get('x-cache'), body }
    }
    const title = (answer: { body: any }) => answer.body.data.Functions.docs[0].title
    for (const search of ['', '', '?locale=en', '?locale=en', '?locale=xx']) await post(search)
    const [fr, en, unknown] = [await post(''), await post('?locale=en'), await post('?locale=xx')]
    expect([fr.cache, en.cache]).toEqual(['hit', 'hit'])
    expect(title(en)).not.toBe(title(fr))
    expect(title(en)).toBe(
      (await (await fetch(`${b.url}/api/functions?limit=1&sort=id&locale=en`)).json()).docs[0]
        .title,
    )
    expect(unknown.status).toBe(400)
  })

  it('keys a GraphQL answer on the media type asked for, and says it varies with Accept', async () => {
    const post = async (accept: string) => {
      const response = await fetch(`${b.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query: '{ Axes(limit: 1) { totalDocs } }' }),
      })
      await response.arrayBuffer()
      return [response.headers.get('content-type'), response.headers.get('vary')]
    }
    const spec = 'application/graphql-response+json'
    for (let i = 0; i < 3; i++) await post(spec)
    expect(await post('application/json')).toEqual([
      'application/json; charset=utf-8',
      'Origin, Accept-Language, Accept, Authorization, Cookie',
    ])
    expect((await post(spec))[0]).toBe(`${spec}; charset=utf-8`)
  })

  it('lets signed-in people through, marked not to be stored', async () => {
    const path = '/api/resources?depth=0&limit=1'
    await filled(path)
    const signedIn = await read(b, path, { authorization: `JWT ${admin}` })
    expect(signedIn.cache).toBeNull()
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
    // A query sent with POST too (GraphQL, a method override): it reads drafts as well.
    for (const [url, headers, body] of [
      [
        '/api/graphql',
        { 'content-type': 'application/json' },
        '{"query":"{ Resources(draft: true) { totalDocs } }"}',
      ],
      [
        '/api/resources',
        {
          'content-type': 'application/x-www-form-urlencoded',
          'x-payload-http-method-override': 'GET',
        },
        'draft=true&limit=1',
      ],
    ] as const) {
      const answer = await fetch(`${b.url}${url}`, {
        method: 'POST',
        headers: { authorization: `JWT ${admin}`, ...headers },
        body,
      })
      expect(answer.status, url).toBe(200)
      expect(answer.headers.get('cache-control'), url).toBe('private, no-store')
    }
  })
})

describe('GraphQL over GET', () => {
  const get = (params: Record<string, string>) =>
    read(b, `/api/graphql?${new URLSearchParams(params)}`)

  it('answers a query as POST does, with its variables', async () => {
    const query = 'query($n: Int) { Axes(limit: $n) { docs { id } } }'
    const viaGet = await get({ query, variables: JSON.stringify({ n: 2 }) })
    const viaPost = await fetch(`${b.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { n: 2 } }),
    })
    expect(viaGet.status).toBe(200)
    expect(viaGet.body).toEqual(await viaPost.json())
    expect(viaGet.body.data.Axes.docs).toHaveLength(2)
  })

  it('refuses a mutation with 405, malformed variables or no query with a 400 naming it, and writes nothing', async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM resources')
    const mutation = await get({
      query: 'mutation { createResource(data: { title: "x", type: tool }) { id } }',
    })
    expect(mutation.status).toBe(405)
    expect(mutation.headers.get('allow')).toBe('POST')
    expect((await db.query('SELECT count(*)::int AS n FROM resources')).rows).toEqual(before.rows)
    const variables = await get({ query: '{ Axes { docs { id } } }', variables: '[1' })
    expect(variables.status).toBe(400)
    expect(JSON.stringify(variables.body)).toContain('variables')
    const none = await read(b, '/api/graphql')
    expect(none.status).toBe(400)
    expect(JSON.stringify(none.body)).toContain('query')
  })

  it('keeps apart two queries that differ only by spaces inside a string', async () => {
    await publish('Deux  espaces')
    const post = async (title: string) => {
      const response = await fetch(`${b.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ Resources(where: { title: { equals: "${title}" } }) { totalDocs } }`,
        }),
      })
      return ((await response.json()) as { data: { Resources: { totalDocs: number } } }).data
        .Resources.totalDocs
    }
    for (let i = 0; i < 2; i++) {
      expect(await post('Deux  espaces')).toBe(1)
      expect(await post('Deux espaces')).toBe(0)
    }
  })

  it('applies the same limits as POST', async () => {
    const cycle = await get({
      query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    })
    expect(cycle.status).toBe(400)
  })
})

describe('when the notifications are lost', () => {
  it('never serves a kept answer it cannot vouch for, and keeps answers again once they are back', async () => {
    const path = '/api/milestones?depth=0&limit=1&sort=id'
    const before = await filled(path)
    await db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'pole-metiers-cache'`,
    )
    const changed = `${before.docs[0].title} (après coupure)`
    await write('PATCH', `/milestones/${before.docs[0].id}`, { title: changed })
    // The processes have seen their connection end.
    await new Promise((resolve) => setTimeout(resolve, 200))
    const after = await read(b, path)
    expect(after.body.docs[0].title).toBe(changed)
    // The next read listens again, waiting for the connection rather than passing the cache by
    // (as the first reads after a start do): its answer is kept, and served to the one after.
    expect(after.cache).toBe('miss')
    expect(after.headers.get('cache-control')).toMatch(/^public, max-age=/)
    expect((await read(b, path)).cache).toBe('hit')
  })
})

describe('change notifications', () => {
  it('are sent by every table a public answer may show', async () => {
    const { rows } = await db.query<{ table: string }>(`
      SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'
        AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'pole_metiers_notify_change')
      ORDER BY 1`)
    expect(
      rows
        .map((r) => r.table)
        .filter(
          (t) =>
            !/^(payload_(migrations|locked_documents|preferences|jobs)|kept_counts$|webhook_deliveries$)|_sessions$/.test(
              t,
            ),
        ),
    ).toEqual([])
    expect(rows.map((r) => r.table)).not.toContain('resources_locales')
  })
})
