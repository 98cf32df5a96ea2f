import { handleFormStateLocking } from '@payloadcms/ui/utilities/handleFormStateLocking'
import { type CollectionSlug, createLocalReq, type ServerFunction, type TypedUser } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asGraphQL, createResource, functionId, graphql, payload, rest } from '../../helpers/api'
import { launchChromium, signInToAdmin } from '../../helpers/browser'
import { startServer, type TestServer } from '../../helpers/server'
import { lockOnlyWhatOneMayUpdate } from '../../../src/plugins/internal-collections/formState'
import { signIn, type Subject } from '../../helpers/surfaces'

/*
 * Issue 10, class 7: Payload's own collections. An API key writes nothing anywhere; document locks
 * and preferences are written by people only, each for oneself, and a lock only on a document its
 * holder may update. The attacks go through REST, GraphQL and the Local API (overrideAccess: false);
 * after each refusal the tables are as they were.
 */

const LOCKS = 'payload-locked-documents' as CollectionSlug
const PREFERENCES = 'payload-preferences' as CollectionSlug
const KEY = 'internal-collections-test-key-0123456789'
const keyed = { authorization: `api-clients API-Key ${KEY}` }

let coordinator: Subject
let pilot: Subject
let member: Subject
let client: TypedUser
/** A published resource of « Expertise et prospective », which Collectif Ville Campagne pilots. */
let pilotsResource: number
/** A draft resource of « Formation », which nobody but the coordination may edit or read today. */
let othersDraft: number

const rows = async (collection: CollectionSlug) =>
  (await (await payload()).find({ collection, pagination: false, depth: 0, sort: 'id' }))
    .docs as unknown as Array<Record<string, unknown>>
const snapshot = async () => JSON.stringify([await rows(LOCKS), await rows(PREFERENCES)])
/** Checks that `attempt` is refused with `status` and leaves locks and preferences as they were. */
const refused = async <T extends { refused: boolean; status?: number }>(
  attempt: () => Promise<T>,
  status: number,
) => {
  const before = await snapshot()
  const outcome = await attempt()
  expect(outcome).toMatchObject({ refused: true, status })
  expect(await snapshot()).toBe(before)
  return outcome
}
type Lock = ReturnType<typeof lockOf>
const lockOf = (subject: Subject, document: number, relationTo = 'resources') => ({
  document: { relationTo, value: document },
  user: { relationTo: 'users', value: subject.user!.id },
})

/** Each way of creating a lock, as `subject` (token, or API key headers). */
const createLock = {
  rest: async (data: unknown, auth: { token?: string; headers?: Record<string, string> }) => {
    const r = await rest('POST', `/${LOCKS}`, { ...auth, body: data })
    return { refused: r.status >= 400, status: r.status, body: r.body }
  },
  graphql: async (
    data: { document: { relationTo: string; value: number }; user: unknown },
    auth: { token?: string; headers?: Record<string, string> },
  ) => {
    const r = await graphql(
      'mutation($data: mutationPayloadLockedDocumentInput!) { createPayloadLockedDocument(data: $data) { id } }',
      { data: asGraphQL(data) },
      auth,
    )
    const error = r.body.errors?.[0]
    // Payload's GraphQL errors carry a status for validation errors only: a refusal is known by its message.
    const status =
      error?.extensions?.statusCode ??
      (/autorisé|not allowed/.test(error?.message) ? 403 : r.status)
    return { refused: Boolean(error), status, body: r.body }
  },
  local: async (data: unknown, user: TypedUser | undefined) => {
    try {
      await (
        await payload()
      ).create({ collection: LOCKS, data: data as never, overrideAccess: false, user })
      return { refused: false, status: 201, body: undefined }
    } catch (error) {
      return {
        refused: true,
        status: (error as { status?: number }).status,
        body: (error as { data?: unknown }).data,
      }
    }
  },
}

/** `subject` asks for a lock through `surface`. */
const lockAs = (surface: 'rest' | 'graphql' | 'local', subject: Subject, data: Lock) =>
  surface === 'local'
    ? createLock.local(data, subject.user)
    : createLock[surface](data, { token: subject.token })

/** `subject` saves the pilot's resource: the status (200, not 423, when no lock is in the way). */
const savesResource = async (subject: Subject, pages: number) =>
  (await rest('PATCH', `/resources/${pilotsResource}`, { token: subject.token, body: { pages } }))
    .status

