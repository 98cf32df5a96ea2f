import { copyDataFromLocaleHandler } from '@payloadcms/ui/utilities/copyDataFromLocale'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createResource, functionId, graphql, payload, rest } from '../../helpers/api'
import { perform, signIn, surfaces, type Subject } from '../../helpers/surfaces'

/*
 * Issue 10, class 2: drafts are no side door. A draft is judged like a published save: it keeps a
 * function the pilot pilots, and restoring a version (as a draft or not) is judged on the
 * version restored, so a pilot neither reads nor brings back what another function wrote.
 */

let pilot: Subject
let piloted: number
let other: number

const p = () => payload()
/** The latest state of a resource, its draft if it has one: what the admin opens. */
const latest = async (id: number) =>
  (await (
    await p()
  ).findByID({ collection: 'resources', id, depth: 0, draft: true })) as unknown as Record<
    string,
    unknown
  >
const versionCount = async (id: number) =>
  (await (await p()).countVersions({ collection: 'resources', where: { parent: { equals: id } } }))
    .totalDocs

let n = 0
/**
 * A resource first written by the function nobody pilots, under a confidential title, then moved
 * by the coordination to the pilot's function: its first version belongs to the other function.
 */
const movedResource = async () => {
  const local = await p()
  const { id } = await local.create({
    collection: 'resources',
    data: {
      title: `Note confidentielle ${++n}`,
      type: 'tool',
      function: other,
      _status: 'published',
    } as never,
  })
  await local.update({
    collection: 'resources',
    id,
    data: { title: `Note partagée ${n}`, function: piloted } as never,
  })
  const { docs } = await local.findVersions({
    collection: 'resources',
    where: { parent: { equals: id } },
    sort: 'createdAt',
    limit: 1,
  })
  return { id: Number(id), oldVersion: Number(docs[0]!.id), secret: `Note confidentielle ${n}` }
}

beforeAll(async () => {
  piloted = await functionId('expertise-prospective')
  other = await functionId('ressources')
  pilot = await signIn('pilot', 'pilote@collectif-ville-campagne.test')
})

describe.each(surfaces)('through %s', (surface) => {
  it.each([true, false])(
    'restoring a version of another function (draft: %s) is refused, and shows nothing of it',
    async (draft) => {
      const { id, oldVersion, secret } = await movedResource()
      const [before, versions] = [await latest(id), await versionCount(id)]
      const outcome = await perform(surface, pilot, {
        op: 'restore',
        collection: 'resources',
        version: oldVersion,
        draft,
      })
      expect(outcome.refused).toBe(true)
      expect(outcome.message).toMatch(
        /Cette version appartient à une fonction que votre organisation ne pilote pas/,
      )
      // Nothing of the version: neither its content nor which function it belonged to.
      expect(JSON.stringify(outcome)).not.toContain(secret)
      expect(JSON.stringify(outcome)).not.toContain('Ressources')
      expect(await latest(id)).toEqual(before)
      expect(await versionCount(id)).toBe(versions)
    },
  )

  it.each([
    ['no function', null, /function|Fonction/],
    ['a list of functions', 'list', /function|Fonction/],
    ['a function not piloted', 'other', /ne pilote pas la fonction « Ressources »/],
  ])('a draft save with %s is refused', async (_, value, message) => {
    const { id } = await movedResource()
    const [before, versions] = [await latest(id), await versionCount(id)]
    const fn = value === 'other' ? other : value === 'list' ? [piloted] : null
    // A draft of the document through each surface: REST and GraphQL take `draft` on update.
    const outcome =
      surface === 'local'
        ? await (async () => {
            try {
              await (
                await p()
              ).update({
                collection: 'resources',
                id,
                data: { function: fn } as never,
                draft: true,
                overrideAccess: false,
                user: pilot.user,
              })
              return { refused: false, message: '' }
            } catch (error) {
              return {
                refused: true,
                message:
                  (error as Error).message +
                  JSON.stringify((error as { data?: unknown }).data ?? ''),
              }
            }
          })()
        : surface === 'rest'
          ? await rest('PATCH', `/resources/${id}?draft=true`, {
              token: pilot.token,
              body: { function: fn },
            }).then((r) => ({
              refused: r.status >= 400 && r.status < 500,
              message: JSON.stringify(r.body),
            }))
          : await graphql(
              `mutation { updateResource(id: ${id}, draft: true, data: { function: ${JSON.stringify(fn)} }) { id } }`,
              {},
              { token: pilot.token },
            ).then((r) => ({
              refused: Boolean(r.body.errors?.length),
              message: JSON.stringify(r.body.errors),
            }))
    expect(outcome.refused).toBe(true)
    // GraphQL itself refuses a list where one id is expected, in its own words.
    if (!(surface === 'graphql' && value === 'list')) expect(outcome.message).toMatch(message)
    expect(await latest(id)).toEqual(before)
    expect(await versionCount(id)).toBe(versions)
  })

  it('a pilot still saves drafts of its own documents and restores their versions', async () => {
    const local = await p()
    const { id } = await local.create({
      collection: 'resources',
      data: {
        title: `Brouillon ${++n}`,
        type: 'tool',
        function: piloted,
        _status: 'published',
      } as never,
    })
    await local.update({
      collection: 'resources',
      id,
      data: { title: `Brouillon ${n} revu` } as never,
    })
    const { docs } = await local.findVersions({
      collection: 'resources',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      limit: 1,
    })
    const outcome = await perform(surface, pilot, {
      op: 'restore',
      collection: 'resources',
      version: docs[0]!.id,
      draft: true,
    })
    expect(outcome.refused).toBe(false)
    expect((await latest(Number(id))).title).toBe(`Brouillon ${n}`)
  })
})

describe('a draft created without a function', () => {
  // The pilot pilots one function: its draft lands there, never outside any function.
  it.each(surfaces)('lands in the function its pilot pilots (%s)', async (surface) => {
    const outcome = await perform(surface, pilot, {
      op: 'create',
      collection: 'resources',
      data: { title: 'Brouillon orphelin', type: 'tool' },
      draft: true,
    })
    expect(outcome.refused).toBe(false)
    expect((await latest(Number(outcome.ids[0]))).function).toBe(piloted)
  })
})

/** « Copier vers le lieu » in the admin: a server function that saves a draft in another locale. */
describe("the admin's copy to another locale", () => {
  const copy = async (id: number) =>
    copyDataFromLocaleHandler({
      collectionSlug: 'resources',
      docID: id,
      fromLocale: 'fr',
      toLocale: 'en',
      overrideData: true,
      req: await createLocalReq({ user: pilot.user }, await p()),
    } as never)
  const english = async (id: number) =>
    (await (
      await p()
    ).findByID({
      collection: 'resources',
      id,
      depth: 0,
      draft: true,
      locale: 'en',
      fallbackLocale: false,
    } as never)) as unknown as Record<string, unknown>

  it('is refused on a document of another function, which stays as it was', async () => {
    const id = await createResource(`Hors fonction ${++n}`, other)
    const before = await english(Number(id))
    await expect(copy(Number(id))).rejects.toThrow()
    expect(await english(Number(id))).toEqual(before)
  })

  it('saves the draft of a document of the function piloted', async () => {
    const id = await createResource(`Dans la fonction ${++n}`, piloted)
    await copy(Number(id))
    expect((await english(Number(id))).title).toBe(`Dans la fonction ${n}`)
  })
})
