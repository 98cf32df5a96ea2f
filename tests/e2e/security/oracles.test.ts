import type { Payload, TypedUser } from 'payload'
import { stringify } from 'qs-esm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { functionId, graphql, login, payload, rest, type Reply } from '../../helpers/api'
import { databaseSnapshots } from '../../helpers/snapshot'

/**
 * Issue 10, class 4 (sort and filter): a sort or a filter through a relationship reads the
 * related documents, and its order or its matches show them. Events sorted by
 * `proceedings.title` spelled out the titles of another function's drafts.
 */

const PILOT = 'pilote@collectif-ville-campagne.test'
const COORDINATOR = 'coordination@unadel.test'
const SECRET_FIRST = 'Aaa brouillon confidentiel'
const SECRET_LAST = 'Zzz brouillon confidentiel'

type Subject = { name: string; token?: string; user?: TypedUser }

let p: Payload
let snapshots: Awaited<ReturnType<typeof databaseSnapshots>>
let anonymous: Subject
let pilot: Subject
let coordinator: Subject
let events: [number, number]

const subject = async (name: string, email?: string): Promise<Subject> => {
  if (!email) return { name }
  const { docs } = await p.find({
    collection: 'users',
    where: { email: { equals: email } },
    depth: 0,
  })
  return {
    name,
    token: await login(email),
    user: { ...docs[0]!, collection: 'users' } as TypedUser,
  }
}

const errorsOf = (reply: Reply) =>
  reply.body?.errors?.[0]?.data?.errors ?? reply.body?.errors?.[0]?.extensions?.data?.errors ?? []
const namesOf = (reply: Reply) => errorsOf(reply).map((e: { path: string }) => e.path)

/** REST GET of events with these query parameters, as `who`. */
const listEvents = (who: Subject, query: Record<string, unknown>) =>
  rest('GET', `/events?${stringify({ depth: 0, limit: 100, ...query })}`, { token: who.token })

/** The answer is a 400 naming `parameter`, and the database did not move. */
const expectRefused = async (send: () => Promise<Reply>, parameter: string) => {
  const before = await snapshots.take()
  const reply = await send()
  expect(await snapshots.take()).toEqual(before)
  const status = reply.body?.errors?.[0]?.extensions?.statusCode ?? reply.status
  expect(status, JSON.stringify(reply.body)).toBe(400)
  expect(namesOf(reply)).toContain(parameter)
  return reply
}

beforeAll(async () => {
  p = await payload()
  snapshots = await databaseSnapshots()
  // Two drafts of « Ressources », a function the pilot does not pilot, each the proceedings of a
  // published event (ids in the order where their titles would sort them).
  const ressources = await functionId('ressources')
  const drafts = []
  for (const title of [SECRET_LAST, SECRET_FIRST]) {
    drafts.push(
      await p.create({
        collection: 'resources',
        data: { title, type: 'proceedings', function: ressources, _status: 'draft' },
        draft: true,
      }),
    )
  }
  const { docs } = await p.find({
    collection: 'events',
    where: { _status: { equals: 'published' } },
    depth: 0,
    limit: 2,
    sort: 'id',
  })
  events = [docs[0]!.id as number, docs[1]!.id as number]
  await p.update({ collection: 'events', id: events[0], data: { proceedings: [drafts[0]!.id] } })
  await p.update({ collection: 'events', id: events[1], data: { proceedings: [drafts[1]!.id] } })
  anonymous = await subject('anonymous')
  pilot = await subject('pilot', PILOT)
  coordinator = await subject('coordinator', COORDINATOR)
})

afterAll(async () => {
  await snapshots?.close()
})