beforeAll(async () => {
  const p = await payload()
  coordinator = await signIn('coordinator', 'coordination@unadel.test')
  pilot = await signIn('pilot', 'pilote@collectif-ville-campagne.test')
  member = await signIn('member', 'membre@irdsu.test')
  const created = await p.create({
    collection: 'api-clients',
    data: { name: 'Site régional', enableAPIKey: true, apiKey: KEY } as never,
  })
  client = { ...created, collection: 'api-clients' } as unknown as TypedUser
  pilotsResource = await createResource(
    'Référentiel à verrouiller',
    await functionId('expertise-prospective'),
  )
  othersDraft = await createResource(
    'Brouillon de la formation',
    await functionId('formation'),
    'draft',
  )
})

describe('an API key writes nothing', () => {
  it('in no collection, Payload’s own included: create, update and delete answer 403 over REST', async () => {
    const p = await payload()
    const slugs = p.config.collections.filter((c) => c.endpoints !== false).map((c) => c.slug)
    expect(slugs).toEqual(
      expect.arrayContaining([
        LOCKS,
        PREFERENCES,
        'payload-kv',
        'resources',
        'users',
        'api-clients',
      ]),
    )
    const before = await snapshot()
    for (const slug of slugs) {
      const anyDoc = (await p.find({ collection: slug as CollectionSlug, limit: 1, depth: 0 }))
        .docs[0]
      const id = anyDoc?.id ?? 1
      const answers = [
        await rest('POST', `/${slug}`, { headers: keyed, body: {} }),
        await rest('PATCH', `/${slug}/${id}`, { headers: keyed, body: {} }),
        await rest('DELETE', `/${slug}/${id}`, { headers: keyed }),
      ]
      expect([slug, answers.map((a) => a.status)]).toEqual([slug, [403, 403, 403]])
      if (anyDoc)
        expect(await p.findByID({ collection: slug as CollectionSlug, id, depth: 0 })).toEqual(
          anyDoc,
        )
    }
    expect(await snapshot()).toBe(before)
  })

  it('locks nothing, through REST, GraphQL and the Local API', async () => {
    const before = await snapshot()
    const data = {
      document: { relationTo: 'resources', value: pilotsResource },
      user: { relationTo: 'api-clients', value: client.id },
    }
    expect(await createLock.rest(data, { headers: keyed })).toMatchObject({
      refused: true,
      status: 403,
    })
    expect(await createLock.graphql(data, { headers: keyed })).toMatchObject({
      refused: true,
      status: 403,
    })
    expect(await createLock.local(data, client)).toMatchObject({ refused: true, status: 403 })
    // Nor for someone else.
    expect(await createLock.rest(lockOf(pilot, pilotsResource), { headers: keyed })).toMatchObject({
      refused: true,
      status: 403,
    })
    expect(await snapshot()).toBe(before)
    // The pilot still saves its own document (no 423).
    expect(await savesResource(pilot, 12)).toBe(200)
  })

  it('keeps no preferences: the admin’s preference routes and the collection refuse it', async () => {
    const before = await snapshot()
    expect(
      (
        await rest('POST', `/${PREFERENCES}/nav`, {
          headers: keyed,
          body: { value: { open: true } },
        })
      ).status,
    ).toBe(403)
    expect((await rest('DELETE', `/${PREFERENCES}/nav`, { headers: keyed })).status).toBe(403)
    expect(
      (
        await rest('POST', `/${PREFERENCES}`, {
          headers: keyed,
          body: { key: 'nav', value: { open: true } },
        })
      ).status,
    ).toBe(403)
    const r = await graphql(
      'mutation { createPayloadPreference(data: { key: "nav", value: "{}" }) { id } }',
      {},
      { headers: keyed },
    )
    expect(r.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(await snapshot()).toBe(before)
  })
})

describe('a lock is taken only by oneself, on a document one may update', () => {
  it.each(['rest', 'graphql', 'local'] as const)(
    '%s: a member locks no document of a function it does not pilot',
    async (surface) => {
      await refused(() => lockAs(surface, member, lockOf(member, pilotsResource)), 403)
      expect(await savesResource(pilot, 13)).toBe(200)
    },
  )

  it.each(['rest', 'graphql', 'local'] as const)(
    '%s: nobody locks a document in someone else’s name',
    async (surface) => {
      // The pilot may update the resource, but the lock would be the coordinator's.
      await refused(() => lockAs(surface, pilot, lockOf(coordinator, pilotsResource)), 403)
    },
  )

  it.each(['rest', 'graphql'] as const)(
    '%s: a draft the caller cannot read is refused like any other (403), not locked',
    async (surface) => {
      await refused(
        () => createLock[surface](lockOf(pilot, othersDraft), { token: pilot.token }),
        403,
      )
    },
  )

  it.each(['rest', 'graphql'] as const)(
    '%s: a document that does not exist answers 400 naming `document`',
    async (surface) => {
      const outcome = await refused(
        () => createLock[surface](lockOf(coordinator, 999_999), { token: coordinator.token }),
        400,
      )
      expect(JSON.stringify(outcome.body)).toContain('document')
    },
  )

  it('a lock in an unknown collection answers 400 naming `document`', async () => {
    const before = await snapshot()
    const r = await rest('POST', `/${LOCKS}`, {
      token: coordinator.token,
      body: lockOf(coordinator, pilotsResource, 'secrets'),
    })
    expect(r.status).toBe(400)
    expect(JSON.stringify(r.body)).toContain('document')
    expect(await snapshot()).toBe(before)
  })
})

describe('what the admin does with locks still works', () => {
  it('lock, see who edits, take over, release; nobody else releases or takes it', async () => {
    const p = await payload()
    // The pilot opens its resource: a lock in its name.
    const taken = await rest('POST', `/${LOCKS}`, {
      token: pilot.token,
      body: lockOf(pilot, pilotsResource),
    })
    expect(taken.status).toBe(201)
    const lockId = taken.body.doc.id
    // Others see who is editing, the way the admin asks (Local API without overrideAccess, a Date).
    const seen = await p.find({
      collection: LOCKS,
      depth: 1,
      overrideAccess: false,
      user: coordinator.user,
      where: {
        and: [
          { 'document.value': { equals: pilotsResource } },
          { 'document.relationTo': { equals: 'resources' } },
          { updatedAt: { greater_than: new Date(Date.now() - 300_000) as never } },
        ],
      },
    })
    expect(seen.docs.map((d) => d.id)).toEqual([lockId])
    // A real lock still keeps others out until taken over.
    expect(await savesResource(coordinator, 14)).toBe(423)

    // The member may not update the resource: it cannot take the lock over, nor release it.
    const before = await snapshot()
    const patchLock = async (subject: Subject, body: Partial<Lock>) =>
      (await rest('PATCH', `/${LOCKS}/${lockId}`, { token: subject.token, body })).status
    const toMember = { user: { relationTo: 'users', value: member.user!.id } }
    expect(await patchLock(member, toMember)).toBe(403)
    expect((await rest('DELETE', `/${LOCKS}/${lockId}`, { token: member.token })).status).toBe(403)
    // Nor may the pilot hand its lock to someone else, or move it to a document it may not update.
    expect(await patchLock(pilot, toMember)).toBe(403)
    expect(
      await patchLock(pilot, { document: { relationTo: 'resources', value: othersDraft } }),
    ).toBe(403)
    expect(await snapshot()).toBe(before)

    // The coordinator takes over (the admin's PATCH of the lock's user), then releases it.
    const takeOver = await rest('PATCH', `/${LOCKS}/${lockId}`, {
      token: coordinator.token,
      body: { user: { relationTo: 'users', value: coordinator.user!.id } },
    })
    expect(takeOver.status).toBe(200)
    expect((await rest('DELETE', `/${LOCKS}/${lockId}`, { token: pilot.token })).status).toBe(403)
    const found = await rest(
      'GET',
      `/${LOCKS}?where[document.relationTo][equals]=resources&where[document.value][equals]=${pilotsResource}`,
      { token: coordinator.token },
    )
    expect(found.body.docs.map((d: { id: number }) => d.id)).toEqual([lockId])
    expect((await rest('DELETE', `/${LOCKS}/${lockId}`, { token: coordinator.token })).status).toBe(
      200,
    )
    expect(await rows(LOCKS)).toEqual([])
  })

  it('the admin’s form-state server function locks only for those who may update the document', async () => {
    // What buildFormState does with returnLockStatus: Payload's own locking step, through the adapter.
    type Args = { collectionSlug: string; id: number; returnLockStatus: boolean }
    const lockingStep: ServerFunction<Args, Promise<unknown>> = async ({
      req,
      collectionSlug,
      id,
      returnLockStatus,
    }) =>
      returnLockStatus
        ? handleFormStateLocking({ id, collectionSlug, req, updateLastEdited: false } as never)
        : undefined
    const formState = lockOnlyWhatOneMayUpdate(lockingStep)
    const open = async (subject: Subject, id: number) =>
      formState({
        req: await createLocalReq({ user: subject.user }, await payload()),
        collectionSlug: 'resources',
        id,
        returnLockStatus: true,
      } as Parameters<typeof formState>[0])
    const before = await snapshot()
    // The member opens the pilot's resource (or calls the server function by hand): no lock.
    await open(member, pilotsResource)
    await open(member, 999_999)
    expect(await snapshot()).toBe(before)
    expect(await savesResource(pilot, 15)).toBe(200)
    // The pilot editing its resource still takes the lock.
    await open(pilot, pilotsResource)
    const locks = await rows(LOCKS)
    expect(
      locks.map((l) => [
        (l.document as { value: number }).value,
        (l.user as { value: number }).value,
      ]),
    ).toEqual([[pilotsResource, pilot.user!.id]])
    await (await payload()).delete({ collection: LOCKS, where: {} })
  })

  it('an API key reads no lock', async () => {
    expect((await rest('GET', `/${LOCKS}`, { headers: keyed })).status).toBe(403)
  })
})

describe('preferences are one’s own', () => {
  it('the admin’s preference route saves for the caller; a preference in another’s name is saved as the caller’s', async () => {
    const saved = await rest('POST', `/${PREFERENCES}/nav`, {
      token: member.token,
      body: { value: { open: ['content'] } },
    })
    expect(saved.status).toBe(200)
    const forged = await rest('POST', `/${PREFERENCES}`, {
      token: member.token,
      body: {
        key: 'forged',
        value: { x: 1 },
        user: { relationTo: 'users', value: coordinator.user!.id },
      },
    })
    expect(forged.status).toBe(201)
    const mine = (await rows(PREFERENCES)).filter((r) =>
      ['nav', 'forged'].includes(r.key as string),
    )
    expect(mine.map((r) => (r.user as { value: number }).value)).toEqual([
      member.user!.id,
      member.user!.id,
    ])
  })

  it('nobody reads, changes or deletes another’s preferences', async () => {
    const p = await payload()
    const theirs = await p.create({
      collection: PREFERENCES,
      data: {
        key: 'theirs',
        value: { secret: 'coordination' },
        user: { relationTo: 'users', value: coordinator.user!.id },
      } as never,
      user: coordinator.user,
    })
    const before = await snapshot()
    // The admin's routes go by key, for the caller only.
    const byKey = await rest('GET', `/${PREFERENCES}/theirs`, { token: member.token })
    expect(JSON.stringify(byKey.body)).not.toContain('coordination')
    expect((await rest('DELETE', `/${PREFERENCES}/theirs`, { token: member.token })).status).toBe(
      404,
    )
    // The collection's own routes, GraphQL and the Local API go by id.
    expect(
      (await rest('GET', `/${PREFERENCES}?where[key][equals]=theirs`, { token: member.token })).body
        .docs,
    ).toEqual([])
    expect(
      (
        await rest('PATCH', `/${PREFERENCES}/${theirs.id}`, {
          token: member.token,
          body: { value: { a: 2 } },
        })
      ).status,
    ).toBe(403)
    const listed = await graphql(
      '{ PayloadPreferences(where: { key: { equals: "theirs" } }) { docs { id } } }',
      {},
      { token: member.token },
    )
    expect(listed.body.data.PayloadPreferences.docs).toEqual([])
    const removed = await graphql(
      `mutation { deletePayloadPreference(id: ${theirs.id}) { id } }`,
      {},
      { token: member.token },
    )
    expect(removed.body.errors?.length).toBe(1)
    await expect(
      p.delete({
        collection: PREFERENCES,
        id: theirs.id,
        overrideAccess: false,
        user: member.user,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await snapshot()).toBe(before)
  })
})

describe('an editor in the admin (headless Chromium) still locks', () => {
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    server = await startServer({ admin: true })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const signedInPage = (email: string) => signInToAdmin(browser, server.url, email)
  const heldBy = async () =>
    (await rows(LOCKS))
      .filter((l) => (l.document as { value: number }).value === pilotsResource)
      .map((l) => (l.user as { value: number }).value)

  it('the pilot editing its resource holds the lock, which keeps others out', async () => {
    const page = await signedInPage('pilote@collectif-ville-campagne.test')
    await page.goto(`${server.url}/admin/collections/resources/${pilotsResource}`)
    await page.locator('#field-title').fill('Référentiel en cours de modification')
    await expect.poll(heldBy, { timeout: 15_000 }).toEqual([pilot.user!.id])
    expect(await savesResource(coordinator, 16)).toBe(423)
    await page.close()
  }, 120_000)
})
