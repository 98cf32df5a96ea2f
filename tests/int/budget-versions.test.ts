import { beforeAll, describe, expect, it } from 'vitest'

import { idBySlug, payload } from '../helpers/api'
import { perform, signIn, surfaces, type Subject } from '../helpers/surfaces'

/*
 * Budget lines keep their history (the admin's « Versions » tab), and bringing an old version back
 * is a write like any other: a pilot restores only a version it could have written itself, never a
 * validated one nor one from another function.
 */

let pilot: Subject
let piloted: number
let other: number

type Line = { planned: number; status: 'draft' | 'proposed' | 'validated'; function: number }

const latest = async (id: number) =>
  (await (
    await payload()
  ).findByID({ collection: 'budget-lines', id, depth: 0 })) as unknown as Line
const versionsOf = async (id: number) =>
  (
    await (
      await payload()
    ).findVersions({
      collection: 'budget-lines',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      depth: 0,
    })
  ).docs

let n = 0
/** A line written by the coordination as `first`, then changed to `then`: two versions. */
const lineWithHistory = async (first: Partial<Line>, then: Partial<Line>) => {
  const local = await payload()
  const { id } = await local.create({
    collection: 'budget-lines',
    data: {
      year: 2014,
      direction: 'expense',
      kind: 'cash',
      label: `Déplacements ${++n}`,
      category: 'logistics',
      planned: 1000,
      status: 'proposed',
      function: piloted,
      ...first,
    },
  })
  await local.update({ collection: 'budget-lines', id, data: then as never })
  const versions = await versionsOf(Number(id))
  return { id: Number(id), first: versions[0]!.id }
}

beforeAll(async () => {
  piloted = await idBySlug('functions', 'expertise-prospective')
  other = await idBySlug('functions', 'ressources')
  pilot = await signIn('pilot', 'pilote@collectif-ville-campagne.test')
})

it('keeps each saved state of a line as a version', async () => {
  const { id } = await lineWithHistory({ planned: 1000 }, { planned: 2500 })
  const versions = await versionsOf(id)
  expect(versions.map((v) => (v.version as unknown as Line).planned)).toEqual([1000, 2500])
})

describe.each(surfaces)('the history of a line through %s', (surface) => {
  it('is read by the coordination and the pilots of its function, not by other members', async () => {
    const { id } = await lineWithHistory({ planned: 1000 }, { planned: 2500 })
    const read = async (subject: Subject) =>
      perform(surface, subject, { op: 'findVersions', collection: 'budget-lines', parent: id })
    const coordination = await signIn('coordination', 'coordination@unadel.test')
    expect((await read(coordination)).ids).toHaveLength(2)
    expect((await read(pilot)).ids).toHaveLength(2)
    const member = await read(await signIn('member', 'membre@irdsu.test'))
    expect(member.ids).toHaveLength(0)
  })
})

describe.each(surfaces)('a pilot restoring a budget line through %s', (surface) => {
  const restoreFirst = (version: number | string) =>
    perform(surface, pilot, { op: 'restore', collection: 'budget-lines', version })
  /** Restores the first state of a line saved as `first` then `then`: refused, nothing changed. */
  const refusedRestore = async (first: Partial<Line>, then: Partial<Line>) => {
    const line = await lineWithHistory(first, then)
    const [before, versions] = [await latest(line.id), (await versionsOf(line.id)).length]
    const outcome = await restoreFirst(line.first)
    expect(outcome.refused).toBe(true)
    expect(await latest(line.id)).toEqual(before)
    expect((await versionsOf(line.id)).length).toBe(versions)
    return outcome.message
  }

  it('brings back an earlier amount of its own function', async () => {
    const { id, first } = await lineWithHistory({ planned: 1000 }, { planned: 2500 })
    const outcome = await restoreFirst(first)
    expect(outcome.refused, outcome.message).toBe(false)
    expect((await latest(id)).planned).toBe(1000)
  })

  it('is refused a validated version, and nothing changes', async () => {
    // The rule in its own words, or the field and value it keeps for the coordination.
    expect(await refusedRestore({ status: 'validated' }, { status: 'proposed' })).toMatch(
      /Seule la coordination (valide une ligne budgétaire|peut donner la valeur « Validée »)/,
    )
  })

  it('is refused a version from another function, and nothing changes', async () => {
    expect(await refusedRestore({ function: other }, { function: piloted })).toMatch(
      /Cette version appartient à une fonction/,
    )
  })
})