describe('sorting through a relationship', () => {
  it('reads the drafts it sorts by: the coordination, who reads them all, may', async () => {
    const order = async (sort: string) =>
      (
        (await listEvents(coordinator, { sort, where: { id: { in: events } } })).body
          .docs as Array<{ id: number }>
      ).map((d) => d.id)
    // What the attack read: the second event's draft title comes first.
    expect(await order('proceedings.title')).toEqual([events[1], events[0]])
    expect(await order('-proceedings.title')).toEqual([events[0], events[1]])
  })

  for (const who of ['anonymous', 'pilot'] as const) {
    const as = () => (who === 'anonymous' ? anonymous : pilot)

    it(`is refused to ${who} over REST, naming sort`, async () => {
      const reply = await expectRefused(
        () => listEvents(as(), { sort: 'proceedings.title' }),
        'sort',
      )
      expect(JSON.stringify(reply.body)).not.toContain('brouillon')
      await expectRefused(() => listEvents(as(), { sort: '-proceedings.title' }), 'sort')
      await expectRefused(() => listEvents(as(), { sort: 'title,proceedings.slug' }), 'sort')
    })

    it(`is refused to ${who} over GraphQL, naming sort`, async () => {
      await expectRefused(
        () =>
          graphql(
            '{ Events(sort: "proceedings__title") { docs { id } } }',
            {},
            { token: as().token },
          ),
        'sort',
      )
      await expectRefused(
        () =>
          graphql(
            '{ Events(sort: "-proceedings.title") { docs { id } } }',
            {},
            { token: as().token },
          ),
        'sort',
      )
    })

    it(`is refused to ${who} through the Local API without overrideAccess`, async () => {
      const before = await snapshots.take()
      const error = await p
        .find({
          collection: 'events',
          sort: 'proceedings.title',
          overrideAccess: false,
          user: as().user,
          depth: 0,
        })
        .then(
          () => undefined,
          (e: { status?: number; data?: { errors?: Array<{ path: string }> } }) => e,
        )
      expect(error?.status).toBe(400)
      expect(error?.data?.errors?.map((e) => e.path)).toContain('sort')
      expect(await snapshots.take()).toEqual(before)
    })
  }

  it('is refused in the versions too', async () => {
    await expectRefused(
      () =>
        rest('GET', `/events/versions?${stringify({ sort: 'version.proceedings.title' })}`, {
          token: pilot.token,
        }),
      'sort',
    )
  })

  it('stays open through relationships to what everyone reads (functions)', async () => {
    for (const who of [anonymous, pilot]) {
      const reply = await listEvents(who, {
        sort: 'function.slug',
        where: { 'function.slug': { exists: true } },
      })
      expect(reply.status, JSON.stringify(reply.body)).toBe(200)
      expect(reply.body.totalDocs).toBeGreaterThan(0)
    }
    // A relationship's own id reads nothing of the related document.
    expect((await listEvents(anonymous, { sort: 'proceedings.id' })).status).toBe(200)
  })
})

describe('filtering through a relationship', () => {
  const matching = { 'proceedings.title': { like: 'Zzz' } }

  it('is refused to anonymous and to the pilot over REST and the Local API, naming the path', async () => {
    for (const who of [anonymous, pilot]) {
      const reply = await expectRefused(
        () => listEvents(who, { where: matching }),
        'where.proceedings.title',
      )
      expect(errorsOf(reply)[0].message).toMatch(
        /^On ne peut ni filtrer ni trier sur « proceedings\.title »/,
      )
      await expectRefused(
        () => listEvents(who, { where: { or: [{ title: { exists: true } }, matching] } }),
        'where.or.1.proceedings.title',
      )
      await expectRefused(
        () => rest('GET', `/events/count?${stringify({ where: matching })}`, { token: who.token }),
        'where.proceedings.title',
      )
      const error = await p
        .find({
          collection: 'events',
          where: matching,
          overrideAccess: false,
          user: who.user,
          depth: 0,
        })
        .then(
          () => undefined,
          (e: { status?: number }) => e,
        )
      expect(error?.status).toBe(400)
    }
  })

  it('answers in English too', async () => {
    const reply = await rest('GET', `/events?${stringify({ where: matching })}`, {
      headers: { 'accept-language': 'en' },
    })
    expect(errorsOf(reply)[0].message).toMatch(/^You may not filter or sort by "proceedings.title"/)
  })

  it('cannot pick which documents a bulk update touches', async () => {
    await expectRefused(
      () =>
        rest('PATCH', `/events?${stringify({ where: matching })}`, {
          token: pilot.token,
          body: { place: 'Lyon' },
        }),
      'where.proceedings.title',
    )
  })

  it('is open to the coordination, who reads every resource', async () => {
    const reply = await listEvents(coordinator, { where: matching })
    expect(reply.status).toBe(200)
    expect(reply.body.docs.map((d: { id: number }) => d.id)).toEqual([events[0]])
  })
})

describe("a collection's own fields that the caller may not read", () => {
  // Payload's `sessions` of a user are read only by that user: filtering or sorting the users by
  // them would tell who is signed in, and their session ids.
  it('are refused in where and sort, even to the coordination, over REST and GraphQL', async () => {
    await expectRefused(
      () =>
        rest('GET', `/users?${stringify({ where: { 'sessions.id': { exists: true } } })}`, {
          token: coordinator.token,
        }),
      'where.sessions.id',
    )
    await expectRefused(
      () => rest('GET', `/users?sort=-sessions.expiresAt`, { token: coordinator.token }),
      'sort',
    )
    await expectRefused(
      () =>
        graphql(
          '{ Users(sort: "sessions__expiresAt") { docs { id } } }',
          {},
          { token: coordinator.token },
        ),
      'sort',
    )
  })
})
