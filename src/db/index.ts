import path from 'node:path'

import { type Env, resolveSecret } from '../env'
import { startEmbeddedPostgres, type EmbeddedCluster } from './embedded'
import { checkConnection } from './external'

export { startEmbeddedPostgres, type EmbeddedCluster } from './embedded'

export type Database = {
  /** The connection string Payload uses. */
  url: string
  /** Set when this process runs its own PostgreSQL. */
  embedded?: EmbeddedCluster
  stop: () => Promise<void>
}

export const DEFAULT_DATABASE = 'pole_metiers'

/**
 * The one place that decides which PostgreSQL the app uses: `DATABASE_URL` when set, else an
 * embedded cluster kept under `<dataDir>/postgres`.
 */
export const openDatabase = async ({
  databaseUrl,
  dataDir,
  embeddedPort,
  log,
  warn,
}: {
  databaseUrl?: string
  dataDir: string
  embeddedPort?: number
  log?: (message: string) => void
  warn?: (message: string) => void
}): Promise<Database> => {
  if (databaseUrl) {
    await checkConnection(databaseUrl)
    return { url: databaseUrl, stop: async () => undefined }
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'postgres'),
    port: embeddedPort,
    log,
    warn,
  })
  try {
    await embedded.ensureDatabase(DEFAULT_DATABASE)
  } catch (error) {
    await embedded.stop()
    throw error
  }
  return { url: embedded.urlOf(DEFAULT_DATABASE), embedded, stop: embedded.stop }
}

/**
 * What every entry point (server, seed, Payload's CLI) does first: open the database the
 * environment names and point the Payload config, read at import, at it and at the secret.
 * Through the environment on purpose: the admin's own copy of the config (bundled by Next) and
 * the admin build (a child process) read it too, where no object could be handed over.
 */
export const openProjectDatabase = async (
  env: Env,
  log?: (message: string) => void,
  warn?: (message: string) => void,
): Promise<Database> => {
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    embeddedPort: env.EMBEDDED_PG_PORT,
    log,
    warn,
  })
  try {
    process.env.PAYLOAD_SECRET = resolveSecret(env)
  } catch (error) {
    await database.stop()
    throw error
  }
  process.env.DATABASE_URL = database.url
  return database
}
