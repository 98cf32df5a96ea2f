import { describe, expect, it } from 'vitest'

import { changedFields } from '../../src/plugins/delegation/changedFields'

describe('changedFields', () => {
  it('names every field a creation sets, none left empty, no bookkeeping', () => {
    expect(
      changedFields(
        { id: 1, createdAt: 'x', updatedAt: 'y', title: 'Actes', summary: null, year: 2014 },
        undefined,
      ),
    ).toEqual(['title', 'year'])
  })

  it('names the fields an update changed, nested values compared whole', () => {
    const previous = { id: 1, title: 'A', axes: [1, 2], meta: { a: 1 }, updatedAt: 'then' }
    const doc = { id: 1, title: 'A', axes: [1, 3], meta: { a: 1 }, updatedAt: 'now' }
    expect(changedFields(doc, previous)).toEqual(['axes'])
  })

  it('counts a field removed or emptied, and treats null and absent alike', () => {
    expect(changedFields({ title: 'A' }, { title: 'A', summary: 'S' })).toEqual(['summary'])
    expect(changedFields({ title: 'A', summary: null }, { title: 'A' })).toEqual([])
  })

  it('names nothing when nothing changed', () => {
    const doc = { id: 3, title: { fr: 'T', en: 'T' }, axes: [] }
    expect(changedFields(doc, structuredClone(doc))).toEqual([])
  })

  it('counts a related document by its id, populated or not', () => {
    const fn = { id: 5, title: 'Expertise et prospective', createdAt: 'x', pilots: [] }
    expect(changedFields({ title: 'B', function: fn }, { title: 'A', function: 5 })).toEqual([
      'title',
    ])
    expect(changedFields({ function: { ...fn, id: 6 } }, { function: 5 })).toEqual(['function'])
  })
})
