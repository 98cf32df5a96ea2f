import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import {
  createLocalReq,
  type CollectionSlug,
  type PayloadRequest,
  type ServerFunctionArgs,
  type Where,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { graphql, idBySlug, payload, rest } from '../helpers/api'
import { startServer, type TestServer } from '../helpers/server'
import { eventually } from '../helpers/smtp'
import { signIn } from '../helpers/surfaces'
import { scheduleOnlyWhatOneMayPublish } from '../../src/plugins/scheduled-publishing'

/*
 * Issue 13, point 4: a publication (or unpublication) planned for a date and time happens then,
 * through the real server's jobs runner, as the person who planned it.
 */

const PILOT = 'pilote@collectif-ville-campagne.test'
const COORDINATION = 'coordination@unadel.test'
// The server's runner looks every 2 s; Payload's promise is "within a minute".
const WITHIN_A_MINUTE = 60_000

// What the admin's « Programmer la publication » calls, with the wrapper the admin uses.
const schedulePublish = scheduleOnlyWhatOneMayPublish(schedulePublishHandler)

let server: TestServer
beforeAll(async () => {
  server = await startServer({ env: { JOBS_RUN_EVERY_SECONDS: '2' } })
}, 120_000)
afterAll(async () => {
  await server?.stop()
})
// Each planned job waits for its time, then for the runner.
vi.setConfig({ testTimeout: 2 * WITHIN_A_MINUTE })

const requestOf = async (email: string) => {
  const { user } = await signIn(email, email)
  return createLocalReq({ user }, await payload())
}

type Planned = { type: 'publish' | 'unpublish'; collection: CollectionSlug; id: number }

/** « Programmer la publication » in the admin, `seconds` from now, as `req`'s user. */
const plan = (req: PayloadRequest, { type, collection, id }: Planned, seconds = 3) =>
  schedulePublish({
    req,
    type,
    date: new Date(Date.now() + seconds * 1000),
    doc: { relationTo: collection, value: String(id) },
  } as ServerFunctionArgs & Parameters<typeof schedulePublish>[0]) as Promise<
    { message: string } | { error: string }
  >

const jobsOf = async (collection: CollectionSlug, id: number) =>
  (
    await (
      await payload()
    ).find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'schedulePublish' } },
          { 'input.doc.relationTo': { equals: collection } },
          { 'input.doc.value': { equals: String(id) } },
        ],
      },
      depth: 0,
    })
  ).docs
const allJobs = async () =>
  (await (await payload()).count({ collection: 'payload-jobs' })).totalDocs

/** What an anonymous partner site sees of one document, through the server. */
const anonymousREST = async (collection: string, id: number) => {
  const response = await fetch(`${server.url}/api/${collection}?where[id][equals]=${id}&depth=0`)
  const body = (await response.json()) as { docs: { id: number; title?: string }[] }
  return body.docs
}
const anonymousGraphQL = async (id: number) => {
  const response = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query ($id: Int) { Resources(where: { id: { equals: $id } }) { docs { id title } } }',
      variables: { id },
    }),
  })
  const body = (await response.json()) as { data: { Resources: { docs: { id: number }[] } } }
  return body.data.Resources.docs
}

const draftResource = async (title: Record<'fr' | 'en', string | undefined>, fn: string) => {
  const p = await payload()
  const created = await p.create({
    collection: 'resources',
    locale: title.fr ? 'fr' : 'en',
    data: {
      title: (title.fr ?? title.en)!,
      type: 'tool',
      function: await idBySlug('functions', fn),
      _status: 'draft',
    },
    draft: true,
  })
  if (title.fr && title.en)
    await p.update({
      collection: 'resources',
      id: created.id,
      locale: 'en',
      data: { title: title.en },
      draft: true,
    })
  return created.id as number
}

/** The job's state once the runner has failed it (a job that succeeds is removed). */
const finished = (collection: CollectionSlug, id: number) =>
  eventually(
    'the job to be run',
    async () => {
      const [job] = await jobsOf(collection, id)
      return job?.hasError ? job : undefined
    },
    WITHIN_A_MINUTE,
  )

describe('a publication planned by a pilot', () => {
  it('happens at its time: the anonymous REST API and GraphQL show it, the audit log names the pilot', async () => {
    const id = await draftResource(
      { fr: 'Référentiel planifié', en: 'Scheduled framework' },
      'expertise-prospective',
    )
    expect(await anonymousREST('resources', id)).toEqual([])
    const pilot = await requestOf(PILOT)
    expect(await plan(pilot, { type: 'publish', collection: 'resources', id })).toEqual({
      message: expect.any(String),
    })
    // Planned, not yet published.
    expect(await anonymousREST('resources', id)).toEqual([])

    const shown = await eventually(
      'the resource to be published',
      async () => (await anonymousREST('resources', id)).length > 0,
      WITHIN_A_MINUTE,
    )
    expect(shown).toBe(true)
    expect(await anonymousREST('resources', id)).toEqual([
      expect.objectContaining({ id, title: 'Référentiel planifié' }),
    ])
    expect(await anonymousGraphQL(id)).toEqual([{ id, title: 'Référentiel planifié' }])
    // A job done is removed from the queue (Payload's `deleteJobOnComplete`).
    await eventually('the job to be removed', async () => !(await jobsOf('resources', id)).length)

    // The audit log says who published it: the pilot who planned it, under its delegation.
    const { docs: entries } = await (
      await payload()
    ).find({
      collection: 'audit-log' as CollectionSlug,
      where: {
        collection: { equals: 'resources' },
        document: { equals: String(id) },
        user: { exists: true },
      } as Where,
      depth: 0,
    })
    expect(entries).toEqual([
      expect.objectContaining({
        user: pilot.user!.id,
        action: 'update',
        changedFields: ['_status'],
        delegation: expect.objectContaining({
          function: await idBySlug('functions', 'expertise-prospective'),
        }),
      }),
    ])
  })

  it('an unpublication at its time takes the document off the API', async () => {
    const id = await draftResource({ fr: 'À retirer', en: undefined }, 'expertise-prospective')
    const p = await payload()
    await p.update({ collection: 'resources', id, data: { _status: 'published' } })
    expect(await anonymousREST('resources', id)).toHaveLength(1)

    const pilot = await requestOf(PILOT)
    await plan(pilot, { type: 'unpublish', collection: 'resources', id })
    await eventually(
      'the resource to be unpublished',
      async () => (await anonymousREST('resources', id)).length === 0,
      WITHIN_A_MINUTE,
    )
    expect(await anonymousGraphQL(id)).toEqual([])
    await eventually('the job to be removed', async () => !(await jobsOf('resources', id)).length)
  })
})

