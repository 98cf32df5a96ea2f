import { describe, expect, it, vi } from 'vitest'

import { documentKey, documentsOf } from '../../src/plugins/media-access/usage'

// What is tested here runs nothing of Payload's nor the database adapter's, whose import alone
// takes about a second per file: they are stubbed, so that the unit tests run in seconds.
vi.mock('payload', () => ({
  APIError: class extends Error {},
  ValidationError: class extends Error {},
}))
vi.mock('@payloadcms/db-postgres', () => ({}))

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
