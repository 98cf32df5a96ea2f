import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

// This file's own Payload (Local API, in-process REST) keeps its mail here: no SMTP_HOST is set.
const captureDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/email-test-${process.pid}`
  process.env.DATA_DIR = dir
  delete process.env.SMTP_HOST
  return `${dir}/mail`
})

import { DEMO_PASSWORD, idBySlug, login, payload, rest } from '../helpers/api'
import { startJobsRunner } from '../../src/plugins/email'
import { startServer, type TestServer } from '../helpers/server'
import { eventually, parseMail, startSmtpServer } from '../helpers/smtp'

const COORDINATION = 'coordination@unadel.test'
const ADMIN = 'admin@pole-metiers.test'
const PILOT = 'pilote@collectif-ville-campagne.test'
const IRDSU = 'membre@irdsu.test'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// Data folders of this file's servers and its own Payload, removed when it ends.
const folders = [path.dirname(captureDir)]
const dataDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `email-${name}-`))
  folders.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true })
})
// The runner looks every second: three looks after a message is how long a duplicate would take.
const A_FEW_RUNS_MS = 3_500

const userId = async (email: string) => {
  const { docs } = await (
    await payload()
  ).find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })
  return docs[0]!
}

describe('without SMTP_HOST (development)', () => {
  it('keeps each message as an .eml file in DATA_DIR/mail, in the language asked', async () => {
    const asked = await rest('POST', '/users/forgot-password', {
      body: { email: IRDSU },
      headers: { 'accept-language': 'fr' },
    })
    expect(asked.status).toBe(200)
    expect(fs.existsSync(captureDir)).toBe(false)
    // The server's runner would deliver it; this file's Payload runs the queue itself.
    const logged = vi.spyOn((await payload()).logger, 'info')
    await (await payload()).jobs.run({ queue: 'default' })
    const files = fs.readdirSync(captureDir).filter((file) => file.endsWith('.eml'))
    expect(files).toHaveLength(1)
    // The log says where it is.
    expect(logged).toHaveBeenCalledWith(
      { file: path.join(captureDir, files[0]!) },
      'email kept in a file (no SMTP_HOST set)',
    )
    const raw = fs.readFileSync(path.join(captureDir, files[0]!), 'latin1')
    expect(raw).toMatch(/^To: membre@irdsu\.test$/m)
    const mail = parseMail(raw)
    expect(mail.subject).toBe('Votre nouveau mot de passe — Pôle métiers')
    expect(mail.html).toMatch(/href="http:\/\/localhost:\d+\/admin\/reset\/[0-9a-f]{40}"/)
  })
})

describe('the queue run by several processes at once', () => {
  const kept = () => (fs.existsSync(captureDir) ? fs.readdirSync(captureDir) : [])
  const sentSince = (before: Set<string>) =>
    kept()
      .filter((file) => !before.has(file))
      .map((file) => /^To: (.*)$/m.exec(fs.readFileSync(path.join(captureDir, file), 'latin1'))![1])
      .sort()
  const queue = async (batch: string, count: number) => {
    const addresses = Array.from({ length: count }, (_, i) => `${batch}-${i}@example.test`)
    for (const to of addresses) await (await payload()).sendEmail({ to, subject: to, text: batch })
    return addresses.sort()
  }
  const emptied = () =>
    eventually('no message left in the queue', async () => {
      const { totalDocs } = await (
        await payload()
      ).count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'send-email' } } })
      return totalDocs === 0
    })

  it('delivers each message once: one runner at a time', async () => {
    const local = await payload()
    const before = new Set(kept())
    const addresses = await queue('lot', 12)
    // Two runners on the same database, ticking together, as two server processes would.
    const runners = [1, 2].map(() => startJobsRunner(local, { everySeconds: 1, limit: 5 }))
    try {
      // The daily check of delegations waits in the queue for its hour: only messages must go.
      await emptied()
    } finally {
      await Promise.all(runners.map((runner) => runner.stop()))
    }
    expect(sentSince(before)).toEqual(addresses)
  })

  it('delivers each message once when the API is asked to run the queue many times at once, beside the runner', async () => {
    const local = await payload()
    const before = new Set(kept())
    const addresses = await queue('ruee', 12)
    const token = await login(COORDINATION)
    const runner = startJobsRunner(local, { everySeconds: 1, limit: 5 })
    try {
      const asked = await Promise.all(
        Array.from({ length: 20 }, () => rest('GET', '/payload-jobs/run?limit=5', { token })),
      )
      // One run at a time: the others are told the queue is being run (409), nothing fails.
      expect(asked.map((r) => r.status).filter((s) => s !== 200 && s !== 409)).toEqual([])
      const busy = asked.find((r) => r.status === 409)
      if (busy) expect(busy.body.errors[0].message).toMatch(/déjà en cours d’exécution/)
      await emptied()
    } finally {
      await runner.stop()
    }
    expect(sentSince(before)).toEqual(addresses)
  })
})

describe('the schedules handled through the API many times at once', () => {
  it('queue each scheduled task once, and answer 200 or 409', async () => {
    const local = await payload()
    const waiting = async () =>
      (
        await local.count({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'announce-delegations' }, completedAt: { exists: false } },
        })
      ).totalDocs
    await local.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'announce-delegations' } },
    })
    const token = await login(COORDINATION)
    const asked = await Promise.all(
      Array.from({ length: 20 }, () => rest('GET', '/payload-jobs/handle-schedules', { token })),
    )
    expect(asked.map((r) => r.status).filter((s) => s !== 200 && s !== 409)).toEqual([])
    expect(await waiting()).toBe(1)
  })
})

describe('the queue endpoints given a malformed query string', () => {
  it.each(['run', 'handle-schedules'])(
    '%s: answers 400 naming the parameter, and runs nothing',
    async (endpoint) => {
      const local = await payload()
      const to = `malforme-${endpoint}@example.test`
      await local.sendEmail({ to, subject: to, text: 'malformé' })
      const waiting = async () =>
        (
          await local.db.pool.query(
            `SELECT id FROM payload_jobs WHERE input->'message'->>'to' = $1 AND completed_at IS NULL`,
            [to],
          )
        ).rows.length
      const token = await login(COORDINATION)
      try {
        for (const [query, name] of [
          ['limit=-1', 'limit'],
          ['limit=abc', 'limit'],
          ['limit=99999999999999999999', 'limit'],
          ['limit[]=1', 'limit'],
          ['queue[a]=b', 'queue'],
          ['allQueues=maybe', 'allQueues'],
        ]) {
          const reply = await rest('GET', `/payload-jobs/${endpoint}?${query}`, { token })
          expect(reply.status, query).toBe(400)
          expect(reply.body.errors[0].data.errors[0].path, query).toBe(name)
        }
        expect(await waiting()).toBe(1)
      } finally {
        await local.db.pool.query(`DELETE FROM payload_jobs WHERE input->'message'->>'to' = $1`, [
          to,
        ])
      }
    },
  )
})

describe('a job left processing by a process that stopped', () => {
  it('is run again once stale, and not before', async () => {
    const local = await payload()
    const sentTo = (address: string) =>
      fs.existsSync(captureDir) &&
      fs
        .readdirSync(captureDir)
        .some((file) =>
          fs.readFileSync(path.join(captureDir, file), 'latin1').includes(`To: ${address}`),
        )
    await local.sendEmail({ to: 'stale@example.test', subject: 'Stale', text: 'stale' })
    await local.sendEmail({ to: 'fresh@example.test', subject: 'Fresh', text: 'fresh' })
    // As a process killed mid-run leaves them: claimed, never finished; one an hour ago.
    await local.db.pool.query(
      `UPDATE payload_jobs SET processing = true,
         updated_at = CASE WHEN input->'message'->>'to' = 'stale@example.test' THEN now() - interval '1 hour' ELSE now() END
       WHERE task_slug = 'send-email' AND input->'message'->>'to' IN ('stale@example.test', 'fresh@example.test')`,
    )
    const runner = startJobsRunner(local, { everySeconds: 1, staleAfterSeconds: 600 })
    try {
      await eventually('the stale job delivered', async () => sentTo('stale@example.test'))
      await pause(A_FEW_RUNS_MS)
    } finally {
      await runner.stop()
    }
    expect(sentTo('fresh@example.test')).toBe(false)
    const { rows } = await local.db.pool.query(
      `SELECT processing FROM payload_jobs WHERE input->'message'->>'to' = 'fresh@example.test'`,
    )
    expect(rows).toEqual([{ processing: true }])
  })
})

describe('through a real SMTP server, from the server process', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  let server: TestServer
  let serverUrl: string

  const api = async (method: string, url: string, body?: unknown, token?: string, headers = {}) => {
    const response = await fetch(`${server.url}/api${url}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `JWT ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json()) as any }
  }
  const login = async (email: string, password = DEMO_PASSWORD) => {
    const { status, body } = await api('POST', '/users/login', { email, password })
    expect(status, `login of ${email}`).toBe(200)
    return body.token as string
  }

  beforeAll(async () => {
    smtp = await startSmtpServer()
    const port = await (await import('get-port')).default()
    serverUrl = `http://localhost:${port}`
    server = await startServer({
      env: {
        PORT: String(port),
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        EMAIL_FROM: 'Pôle métiers <noreply@pole.test>',
        JOBS_RUN_EVERY_SECONDS: '1',
        EMAIL_RETRY_DELAY_SECONDS: '1',
        DATA_DIR: dataDir('server'),
      },
    })
  })

  // What arrives in a test is that test's: each starts with an empty mailbox.
  beforeEach(() => {
    smtp.mails.length = 0
  })

  afterAll(async () => {
    await server?.stop()
    await smtp?.close()
  })

  it('sends a reset link on the public origin that resets the password', async () => {
    const asked = await api('POST', '/users/forgot-password', { email: PILOT })
    expect(asked.status).toBe(200)
    const mail = await eventually('the reset message', () => smtp.to(PILOT)[0])
    expect(mail.subject).toBe('Votre nouveau mot de passe — Pôle métiers')
    expect(mail.raw).toMatch(/^From: =\?UTF-8\?.*<noreply@pole\.test>$/m)
    expect(mail.html).toContain(`Bonjour ${(await userId(PILOT)).name},`)
    // Asked on 127.0.0.1, the link is on SERVER_URL (localhost), never on the Host of the request.
    const link = /href="([^"]+)"/.exec(mail.html)![1]!
    expect(link).toMatch(new RegExp(`^${serverUrl}/admin/reset/[0-9a-f]{40}$`))

    const token = link.split('/').at(-1)
    const reset = await api('POST', '/users/reset-password', {
      token,
      password: 'un-nouveau-mot-de-passe',
    })
    expect(reset.status).toBe(200)
    await login(PILOT, 'un-nouveau-mot-de-passe')
    const old = await api('POST', '/users/login', { email: PILOT, password: DEMO_PASSWORD })
    expect(old.status).toBe(401)
    // The token served once.
    expect(
      (await api('POST', '/users/reset-password', { token, password: 'encore-un-autre' })).status,
    ).toBe(403)
    await (
      await payload()
    ).update({
      collection: 'users',
      id: (await userId(PILOT)).id,
      data: { password: DEMO_PASSWORD },
    })
  })

  it('writes the link on SERVER_URL whatever Host the request names', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        `${server.url}/api/users/forgot-password`,
        { method: 'POST', headers: { host: 'evil.example', 'content-type': 'application/json' } },
        (response) => resolve(response.resume().statusCode!),
      )
      request.on('error', reject)
      request.end(JSON.stringify({ email: ADMIN }))
    })
    expect(status).toBe(200)
    const mail = await eventually('the reset message', () => smtp.to(ADMIN)[0])
    expect(mail.html).not.toContain('evil.example')
    expect(mail.html).toMatch(new RegExp(`href="${serverUrl}/admin/reset/[0-9a-f]{40}"`))
  })

  it('writes the reset message in English for a browser asking for English', async () => {
    await api('POST', '/users/forgot-password', { email: COORDINATION }, undefined, {
      'accept-language': 'en',
    })
    const mail = await eventually('the reset message', () => smtp.to(COORDINATION)[0])
    expect(mail.subject).toBe('Your new password — Pôle métiers')
    expect(mail.html).toContain('To choose it, open this link within 60 minutes:')
  })

  it('tells each user of the coordination once, in French, when a pilot proposes a budget line', async () => {
    const token = await login(PILOT)
    const fn = await idBySlug('functions', 'expertise-prospective')
    const created = await api(
      'POST',
      '/budget-lines',
      {
        year: 2015,
        direction: 'expense',
        kind: 'cash',
        label: 'Atelier de prospective',
        category: 'other',
        planned: 1500,
        function: fn,
        status: 'proposed',
      },
      token,
    )
    expect(created.status).toBe(201)
    for (const address of [COORDINATION, ADMIN])
      await eventually(`the proposal to ${address}`, () => smtp.to(address).length)
    // Saved again while proposed, and given time for a duplicate: still one each.
    const id = created.body.doc.id
    expect((await api('PATCH', `/budget-lines/${id}`, { planned: 1600 }, token)).status).toBe(200)
    await pause(A_FEW_RUNS_MS)
    for (const address of [COORDINATION, ADMIN]) {
      const mails = smtp.to(address)
      expect(mails.map((m) => m.subject)).toEqual([
        'Ligne budgétaire proposée : Atelier de prospective',
      ])
      expect(mails[0]!.text).toContain(
        '(Collectif Ville Campagne) propose la ligne budgétaire « Atelier de prospective » de la fonction',
      )
      expect(mails[0]!.text).toContain(`${serverUrl}/admin/collections/budget-lines/${id}`)
      expect(mails[0]!.text).toContain('Recevoir les notifications par courriel')
    }
    // The pilot who proposed is not told; a draft line tells nobody.
    expect(smtp.to(PILOT)).toHaveLength(0)
    const draft = await api(
      'POST',
      '/budget-lines',
      {
        year: 2015,
        direction: 'expense',
        label: 'Brouillon',
        category: 'other',
        planned: 1,
        function: fn,
      },
      token,
    )
    expect(draft.status).toBe(201)
    await pause(A_FEW_RUNS_MS)
    expect(smtp.mails).toHaveLength(2)
  })

  it('lets only the user turn their notifications off, and then tells them nothing', async () => {
    const coordination = await userId(COORDINATION)
    // The administrator may edit the account, but not this choice: refused, naming the field.
    const turnOffAs = async (email: string) =>
      api('PATCH', `/users/${coordination.id}`, { emailNotifications: false }, await login(email))
    const byAdmin = await turnOffAs(ADMIN)
    expect(byAdmin.status).toBe(403)
    expect(JSON.stringify(byAdmin.body)).toContain('emailNotifications')
    expect((await userId(COORDINATION)).emailNotifications).toBe(true)

    const own = await turnOffAs(COORDINATION)
    expect(own.status).toBe(200)
    expect((await userId(COORDINATION)).emailNotifications).toBe(false)

    const proposed = await api(
      'POST',
      '/budget-lines',
      {
        year: 2015,
        direction: 'income',
        label: 'Cotisations',
        category: 'other',
        planned: 300,
        function: await idBySlug('functions', 'expertise-prospective'),
        status: 'proposed',
      },
      await login(PILOT),
    )
    expect(proposed.status).toBe(201)
    await eventually('the proposal to the administrator', () => smtp.to(ADMIN).length)
    await pause(A_FEW_RUNS_MS)
    expect(smtp.to(COORDINATION)).toHaveLength(0)
  })

  it('tells the pilots when someone else publishes in their function, not when they do', async () => {
    const fn = await idBySlug('functions', 'expertise-prospective')
    /** `email` creates a resource (a tool) of the function, published or a draft. */
    const post = async (email: string, title: string, _status: 'published' | 'draft') =>
      api('POST', '/resources', { title, type: 'tool', function: fn, _status }, await login(email))
    const byCoordination = await post(ADMIN, 'Référentiel publié par Unadel', 'published')
    expect(byCoordination.status).toBe(201)
    const mail = await eventually('the publication to the pilot', () => smtp.to(PILOT)[0])
    expect(mail.subject).toMatch(/^Publié dans « .+ » : Référentiel publié par Unadel$/)
    expect(mail.text).toContain('a publié « Référentiel publié par Unadel » (ressource)')

    const byPilot = await post(PILOT, 'Ma propre ressource', 'published')
    expect(byPilot.status).toBe(201)
    // A draft published later by the coordination is a publication too; saving it again is not.
    const draft = await post(ADMIN, 'Brouillon de la coordination', 'draft')
    const published = await api(
      'PATCH',
      `/resources/${draft.body.doc.id}`,
      { _status: 'published' },
      await login(ADMIN),
    )
    expect(published.status).toBe(200)
    await eventually('the second publication', () => smtp.to(PILOT).length === 2)
    await api(
      'PATCH',
      `/resources/${draft.body.doc.id}`,
      { summary: 'Modifié' },
      await login(ADMIN),
    )
    await pause(A_FEW_RUNS_MS)
    expect(smtp.to(PILOT).map((m) => m.subject)).toEqual([
      expect.stringContaining('Référentiel publié par Unadel'),
      expect.stringContaining('Brouillon de la coordination'),
    ])
  })

  it('tells an organisation once when a delegation to it starts, ends within a week, and has ended', async () => {
    const local = await payload()
    const irdsu = (await userId(IRDSU)).organisation
    const day = (offset: number) =>
      new Date(Date.now() + offset * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
    const token = await login(COORDINATION)
    const delegate = async (slug: string, row: Record<string, unknown>) => {
      const fn = await local.findByID({
        collection: 'functions',
        id: await idBySlug('functions', slug),
        depth: 0,
      })
      const { status } = await api(
        'PATCH',
        `/functions/${fn.id}`,
        { pilots: [...(fn.pilots ?? []), { organisation: irdsu, role: 'co-pilot', ...row }] },
        token,
      )
      expect(status).toBe(200)
    }
    await delegate('ressources', { startsOn: day(0), endsOn: day(5) })
    await delegate('recherche-developpement', { startsOn: day(-60), endsOn: day(-2) })

    await eventually('three messages to IRDSU', () => smtp.to(IRDSU).length >= 3)
    // The daily check runs again: nothing is said twice.
    await local.jobs.queue({ task: 'announce-delegations', input: {} })
    await pause(A_FEW_RUNS_MS)
    const subjects = smtp
      .to(IRDSU)
      .map((m) => m.subject)
      .sort()
    expect(subjects).toHaveLength(3)
    expect(subjects[0]).toMatch(/^Fin de la délégation de « .+ »$/)
    expect(subjects[1]).toMatch(/^La délégation de « .+ » se termine le \d{1,2} \S+ \d{4}$/)
    expect(subjects[2]).toMatch(/^Votre organisation pilote « .+ »$/)
    const started = smtp.to(IRDSU).find((m) => m.subject.startsWith('Votre organisation'))!
    expect(started.text).toMatch(
      /Depuis le \d{1,2} \S+ \d{4}, .*IRDSU.* est co-pilote de la fonction/,
    )
  })

  it('never fails the request when the SMTP server refuses, and delivers once it accepts', async () => {
    smtp.state.failing = true
    const started = Date.now()
    const asked = await api('POST', '/users/forgot-password', { email: IRDSU })
    expect(asked.status).toBe(200)
    expect(Date.now() - started).toBeLessThan(5_000)
    await eventually('a refused delivery', () => smtp.state.refused >= 1)
    const job = await eventually('the job waiting for a retry', async () => {
      const { docs } = await (
        await payload()
      ).find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'send-email' } },
        depth: 0,
      })
      return docs.find((d) => (d.totalTried ?? 0) >= 1 && !d.completedAt && !d.hasError)
    })
    expect(job.log?.[0]).toMatchObject({ state: 'failed' })
    await eventually('a second refusal (retried)', () => smtp.state.refused >= 2)

    smtp.state.failing = false
    const mail = await eventually('the delivery', () => smtp.to(IRDSU)[0])
    expect(mail.subject).toBe('Votre nouveau mot de passe — Pôle métiers')
    await pause(A_FEW_RUNS_MS)
    expect(smtp.to(IRDSU)).toHaveLength(1)
  })

  it('keeps the queue out of the API: jobs, their statistics and the sent log', async () => {
    const member = await login(IRDSU)
    expect((await api('GET', '/payload-jobs', undefined, member)).status).toBe(403)
    expect((await api('GET', '/payload-jobs/run', undefined, member)).status).toBe(401)
    expect((await api('GET', '/globals/payload-jobs-stats', undefined, member)).status).toBe(403)
    expect((await api('POST', '/globals/payload-jobs-stats', { stats: {} }, member)).status).toBe(
      403,
    )
    expect((await api('GET', '/notifications-sent', undefined, await login(ADMIN))).status).toBe(
      403,
    )
  })
})

describe('in production without SMTP_HOST', () => {
  it('starts, and logs at every start that emails reach nobody', async () => {
    const server = await startServer({
      env: {
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'p'.repeat(40),
        SMTP_HOST: '',
        DATA_DIR: dataDir('production'),
      },
    })
    try {
      const errors = server
        .output()
        .split('\n')
        .filter((line) => line.includes('"level":50'))
      expect(errors).toEqual([expect.stringContaining('no SMTP_HOST: emails')])
      expect(errors[0]).toContain('reach nobody')
    } finally {
      await server.stop()
    }
  })
})
