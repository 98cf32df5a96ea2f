import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import getPort from 'get-port'
import { describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '../../src/db'
import { DEMO_PASSWORD } from '../helpers/api'
import {
  failedStart,
  ownDatabase,
  postmasterOf,
  serverForTests,
  startServer,
  type TestServer,
} from '../helpers/server'

const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  fs.chmodSync(dir, 0o755)
  return dir
}

describe('the real server on a port', () => {
  const server = serverForTests()

  it('answers health, readiness, REST and GraphQL', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    const ready = await fetch(`${server.url}/readyz`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready' })

    const me = await fetch(`${server.url}/api/users/me`)
    expect(me.status).toBe(200)
    expect((await me.json()).user).toBeNull()

    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@pole-metiers.test', password: DEMO_PASSWORD }),
    })
    expect(login.status).toBe(200)
    const { token } = await login.json()

    const graphql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ query: '{ meUser { user { email } } }' }),
    })
    expect(graphql.status).toBe(200)
    expect((await graphql.json()).data.meUser.user.email).toBe('admin@pole-metiers.test')
  })

  const answeredToHead = [
    '/api/resources?limit=1',
    '/api/openapi.json',
    '/api/graphql/schema.graphql',
    '/api/feeds/resources.xml',
    '/api/events/calendar.ics',
    '/sitemap.xml',
  ]
  it.each(answeredToHead)(
    'answers a HEAD of %s as the GET it stands for, without a body',
    async (path) => {
      const get = await fetch(`${server.url}${path}`)
      await get.arrayBuffer()
      const head = await fetch(`${server.url}${path}`, { method: 'HEAD' })
      expect([path, head.status]).toEqual([path, get.status])
      expect(head.status).toBe(200)
      expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'))
      expect(await head.text()).toBe('')
    },
  )

  it('answers an unknown API route with a JSON 404', async () => {
    const response = await fetch(`${server.url}/api/no-such-collection`)
    expect(response.status).toBe(404)
    expect((await response.json()).message).toMatch(/no-such-collection/)
  })

  it('logs one structured line per request, without credentials', async () => {
    await fetch(`${server.url}/api/users/me?probe=log-line`, {
      headers: { authorization: 'JWT secret-token-value', cookie: 'payload-token=secret-cookie' },
    })
    await new Promise((resolve) => setTimeout(resolve, 200))
    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"url":"/api/users/me"'))
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      const entry = JSON.parse(line)
      expect(entry.level).toBe(30)
      expect(entry.req.method).toBe('GET')
      expect(entry.res.statusCode).toBe(200)
    }
    expect(server.output()).not.toContain('secret-token-value')
    expect(server.output()).not.toContain('secret-cookie')
  })
})

