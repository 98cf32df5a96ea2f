import pg from 'pg'

import { StartupError } from '../env'

/** Checks that the server behind `url` answers, and names the cause when it does not. */
export const checkConnection = async (url: string): Promise<void> => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  const where = (() => {
    const parsed = new URL(url)
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`
  })()
  try {
    await client.connect()
    await client.query('SELECT 1')
  } catch (error) {
    const { code, message } = error as { code?: string; message: string }
    const cause =
      code === '28P01' || code === '28000'
        ? 'the user name or password is wrong'
        : code === '3D000'
          ? 'the database does not exist (create it first)'
          : code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT'
            ? 'no PostgreSQL server answers there'
            : message
    throw new StartupError(
      `Cannot connect to DATABASE_URL (${where}): ${cause}. Fix DATABASE_URL, or unset it to use the embedded PostgreSQL.`,
    )
  } finally {
    await client.end().catch(() => undefined)
  }
}
