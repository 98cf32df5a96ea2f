import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, payload } from '../../helpers/api'
import { launchChromium, signInToAdmin } from '../../helpers/browser'
import { databaseSnapshots } from '../../helpers/snapshot'
import { startServer, type TestServer } from '../../helpers/server'

/**
 * Issue 10, class 6 (cross-site requests): with CORS_ORIGINS unset, a PATCH of one's account sent
 * by another site's page with the visitor's session cookie was accepted. A session cookie counts
 * only from the server's own origin (SERVER_URL, here http://localhost:PORT and 127.0.0.1), never
 * from another, whatever CORS_ORIGINS lists; programs without a browser (curl) keep using it.
 */

const MEMBER = 'membre@irdsu.test'
const EVIL = 'https://evil.example'
const PARTNER = 'https://partner.example'

let snapshots: Awaited<ReturnType<typeof databaseSnapshots>>
let member: number

beforeAll(async () => {
  // Payload starts in this process here, before any snapshot is compared.
  member = (
    await (
      await payload()
    ).find({ collection: 'users', where: { email: { equals: MEMBER } }, depth: 0 })
  ).docs[0]!.id
  snapshots = await databaseSnapshots()
})
afterAll(async () => {
  await snapshots?.close()
})

/** Signs in over HTTP and returns the session cookie (`payload-token=…`) and the token. */
const signIn = async (server: TestServer, email = MEMBER) => {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  expect(response.status).toBe(200)
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('payload-token='))!
    .split(';')[0]!
  return { cookie, token: ((await response.json()) as { token: string }).token }
}

/** Who the server takes the caller for, given these headers. */
const me = async (server: TestServer, headers: Record<string, string>) =>
  (
    (await (await fetch(`${server.url}/api/users/me`, { headers })).json()) as {
      user: { email: string } | null
    }
  ).user?.email ?? null

/** The tables whose rows differ between two snapshots (named, so that a failure says where). */
const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys({ ...before, ...after })
    .filter((table) => before[table] !== after[table])
    .sort()

type Write = (
  server: TestServer,
  cookie: string,
  headers: Record<string, string>,
  name: string,
) => Promise<{ status: number; body: any; moved: string[] }>

/** A write with the cookie and these headers: its status, its answer, and the tables it changed. */
const writeWithCookie =
  (method: string, request: (name: string) => { path: string; body: unknown }): Write =>
  async (server, cookie, headers, name) => {
    const { path, body } = request(name)
    const before = await snapshots.take()
    const response = await fetch(`${server.url}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, ...headers },
      body: JSON.stringify(body),
    })
    return {
      status: response.status,
      body: await response.json(),
      moved: changedTables(before, await snapshots.take()),
    }
  }

const patchName = writeWithCookie('PATCH', (name) => ({ path: `/users/${member}`, body: { name } }))

const graphqlRename = writeWithCookie('POST', (name) => ({
  path: '/graphql',
  body: {
    query:
      'mutation($id: Int!, $name: String!) { updateUser(id: $id, data: { name: $name }) { name } }',
    variables: { id: member, name },
  },
}))

describe('a session cookie, with CORS_ORIGINS unset', () => {
  let server: TestServer
  let cookie: string
  beforeAll(async () => {
    server = await startServer()
    ;({ cookie } = await signIn(server))
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('does not count in a PATCH sent from another site: 403, and nothing written', async () => {
    const reply = await patchName(
      server,
      cookie,
      { origin: EVIL, 'sec-fetch-site': 'cross-site' },
      'Renommé par evil.example',
    )
    expect(reply).toMatchObject({ status: 403, moved: [] })
    expect(
      await patchName(server, cookie, { origin: EVIL }, 'Renommé par evil.example'),
    ).toMatchObject({ status: 403, moved: [] })
  })

  it('does not count in a GraphQL mutation sent from another site', async () => {
    const reply = await graphqlRename(server, cookie, { origin: EVIL }, 'Renommé par evil.example')
    expect(reply.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(reply.moved).toEqual([])
  })

  it('does not count in a cross-site request without Origin either', async () => {
    expect(await me(server, { cookie, 'sec-fetch-site': 'cross-site' })).toBeNull()
  })

  it('counts from the server’s own origin, under both loopback names', async () => {
    const port = new URL(server.url).port
    for (const origin of [`http://localhost:${port}`, `http://127.0.0.1:${port}`]) {
      expect(await me(server, { cookie, origin })).toBe(MEMBER)
      const reply = await patchName(
        server,
        cookie,
        { origin, 'sec-fetch-site': 'same-origin' },
        `Membre IRDSU (${origin})`,
      )
      expect(reply).toMatchObject({ status: 200, moved: expect.arrayContaining(['users']) })
    }
  })

  it('counts for a browser’s own requests without Origin, and for programs that send neither header (curl)', async () => {
    expect(await me(server, { cookie, 'sec-fetch-site': 'same-origin' })).toBe(MEMBER)
    expect(await me(server, { cookie, 'sec-fetch-site': 'none' })).toBe(MEMBER)
    expect(await me(server, { cookie })).toBe(MEMBER)
    expect(await patchName(server, cookie, {}, 'Membre IRDSU (curl)')).toMatchObject({
      status: 200,
      moved: expect.arrayContaining(['users']),
    })
  })

  it('opens no session for another site: a sign-in or password reset it sends, even as a plain form, is refused', async () => {
    const form = () => {
      const body = new FormData()
      body.set('_payload', JSON.stringify({ email: MEMBER, password: DEMO_PASSWORD }))
      return body
    }
    for (const headers of [{ origin: EVIL }, { 'sec-fetch-site': 'cross-site' }] as Array<
      Record<string, string>
    >) {
      const login = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers,
        body: form(),
      })
      expect(login.status).toBe(403)
      expect(login.headers.getSetCookie()).toEqual([])
      const reset = await fetch(`${server.url}/api/users/reset-password`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ token: 'any', password: 'un-autre-mot-de-passe' }),
      })
      expect(reset.status).toBe(403)
      expect(reset.headers.getSetCookie()).toEqual([])
    }
    // The server's own login page, and programs outside a browser, still sign in.
    const own = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { origin: new URL(server.url).origin },
      body: form(),
    })
    expect(own.status).toBe(200)
    expect(
      (await fetch(`${server.url}/api/users/login`, { method: 'POST', body: form() })).status,
    ).toBe(200)
  })

  it('a forged or stale cookie signs in nobody', async () => {
    expect(await me(server, { cookie: 'payload-token=forged' })).toBeNull()
  })
})

