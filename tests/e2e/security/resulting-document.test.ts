import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { budgetLineBasics, createBudgetLine, functionId, payload } from '../../helpers/api'
import { perform, signIn, surfaces, type Subject, type Surface } from '../../helpers/surfaces'

/*
 * Issue 10, class 1: create-like paths are judged on the document they make, not on the data
 * sent. A pilot of « Expertise et prospective » (Collectif Ville Campagne) tries to get a
 * validated budget line, or a document of a function it does not pilot, through duplicate,
 * create, bulk update and bulk delete; the database must be as it was.
 */

let pilot: Subject
let coordinator: Subject
let piloted: number
let other: number

const p = () => payload()
const count = async (collection: CollectionSlug) =>
  (await (await p()).count({ collection })).totalDocs
const read = async (collection: CollectionSlug, id: number) =>
  (await (await p()).findByID({ collection, id, depth: 0, draft: true })) as unknown as Record<
    string,
    unknown
  >

let n = 0
const line = (status: string, fn = piloted) =>
  createBudgetLine({ label: `Ligne ${++n}`, status, function: fn, planned: 35000 })
const resource = async (fn: number) =>
  (
    await (
      await p()
    ).create({
      collection: 'resources',
      data: {
        title: `Ressource ${++n}`,
        type: 'tool',
        function: fn,
        _status: 'published',
      } as never,
    })
  ).id as number

/** The full budget line GraphQL's duplicate needs (its input type requires every required field). */
const lineData = (status: string) => ({
  ...budgetLineBasics,
  label: 'Copie',
  planned: 35000,
  function: piloted,
  status,
})
/** The pilot duplicates a budget line, the copy changed by `data`. */
const duplicateLine = (surface: Surface, id: number, data?: Record<string, unknown>) =>
  perform(surface, pilot, { op: 'duplicate', collection: 'budget-lines', id, data })

beforeAll(async () => {
  piloted = await functionId('expertise-prospective')
  other = await functionId('ressources')
  pilot = await signIn('pilot', 'pilote@collectif-ville-campagne.test')
  coordinator = await signIn('coordinator', 'coordination@unadel.test')
})

describe.each(surfaces)('through %s', (surface) => {
  it('a pilot cannot duplicate a validated line into its function: the copy would be validated', async () => {
    const id = await line('validated')
    const before = await count('budget-lines')
    const data = surface === 'graphql' ? lineData('validated') : { function: piloted }
    const outcome = await duplicateLine(surface, id, data)
    expect(outcome.refused).toBe(true)
    if (surface === 'rest') expect(outcome.status).toBe(403)
    expect(outcome.message).toBe('Seule la coordination valide une ligne budgétaire.')
    expect(await count('budget-lines')).toBe(before)
  })

  it('a pilot duplicates a proposed line of its function; the copy is proposed', async () => {
    const id = await line('proposed')
    const data = surface === 'graphql' ? lineData('proposed') : undefined
    const outcome = await duplicateLine(surface, id, data)
    expect(outcome.refused).toBe(false)
    expect(await read('budget-lines', Number(outcome.ids[0]))).toMatchObject({
      status: 'proposed',
      function: piloted,
    })
  })

  it('a pilot cannot duplicate a document of another function without moving the copy to its own', async () => {
    const id = await resource(other)
    const before = await count('resources')
    if (surface !== 'graphql') {
      const kept = await perform(surface, pilot, { op: 'duplicate', collection: 'resources', id })
      expect(kept.refused).toBe(true)
      expect(kept.message).toMatch(/ne pilote pas la fonction « Ressources »/)
      expect(await count('resources')).toBe(before)
    }
    // Copying published content into its own function is creating a document of its own.
    const moved = await perform(surface, pilot, {
      op: 'duplicate',
      collection: 'resources',
      id,
      data:
        surface === 'graphql'
          ? { title: 'Copie', type: 'tool', function: piloted }
          : { function: piloted },
    })
    expect(moved.refused).toBe(false)
    expect(await read('resources', Number(moved.ids[0]))).toMatchObject({ function: piloted })
    expect(await read('resources', id)).toMatchObject({ function: other })
  })

  it('a pilot cannot create a validated line', async () => {
    const before = await count('budget-lines')
    const outcome = await perform(surface, pilot, {
      op: 'create',
      collection: 'budget-lines',
      data: lineData('validated'),
    })
    expect(outcome.refused).toBe(true)
    expect(await count('budget-lines')).toBe(before)
  })
})

describe.each(surfaces.filter((s) => s !== 'graphql'))('bulk requests through %s', (surface) => {
  it('a bulk update cannot validate a line, nor move a document to a function not piloted', async () => {
    const proposed = await line('proposed')
    const validate = await perform(surface, pilot, {
      op: 'bulkUpdate',
      collection: 'budget-lines',
      ids: [proposed],
      data: { status: 'validated' },
    })
    expect(validate.ids).toEqual([])
    expect((await read('budget-lines', proposed)).status).toBe('proposed')

    const mine = await resource(piloted)
    const move = await perform(surface, pilot, {
      op: 'bulkUpdate',
      collection: 'resources',
      ids: [mine],
      data: { function: other },
    })
    expect(move.ids).toEqual([])
    expect((await read('resources', mine)).function).toBe(piloted)
  })

  it('a bulk update or delete reaches only the documents the pilot may write', async () => {
    const [mine, theirs, locked] = [
      await line('proposed'),
      await line('proposed', other),
      await line('validated'),
    ]
    const update = await perform(surface, pilot, {
      op: 'bulkUpdate',
      collection: 'budget-lines',
      ids: [mine, theirs, locked],
      data: { planned: 1 },
    })
    expect(update.ids).toEqual([String(mine)])
    expect((await read('budget-lines', theirs)).planned).toBe(35000)
    expect((await read('budget-lines', locked)).planned).toBe(35000)

    const removal = await perform(surface, pilot, {
      op: 'bulkDelete',
      collection: 'budget-lines',
      ids: [mine, theirs, locked],
    })
    expect(removal.ids).toEqual([String(mine)])
    expect(await read('budget-lines', theirs)).toBeTruthy()
    expect(await read('budget-lines', locked)).toBeTruthy()
  })

  it('the coordination duplicates a validated line', async () => {
    const outcome = await perform(surface, coordinator, {
      op: 'duplicate',
      collection: 'budget-lines',
      id: await line('validated'),
    })
    expect(outcome.refused).toBe(false)
    expect((await read('budget-lines', Number(outcome.ids[0]))).status).toBe('validated')
  })
})
