import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runBurst } from '../../bench/burst'
import {
  freezeDatabase,
  ownDatabase,
  postmasterOf,
  serverForTests,
  signInOver,
  startServer,
  type TestServer,
} from '../helpers/server'

const json = (token?: string) => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `JWT ${token}` } : {}),
})

const signIn = (url: string) => signInOver(url, 'coordination@unadel.test')

const createResource = async (url: string, token: string, title: string) => {
  const response = await fetch(`${url}/api/resources`, {
    method: 'POST',
    headers: json(token),
    body: JSON.stringify({ title, type: 'survey' }),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

describe('under a burst of concurrent requests', () => {
  const server = serverForTests()

  it('answers every one of 200 mixed requests within 30 s, stays ready, and keeps every acknowledged write', async () => {
    const result = await runBurst({ url: server.url, size: 200 })
    expect(result.answered).toBe(200)
    expect(result.unexpected).toEqual([])
    expect(result.writes.acknowledged).toBeGreaterThan(0)
    expect(result.writes.missing).toEqual([])
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
  })

  it('keeps every one of eight concurrent PATCHes of different fields of one document', async () => {
    const token = await signIn(server.url)
    const id = await createResource(server.url, token, 'Huit modifications simultanées')
    const changes = [
      { authors: ['Une autrice'] },
      { license: 'CC-BY-SA' },
      { year: 2015 },
      { pages: 12 },
      { url: 'https://example.org/etude' },
      { romeCodes: ['K1802'] },
      { language: 'en' },
      { summary: 'Un résumé' },
    ]
    const statuses = await Promise.all(
      changes.map(
        async (change) =>
          (
            await fetch(`${server.url}/api/resources/${id}`, {
              method: 'PATCH',
              headers: json(token),
              body: JSON.stringify(change),
            })
          ).status,
      ),
    )
    expect(statuses).toEqual(changes.map(() => 200))
    const doc = await (
      await fetch(`${server.url}/api/resources/${id}?depth=0&draft=true`, { headers: json(token) })
    ).json()
    for (const change of changes) expect(doc).toMatchObject(change)
  })

  it('tags reads with an ETag, and refuses with 412 a write based on a state that has moved', async () => {
    const token = await signIn(server.url)
    const id = await createResource(server.url, token, 'Lecture puis écriture')
    const read = await fetch(`${server.url}/api/resources/${id}`, { headers: json(token) })
    const etag = read.headers.get('etag')
    expect(etag).toMatch(/^"\d+-\d+"$/)

    const first = await fetch(`${server.url}/api/resources/${id}`, {
      method: 'PATCH',
      headers: { ...json(token), 'if-match': etag! },
      body: JSON.stringify({ pages: 10 }),
    })
    expect(first.status).toBe(200)
    expect(first.headers.get('etag')).not.toBe(etag)

    const stale = await fetch(`${server.url}/api/resources/${id}`, {
      method: 'PATCH',
      headers: { ...json(token), 'if-match': etag!, 'accept-language': 'en' },
      body: JSON.stringify({ pages: 20 }),
    })
    expect(stale.status).toBe(412)
    expect((await stale.json()).errors[0].message).toMatch(/has changed since you read it/)
    const staleDelete = await fetch(`${server.url}/api/resources/${id}`, {
      method: 'DELETE',
      headers: { ...json(token), 'if-match': etag! },
    })
    expect(staleDelete.status).toBe(412)

    const doc = await (
      await fetch(`${server.url}/api/resources/${id}?depth=0`, { headers: json(token) })
    ).json()
    expect(doc.pages).toBe(10)
    // Without If-Match, the last write wins, as before.
    const blind = await fetch(`${server.url}/api/resources/${id}`, {
      method: 'PATCH',
      headers: json(token),
      body: JSON.stringify({ pages: 30 }),
    })
    expect(blind.status).toBe(200)
  })

  it('restores a version while PATCHes of the same document run, all answered', async () => {
    const token = await signIn(server.url)
    const id = await createResource(server.url, token, 'Restaurée sous la charge')
    const patch = (pages: number) =>
      fetch(`${server.url}/api/resources/${id}`, {
        method: 'PATCH',
        headers: json(token),
        body: JSON.stringify({ pages }),
      })
    expect((await patch(1)).status).toBe(200)
    const versions = await (
      await fetch(
        `${server.url}/api/resources/versions?where[parent][equals]=${id}&sort=createdAt&depth=0`,
        {
          headers: json(token),
        },
      )
    ).json()
    const first = versions.docs[0].id
    const answers = await Promise.all([
      fetch(`${server.url}/api/resources/versions/${first}`, {
        method: 'POST',
        headers: json(token),
      }),
      ...[2, 3, 4, 5].map(patch),
    ])
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200])
  })
})

describe('with one transaction slot', () => {
  const server = serverForTests({ env: { DB_POOL_MAX: '3', DB_POOL_ACQUIRE_TIMEOUT_MS: '100' } })

  it('answers GraphQL mutations it has no room for with 503, not a 200 carrying the error', async () => {
    const token = await signIn(server.url)
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        fetch(`${server.url}/api/graphql`, {
          method: 'POST',
          headers: json(token),
          body: JSON.stringify({
            query: `mutation { createResource(data: { title: "Sans place ${n}", type: survey }) { id } }`,
          }),
        }),
      ),
    )
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([])
    expect(statuses).toContain(503)
    for (const answer of answers.filter((a) => a.status === 200))
      expect((await answer.json()).errors).toBeUndefined()
    const busy = answers.find((a) => a.status === 503)!
    expect(busy.headers.get('retry-after')).toMatch(/^\d+$/)
  })
})

