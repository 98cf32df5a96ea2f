import { describe, expect, it } from 'vitest'

import { isWatched } from '../../src/cache/changes'

/** Tables of documents, their versions, arrays and relations. */
const documentTables = ['resources', '_resources_v', 'functions_pilots', 'resources_rels', 'users']

/** Payload’s bookkeeping, sessions, the kept counts and the webhooks’ log. */
const bookkeeping = [
  'payload_migrations',
  'payload_locked_documents',
  'payload_locked_documents_rels',
  'payload_preferences',
  'payload_preferences_rels',
  'payload_jobs',
  'users_sessions',
  'kept_counts',
  'webhook_deliveries',
]

describe('isWatched', () => {
  it.each(documentTables)('watches %s: documents, their versions, arrays and relations', (table) =>
    expect(isWatched(table)).toBe(true),
  )

  it.each(bookkeeping)('ignores %s: bookkeeping, sessions, kept counts, webhooks’ log', (table) =>
    expect(isWatched(table)).toBe(false),
  )

  it('matches whole names where it should', () => {
    expect(isWatched('payload_migrations_old')).toBe(true)
    expect(isWatched('kept_counts_archive')).toBe(true)
    expect(isWatched('sessions')).toBe(true)
  })
})