describe('what a pilot may not plan', () => {
  it("another function's document: refused, no job written", async () => {
    const id = await draftResource({ fr: 'Pas la mienne', en: undefined }, 'ressources')
    const before = await allJobs()
    const pilot = await requestOf(PILOT)
    expect(await plan(pilot, { type: 'publish', collection: 'resources', id })).toEqual({
      error: expect.stringMatching(/vous ne pouvez pas publier ce document/),
    })
    expect(await allJobs()).toBe(before)
  })

  it("cancelling another function's plan: refused, the plan kept", async () => {
    const id = await draftResource({ fr: 'Plan de la coordination', en: undefined }, 'ressources')
    const coordination = await requestOf(COORDINATION)
    await plan(coordination, { type: 'publish', collection: 'resources', id }, 3600)
    const [job] = await jobsOf('resources', id)
    const before = await allJobs()

    const pilot = await requestOf(PILOT)
    for (const deleteID of [job!.id, 'abc'])
      expect(await schedulePublish({ req: pilot, deleteID } as never)).toEqual({
        error: expect.any(String),
      })
    expect(await allJobs()).toBe(before)
    // The coordination cancels its own, and nothing else is queued in its place.
    expect(await schedulePublish({ req: coordination, deleteID: job!.id } as never)).toEqual({
      message: expect.any(String),
    })
    expect(await allJobs()).toBe(before - 1)
  })

  it('a job, through REST, GraphQL or the Local API with access: refused, nothing written', async () => {
    const id = await draftResource({ fr: 'Par l’API', en: undefined }, 'expertise-prospective')
    const before = await allJobs()
    const { token } = await signIn('pilot', PILOT)
    const input = { type: 'publish' as const, doc: { relationTo: 'resources' as const, value: id } }
    const created = await rest('POST', '/payload-jobs', {
      token,
      body: { taskSlug: 'schedulePublish', input, waitUntil: new Date().toISOString() },
    })
    expect(created.status).toBe(403)
    const mutated = await graphql(
      'mutation ($input: JSON) { createPayloadJob(data: { taskSlug: schedulePublish, input: $input }) { id } }',
      { input },
      { token },
    )
    expect(mutated.body.errors?.length).toBeGreaterThan(0)
    expect(mutated.body.data?.createPayloadJob ?? null).toBeNull()
    const queued = (await payload()).jobs.queue({
      task: 'schedulePublish',
      input,
      overrideAccess: false,
      req: await requestOf(PILOT),
    })
    await expect(queued).rejects.toThrow(/autorisé|allowed/)
    expect(await allJobs()).toBe(before)
  })
})

describe('a job that may no longer publish', () => {
  it('a French-less document: the job fails once, saying why; the document stays a draft', async () => {
    const id = await draftResource({ fr: undefined, en: 'English only' }, 'expertise-prospective')
    await plan(await requestOf(PILOT), { type: 'publish', collection: 'resources', id })
    const job = await finished('resources', id)
    expect(job).toMatchObject({ hasError: true, totalTried: 1 })
    expect((job!.error as { message: string }).message).toMatch(
      new RegExp(`^La publication planifiée de resources ${id} a été refusée : .*Titre`),
    )
    const stored = await (
      await payload()
    ).findByID({ collection: 'resources', id, draft: false, depth: 0 })
    expect(stored._status).toBe('draft')
    expect(await anonymousREST('resources', id)).toEqual([])
  })

  it('a delegation ended after the plan: the job publishes nothing and says whose it was', async () => {
    const p = await payload()
    const functionId = await idBySlug('functions', 'expertise-prospective')
    const fn = await p.findByID({ collection: 'functions', id: functionId, depth: 0 })
    const id = await draftResource(
      { fr: 'Planifiée puis orpheline', en: undefined },
      'expertise-prospective',
    )
    await plan(await requestOf(PILOT), { type: 'publish', collection: 'resources', id }, 4)

    // The coordination ends the delegation before the planned time.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString()
    await p.update({
      collection: 'functions',
      id: functionId,
      data: { pilots: fn.pilots!.map((row) => ({ ...row, endsOn: yesterday })) },
    })
    try {
      const job = await finished('resources', id)
      expect(job).toMatchObject({ hasError: true, totalTried: 1 })
      expect((job!.error as { message: string }).message).toBe(
        `La publication planifiée de resources ${id} a été refusée : ${PILOT} ne peut plus publier ce document (sa délégation a pris fin ?)`,
      )
      expect(await anonymousREST('resources', id)).toEqual([])
    } finally {
      await p.update({ collection: 'functions', id: functionId, data: { pilots: fn.pilots } })
    }
  })
})