/** The server's own embedded PostgreSQL, in a folder of this test: it may be killed. */
describe('when its PostgreSQL dies or stops', () => {
  let server: TestServer
  let dataDir: string
  const postmaster = () => postmasterOf(dataDir)
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pole-faults-'))
    fs.chmodSync(dataDir, 0o755)
    server = await startServer({ env: ownDatabase(dataDir) })
  })
  afterAll(async () => {
    await server?.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  /** Creates resources from 6 clients until `stop`; what was acknowledged, and every status met. */
  const writeUntil = (url: string, token: string, tag: string) => {
    let stopped = false
    const acknowledged: string[] = []
    const statuses: number[] = []
    let n = 0
    const client = async () => {
      while (!stopped) {
        const title = `${tag} ${n++}`
        const response = await fetch(`${url}/api/resources`, {
          method: 'POST',
          headers: json(token),
          body: JSON.stringify({ title, type: 'survey' }),
          signal: AbortSignal.timeout(30_000),
        })
        await response.arrayBuffer()
        statuses.push(response.status)
        if (response.status === 201) acknowledged.push(title)
        if (response.status === 503) expect(response.headers.get('retry-after')).toMatch(/^\d+$/)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    }
    const clients = Array.from({ length: 6 }, client)
    return {
      acknowledged,
      statuses,
      stop: async () => {
        stopped = true
        await Promise.all(clients)
      },
    }
  }

  const waitReady = async (url: string) => {
    for (let i = 0; i < 120; i++) {
      if ((await fetch(`${url}/readyz`)).status === 200) return
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new Error('not ready again within 30 s')
  }

  const allFound = async (url: string, token: string, titles: string[]) => {
    const missing: string[] = []
    for (const title of titles) {
      const found = await (
        await fetch(
          `${url}/api/resources?where[title][equals]=${encodeURIComponent(title)}&draft=true&depth=0`,
          {
            headers: json(token),
          },
        )
      ).json()
      if (found.totalDocs !== 1) missing.push(title)
    }
    return missing
  }

  it('answers 503 (never 500) while PostgreSQL is killed, restarts it, and loses no acknowledged write', async () => {
    const token = await signIn(server.url)
    const writes = writeUntil(server.url, token, 'Écrit pendant la panne')
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const before = postmaster()
    process.kill(before, 'SIGKILL')
    const during = await fetch(`${server.url}/api/resources?limit=1`, { headers: json(token) })
    expect([200, 503]).toContain(during.status)
    await waitReady(server.url)
    expect(postmaster()).not.toBe(before)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await writes.stop()

    expect(writes.statuses.filter((s) => s !== 201 && s !== 503)).toEqual([])
    expect(writes.statuses).toContain(503)
    expect(writes.acknowledged.length).toBeGreaterThan(0)
    expect(await allFound(server.url, token, writes.acknowledged)).toEqual([])
  })

  it('tells 120 signed-in requests sent as PostgreSQL dies 503, never that they are not signed in', async () => {
    const token = await signIn(server.url)
    // Each asks something only a signed-in user may: an anonymous answer (401, 403, no user, only
    // the published) would tell an editor, wrongly, that their session is gone or their drafts are.
    const apiKey = `cle-${Date.now()}-pendant-la-chute`
    const created = await fetch(`${server.url}/api/api-clients`, {
      method: 'POST',
      headers: json(await signInOver(server.url, 'admin@pole-metiers.test')),
      body: JSON.stringify({ name: 'Site partenaire', enableAPIKey: true, apiKey }),
    })
    expect(created.status).toBe(201)
    const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) })
    const requests: Array<(n: number) => [string, RequestInit]> = [
      () => ['/api/resources?draft=true&depth=0&limit=5', {}],
      () => ['/api/users/me', {}],
      () => ['/api/webhook-deliveries?limit=1&depth=0', {}],
      // A partner's key: an unknown key is refused with 401.
      () => [
        '/api/members?limit=1&depth=0',
        { headers: { authorization: `api-clients API-Key ${apiKey}` } },
      ],
      (n) => ['/api/resources', post({ title: `Pendant la chute ${n}`, type: 'survey' })],
      () => ['/api/graphql', post({ query: '{ meUser { user { id } } }' })],
      (n) => [
        '/api/graphql',
        post({
          query: `mutation { createResource(data: { title: "Chute ${n}", type: survey }) { id } }`,
        }),
      ],
    ]
    const before = postmaster()
    process.kill(before, 'SIGKILL')
    const acknowledged: string[] = []
    const answers = await Promise.all(
      Array.from({ length: 120 }, async (_, n) => {
        const [at, init] = requests[n % requests.length]!(n)
        const response = await fetch(`${server.url}${at}`, {
          ...init,
          headers: { ...json(token), ...init.headers },
          signal: AbortSignal.timeout(30_000),
        })
        const body = (await response.json().catch(() => ({}))) as {
          user?: unknown
          errors?: unknown
          data?: { meUser?: { user?: unknown }; createResource?: { id: number } }
        }
        if (response.status === 201 || body.data?.createResource)
          acknowledged.push(String(JSON.parse(String(init.body)).query ?? init.body))
        const wrong =
          body.user === null || (body.data?.meUser && body.data.meUser.user == null)
            ? ' as anonymous'
            : response.status === 200 && body.errors
              ? ' with errors'
              : ''
        return `${init.method ?? 'GET'} ${at.split('?')[0]} ${response.status}${wrong}`
      }),
    )
    await waitReady(server.url)
    expect(answers.filter((answer) => !/ (200|201|503)$/.test(answer))).toEqual([])
    expect(answers.some((answer) => answer.endsWith(' 503'))).toBe(true)
    const titles = acknowledged.map((sent) => /(?:Pendant la chute|Chute) \d+/.exec(sent)![0])
    expect(await allFound(server.url, token, titles)).toEqual([])
  })

  it('answers 503 while PostgreSQL is stopped longer than the statement timeout, and serves again once it continues', async () => {
    const token = await signIn(server.url)
    const writes = writeUntil(server.url, token, 'Écrit pendant le gel')
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const thaw = freezeDatabase(dataDir)
    try {
      await new Promise((resolve) => setTimeout(resolve, 5000))
      const ready = await fetch(`${server.url}/readyz`)
      expect(ready.status).toBe(503)
      const list = await fetch(`${server.url}/api/resources?limit=1`, { headers: json(token) })
      expect(list.status).toBe(503)
      expect(list.headers.get('retry-after')).toMatch(/^\d+$/)
      expect((await list.json()).errors[0].message).toMatch(/base de données/)
    } finally {
      thaw()
    }
    await waitReady(server.url)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await writes.stop()

    expect(writes.statuses.filter((s) => s !== 201 && s !== 503)).toEqual([])
    expect(writes.statuses).toContain(503)
    expect(await allFound(server.url, token, writes.acknowledged)).toEqual([])
    const after = await fetch(`${server.url}/api/resources?limit=1`, { headers: json(token) })
    expect(after.status).toBe(200)
  })
})
