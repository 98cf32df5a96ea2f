import type { CollectionSlug } from 'payload'
import { stringify } from 'qs-esm'
import { beforeAll, describe, expect, it } from 'vitest'

import { createBudgetLine, graphql, idBySlug, payload, rest } from '../helpers/api'
import { signIn, type Subject } from '../helpers/surfaces'

/*
 * Issue 12, point 3: a pilot is told, in French or English, what was refused and why, on every
 * path (REST, GraphQL, the Local API as the pilot), and nothing is written. The pilot is
 * Collectif Ville Campagne's, of « Expertise et prospective »; « Ressources » is piloted today by
 * the IRDSU (a row added here), « Animation du réseau » by nobody.
 */

let pilot: Subject
let piloted: number
let ressources: number
let animation: number

const p = () => payload()
const IRDSU = 'Inter-réseaux des professionnels du développement social urbain'
const english = { 'accept-language': 'en' }

const snapshot = async (collection: CollectionSlug, id: number) =>
  JSON.stringify(await (await p()).findByID({ collection, id, depth: 0, draft: true }))
const count = async (collection: CollectionSlug) =>
  (await (await p()).count({ collection })).totalDocs

let n = 0
const resource = async (fn: number) =>
  (
    await (
      await p()
    ).create({
      collection: 'resources',
      data: { title: `Fiche ${++n}`, type: 'tool', function: fn, _status: 'published' } as never,
    })
  ).id as number
const line = (status: string, fn: number | null = piloted) =>
  createBudgetLine({ label: `Ligne ${++n}`, status, function: fn, planned: 1000 })

/** The pilot's update through the Local API, as the pilot: the error it gets. */
const localUpdate = async (collection: CollectionSlug, id: number, data: object) => {
  try {
    await (
      await p()
    ).update({ collection, id, data: data as never, overrideAccess: false, user: pilot.user })
  } catch (error) {
    return { status: (error as { status?: number }).status, message: (error as Error).message }
  }
  return { status: 200, message: undefined }
}

beforeAll(async () => {
  piloted = await idBySlug('functions', 'expertise-prospective')
  ressources = await idBySlug('functions', 'ressources')
  animation = await idBySlug('functions', 'animation-reseau')
  await (
    await p()
  ).update({
    collection: 'functions',
    id: ressources,
    data: {
      pilots: [
        { organisation: await idBySlug('members', 'irdsu'), role: 'pilot', startsOn: '2014-01-01' },
      ],
    } as never,
  })
  pilot = await signIn('pilot', 'pilote@collectif-ville-campagne.test')
})

describe('a pilot writing a document of another function', () => {
  it('REST: 403 naming the document, the function and who pilots it, in French and English; nothing written', async () => {
    const id = await resource(ressources)
    const before = await snapshot('resources', id)
    const { title } = (await (await p()).findByID({ collection: 'resources', id })) as {
      title: string
    }

    const fr = await rest('PATCH', `/resources/${id}`, { token: pilot.token, body: { url: 'x' } })
    expect(fr.status).toBe(403)
    expect(fr.body).toEqual({
      errors: [
        {
          message: `« ${title} » (Ressource) relève de la fonction « Ressources », que votre organisation ne pilote pas pour ces documents : seules la coordination et ${IRDSU} peuvent y écrire.`,
        },
      ],
    })

    const en = await rest('DELETE', `/resources/${id}`, { token: pilot.token, headers: english })
    expect(en.status).toBe(403)
    expect(en.body.errors[0].message).toBe(
      `“${title}” (Resource) belongs to the function “Resources”, which your organisation does not pilot for these documents: only the coordination and ${IRDSU} may write there.`,
    )
    expect(await snapshot('resources', id)).toBe(before)
  })

  it('GraphQL and the Local API give the same reason', async () => {
    const id = await resource(animation)
    const before = await snapshot('resources', id)
    const gql = await graphql(
      `mutation { updateResource(id: ${id}, data: { url: "https://exemple.fr" }) { id } }`,
      {},
      { token: pilot.token },
    )
    const reason =
      /relève de la fonction « Animation du réseau », que votre organisation ne pilote pas pour ces documents : seule la coordination peut y écrire\.$/
    expect(gql.body.errors[0].message).toMatch(reason)
    expect(gql.body.errors[0].extensions.statusCode).toBe(403)
    const local = await localUpdate('resources', id, { url: 'https://exemple.fr' })
    expect(local).toEqual({ status: 403, message: expect.stringMatching(reason) })
    expect(await snapshot('resources', id)).toBe(before)
  })

  it('creating in another function names it and who pilots it', async () => {
    const before = await count('resources')
    const r = await rest('POST', '/resources', {
      token: pilot.token,
      body: { title: 'Hors délégation', type: 'tool', function: ressources },
    })
    expect(r.status).toBe(403)
    expect(r.body.errors[0].message).toBe(
      `Votre organisation ne pilote pas la fonction « Ressources » pour ces documents : seules la coordination et ${IRDSU} peuvent y écrire.`,
    )
    expect(await count('resources')).toBe(before)
  })

  it('a document it may not even read gets no reason: Payload’s own answer, which says nothing of it', async () => {
    const { id } = await (
      await p()
    ).create({
      collection: 'resources',
      data: { title: 'Brouillon caché', type: 'tool', function: ressources, _status: 'draft' },
      draft: true,
    })
    const r = await rest('PATCH', `/resources/${id}`, { token: pilot.token, body: { url: 'x' } })
    expect(r.status).toBe(403)
    expect(JSON.stringify(r.body)).not.toMatch(/Ressources|Brouillon/)
  })
})

