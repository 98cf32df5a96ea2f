import './stubs'
import { describe, expect, it } from 'vitest'

import { documentKey, documentsOf } from '../../src/plugins/media-access/usage'

describe('usage entries', () => {
  it('names a document as collection:id', () => {
    expect(documentKey('resources', 12)).toBe('resources:12')
    expect(documentKey('resources', '12')).toBe('resources:12')
  })

  it('keeps the documents of a usage, not the facts about them', () => {
    expect(
      documentsOf([
        'resources:12',
        'resources:12|published',
        'resources:12|functions:3',
        'events:4',
      ]),
    ).toEqual(['resources:12', 'events:4'])
    expect(documentsOf([])).toEqual([])
  })
})