describe('a session cookie, with CORS_ORIGINS listing a partner site', () => {
  let server: TestServer
  let session: { cookie: string; token: string }
  beforeAll(async () => {
    server = await startServer({ env: { CORS_ORIGINS: PARTNER } })
    session = await signIn(server)
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('does not count from the partner site: CORS_ORIGINS is for its API reads, not for visitors’ sessions', async () => {
    expect(await me(server, { cookie: session.cookie, origin: PARTNER })).toBeNull()
    expect(
      await patchName(server, session.cookie, { origin: PARTNER }, 'Renommé par partner.example'),
    ).toMatchObject({
      status: 403,
      moved: [],
    })
    expect(
      await patchName(server, session.cookie, { origin: EVIL }, 'Renommé par evil.example'),
    ).toMatchObject({ status: 403, moved: [] })
  })

  it('still lets the partner site’s browser code read the API, with CORS headers', async () => {
    const response = await fetch(`${server.url}/api/resources?limit=1`, {
      headers: { origin: PARTNER },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(PARTNER)
  })

  it('counts from the server’s own origin', async () => {
    const origin = `http://localhost:${new URL(server.url).port}`
    expect(await patchName(server, session.cookie, { origin }, 'Membre IRDSU')).toMatchObject({
      status: 200,
      moved: expect.arrayContaining(['users']),
    })
  })
})

describe('the admin in Chromium, with CORS_ORIGINS set', () => {
  let server: TestServer
  let browser: Browser
  beforeAll(async () => {
    server = await startServer({ admin: true, env: { CORS_ORIGINS: PARTNER } })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('signs in and saves a change', async () => {
    const page = await signInToAdmin(browser, server.url, MEMBER)
    await page.goto(`${server.url}/admin/collections/users/${member}`)
    await page.locator('#field-name').fill('Membre IRDSU (enregistré dans l’admin)')
    await page.getByRole('button', { name: 'Sauvegarder' }).click()
    const saved = async () =>
      (await (await payload()).findByID({ collection: 'users', id: member, depth: 0 })).name
    await expect.poll(saved, { timeout: 15_000 }).toBe('Membre IRDSU (enregistré dans l’admin)')
    await page.close()
  }, 90_000)
})