describe('a pilot and the budget lines', () => {
  it('is told that only the coordination validates a line (the lock option’s words), in French and English', async () => {
    const id = await line('proposed')
    const before = await snapshot('budget-lines', id)
    const fr = await rest('PATCH', `/budget-lines/${id}`, {
      token: pilot.token,
      body: { status: 'validated' },
    })
    expect(fr.status).toBe(403)
    expect(fr.body.errors[0].message).toBe('Seule la coordination valide une ligne budgétaire.')
    const en = await graphql(
      `mutation { updateBudgetLine(id: ${id}, data: { status: validated }) { id } }`,
      {},
      { token: pilot.token, headers: english },
    )
    expect(en.body.errors[0].message).toBe('Only the coordination validates a budget line.')
    expect(await localUpdate('budget-lines', id, { status: 'validated' })).toEqual({
      status: 403,
      message: 'Seule la coordination valide une ligne budgétaire.',
    })
    expect(await snapshot('budget-lines', id)).toBe(before)
  })

  it('a validated line of its function is locked, and says so', async () => {
    const id = await line('validated')
    const before = await snapshot('budget-lines', id)
    const r = await rest('PATCH', `/budget-lines/${id}`, {
      token: pilot.token,
      body: { planned: 2000 },
    })
    expect(r.status).toBe(403)
    expect(r.body.errors[0].message).toBe(
      `« Ligne ${n} » (Ligne budgétaire) porte la valeur « Validée » au champ « Statut » : seule la coordination peut encore le modifier ou le supprimer.`,
    )
    expect(await snapshot('budget-lines', id)).toBe(before)
  })

  it('a line of no function is the coordination’s', async () => {
    const id = await line('proposed', null)
    const r = await rest('DELETE', `/budget-lines/${id}`, { token: pilot.token, headers: english })
    expect(r.status).toBe(403)
    expect(r.body.errors[0].message).toBe(
      `“Ligne ${n}” (Budget line) belongs to no function of the Pôle: only the coordination may write there.`,
    )
    expect(await snapshot('budget-lines', id)).toBeTruthy()
  })

  it('is not offered « Validée », the coordination is', async () => {
    const status = (await p()).collections['budget-lines'].config.flattenedFields.find(
      (f) => f.name === 'status',
    ) as unknown as {
      options: Array<{ value: string }>
      filterOptions: (args: object) => string[]
    }
    const offered = (user: Subject['user']) =>
      status.filterOptions({ options: status.options, req: { user }, data: {}, siblingData: {} })
    expect(offered(pilot.user)).toEqual(['draft', 'proposed'])
    const coordinator = await signIn('coordinator', 'coordination@unadel.test')
    expect(offered(coordinator.user)).toEqual(['draft', 'proposed', 'validated'])
  })
})

describe('bulk requests of a pilot', () => {
  const where = (ids: number[]) => `?${stringify({ where: { id: { in: ids } } })}`

  it('a bulk delete of another function’s documents lists each with its reason, deletes nothing, and never says « supprimé avec succès »', async () => {
    const theirs = [await resource(ressources), await resource(animation)]
    const before = await count('resources')
    const r = await rest('DELETE', `/resources${where(theirs)}`, { token: pilot.token })
    expect(r.status).toBe(400)
    expect(r.body.docs).toEqual([])
    expect(r.body.message).toBe('Impossible de supprimer 2 sur 2 Ressources.')
    const byId = (a: { id: number }, b: { id: number }) => a.id - b.id
    expect([...r.body.errors].sort(byId)).toEqual([
      {
        id: theirs[0],
        isPublic: true,
        message: expect.stringMatching(/relève de la fonction « Ressources »/),
      },
      {
        id: theirs[1],
        isPublic: true,
        message: expect.stringMatching(/relève de la fonction « Animation du réseau »/),
      },
    ])
    expect(await count('resources')).toBe(before)
  })

  it('a mixed selection: its own document goes, the others are listed (Local API too)', async () => {
    const mine = await resource(piloted)
    const theirs = await resource(ressources)
    const result = await (
      await p()
    ).delete({
      collection: 'resources',
      where: { id: { in: [mine, theirs] } },
      overrideAccess: false,
      user: pilot.user,
    })
    expect(result.docs.map((d) => d.id)).toEqual([mine])
    expect(result.errors).toEqual([
      expect.objectContaining({
        id: theirs,
        message: expect.stringMatching(/relève de la fonction « Ressources »/),
      }),
    ])
    expect(await snapshot('resources', theirs)).toBeTruthy()
  })

  it('a bulk update that would validate a line says why, in the errors', async () => {
    const id = await line('proposed')
    const r = await rest('PATCH', `/budget-lines${where([id])}`, {
      token: pilot.token,
      body: { status: 'validated' },
    })
    expect(r.status).toBe(400)
    expect(r.body.errors).toEqual([
      expect.objectContaining({
        id,
        message: 'Seule la coordination valide une ligne budgétaire.',
      }),
    ])
    expect(JSON.parse(await snapshot('budget-lines', id)).status).toBe('proposed')
  })
})
