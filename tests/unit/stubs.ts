import { vi } from 'vitest'

// Imported first by the unit tests of code that imports Payload or the database adapter: what
// they test runs nothing of either, whose import alone takes about a second per file, so they are
// stubbed and the unit tests run in seconds. Payload's errors stay errors, for code that throws them.
vi.mock('payload', () => ({
  APIError: class extends Error {},
  ValidationError: class extends Error {},
}))
vi.mock('payload/shared', () => ({}))
vi.mock('@payloadcms/db-postgres', () => ({}))
vi.mock('@payloadcms/db-postgres/drizzle', () => ({}))
vi.mock('@payloadcms/db-postgres/drizzle/pg-core', () => ({}))