/** A login whose body arrives in two parts, `gapMs` apart: in flight for that long. */
const slowLogin = (url: string, gapMs: number) =>
  new Promise<number>((resolve, reject) => {
    const body = JSON.stringify({ email: 'admin@pole-metiers.test', password: DEMO_PASSWORD })
    const request = http.request(`${url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    })
    request.once('response', (response) => {
      response.resume()
      response.once('end', () => resolve(response.statusCode!))
    })
    request.once('error', reject)
    request.write(body.slice(0, 10))
    setTimeout(() => request.end(body.slice(10)), gapMs)
  })

describe('shutdown', () => {
  it('on SIGTERM finishes the request in flight, then exits 0 without error traces', async () => {
    const server = await startServer()
    const inFlight = slowLogin(server.url, 1500)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const started = Date.now()
    const exitCode = server.stop('SIGTERM')
    expect(await inFlight).toBe(200)
    expect(await exitCode).toBe(0)
    expect(Date.now() - started).toBeLessThan(10_000)
    // Refuses new connections once stopped.
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()
    expect(server.output()).toContain('"msg":"stopped"')
    expect(server.output()).not.toMatch(/\n\s+at |Error:/)
    // The server starts inside the test: allow for a start on a loaded machine.
  }, 90_000)
})

describe('PostgreSQL restarted under a running server', () => {
  it('turns /readyz to 503, then back to 200 without a restart of the server', async () => {
    const dir = tempDir('pole-restart-')
    const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres') })
    await cluster.ensureDatabase('pole_metiers')
    const server = await startServer({ env: { DATABASE_URL: cluster.urlOf('pole_metiers') } })
    try {
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
      await cluster.stop()
      const down = await fetch(`${server.url}/readyz`)
      expect(down.status).toBe(503)
      expect((await down.json()).status).toBe('unavailable')
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)

      await cluster.start()
      let status = 0
      for (let attempt = 0; attempt < 40 && status !== 200; attempt++) {
        status = (await fetch(`${server.url}/readyz`)).status
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250))
      }
      expect(status).toBe(200)
      expect((await fetch(`${server.url}/api/users/me`)).status).toBe(200)
    } finally {
      await server.stop()
      await cluster.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
    // A new cluster, then a server that migrates and seeds it, inside the test: allow for a loaded
    // machine (it ran out of 30 s once in CI while other test files ran beside it).
  }, 120_000)
})

describe('a server killed without stopping its embedded PostgreSQL', () => {
  it('stops the cluster it left at the next start, and refuses a folder another server runs', async () => {
    const dataDir = tempDir('pole-orphan-')
    const first = await startServer({ env: ownDatabase(dataDir), timeoutMs: 150_000 })
    const orphan = postmasterOf(dataDir)
    // Killed outright (out of memory, kill -9): nothing stops its cluster.
    await first.stop('SIGKILL')
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0)
        return true
      } catch {
        return false
      }
    }
    expect(alive(orphan)).toBe(true)
    let again: TestServer | undefined
    try {
      again = await startServer({ env: ownDatabase(dataDir), timeoutMs: 150_000 })
      expect(alive(orphan)).toBe(false)
      expect(again.output()).toMatch(/ended without stopping it \(process \d+\) is still running/)
      expect((await fetch(`${again.url}/api/axes?limit=1`)).status).toBe(200)
      const { code, output } = await failedStart(ownDatabase(dataDir))
      expect(code).not.toBe(0)
      expect(output).toMatch(/Another server \(process \d+\) runs the embedded database in /)
      expect((await fetch(`${again.url}/readyz`)).status).toBe(200)
    } finally {
      await again?.stop()
      if (alive(orphan)) process.kill(orphan, 'SIGQUIT')
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }, 400_000)
})

describe('a start that cannot succeed says why, in one line, and exits non-zero', () => {
  it('port taken', async () => {
    const port = await getPort()
    const blocker = net.createServer().listen(port, '0.0.0.0')
    await new Promise((resolve) => blocker.once('listening', resolve))
    try {
      const { code, output } = await failedStart({ PORT: String(port) })
      expect(code).not.toBe(0)
      expect(output).toContain(`Cannot start: Port ${port} is already in use`)
      expect(output).not.toMatch(/\n\s+at /)
    } finally {
      blocker.close()
    }
  })

  it('DATABASE_URL where no server answers', async () => {
    const port = await getPort()
    const { code, output } = await failedStart({
      DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${port}/pole`,
    })
    expect(code).not.toBe(0)
    expect(output).toContain('Cannot start: Cannot connect to DATABASE_URL')
    expect(output).toContain('no PostgreSQL server answers there')
  })

  it('DATABASE_URL with a wrong password', async () => {
    const url = new URL(process.env.DATABASE_URL!)
    url.password = 'wrong-password'
    const { code, output } = await failedStart({ DATABASE_URL: url.toString() })
    expect(code).not.toBe(0)
    expect(output).toContain('the user name or password is wrong')
  })

  it('an embedded data folder made by another PostgreSQL major', async () => {
    const dataDir = tempDir('pole-major-')
    fs.mkdirSync(path.join(dataDir, 'postgres'))
    fs.writeFileSync(path.join(dataDir, 'postgres', 'PG_VERSION'), '12\n')
    const { code, output } = await failedStart({ DATABASE_URL: '', DATA_DIR: dataDir })
    expect(code).not.toBe(0)
    expect(output).toMatch(/made by PostgreSQL 12, but this project runs PostgreSQL \d+/)
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('a data folder that cannot be written', async () => {
    // As root every folder is writable: a data folder under a file cannot be made by anyone.
    const file = path.join(tempDir('pole-nowrite-'), 'a-file')
    fs.writeFileSync(file, '')
    const { code, output } = await failedStart({
      DATABASE_URL: '',
      DATA_DIR: path.join(file, 'data'),
    })
    expect(code).not.toBe(0)
    expect(output).toMatch(/Cannot write to .*a-file.*make it writable/)
  })

  it('production without a secret', async () => {
    const { code, output } = await failedStart({ NODE_ENV: 'production', PAYLOAD_SECRET: '' })
    expect(code).not.toBe(0)
    expect(output).toContain('PAYLOAD_SECRET is missing')
  })
})
