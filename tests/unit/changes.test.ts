import { describe, expect, it } from 'vitest'

import { isWatched } from '../../src/cache/changes'

describe('isWatched', () => {
  it('watches the tables of documents, their versions, arrays and relations', () => {
    for (const table of [
      'resources',
      '_resources_v',
      'functions_pilots',
      'resources_rels',
      'users',
    ])
      expect(isWatched(table)).toBe(true)
  })

  it('ignores Payload’s bookkeeping, sessions, the kept counts and the webhooks’ log', () => {
    for (const table of [
      'payload_migrations',
      'payload_locked_documents',
      'payload_locked_documents_rels',
      'payload_preferences',
      'payload_preferences_rels',
      'payload_jobs',
      'users_sessions',
      'kept_counts',
      'webhook_deliveries',
    ])
      expect(isWatched(table)).toBe(false)
  })

  it('matches whole names where it should', () => {
    expect(isWatched('payload_migrations_old')).toBe(true)
    expect(isWatched('kept_counts_archive')).toBe(true)
    expect(isWatched('sessions')).toBe(true)
  })
})
