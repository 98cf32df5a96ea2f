import { NETWORK_TIME_ZONE } from '../fields/timeZone'
import { openProjectDatabase } from './db'
import { readEnv } from './env'
import { logger } from './logger'
import { rootDir } from './paths'
import { createApp, listen, type NodeHandler, type RunningServer } from './server'

export type BootOptions = {
  /** Next.js in development mode (hot reload) instead of the production build. */
  dev?: boolean
}

export type Booted = RunningServer & { shutdown: () => Promise<void> }

/**
 * The whole start: database, secret, admin build, Payload (migrations, seed), then the server.
 * Every step that fails for a reason the operator can fix throws a StartupError that says how.
 */
export const boot = async ({ dev = false }: BootOptions = {}): Promise<Booted> => {
  const env = readEnv()
  const admin = env.SERVE_ADMIN
  const production = env.NODE_ENV === 'production'
  const cleanups: Array<() => Promise<void>> = []
  const cleanup = async () => {
    for (const step of cleanups.reverse()) await step().catch(() => undefined)
  }

  try {
    const database = await openProjectDatabase(
      env,
      (line) => logger.debug({ postgres: line }),
      (message) => logger.warn(message),
    )
    cleanups.push(database.stop)
    if (database.embedded) {
      logger.info({ port: database.embedded.port }, 'embedded PostgreSQL started')
    }

    // The admin's pages are rendered here: the dates Payload formats on the server (a version's
    // time, its comparison) are in the network's time zone, like those formatted in the browser.
    // Set once the embedded PostgreSQL has started: it keeps the zone its cluster was made with.
    process.env.TZ = NETWORK_TIME_ZONE

    if (admin && !dev) {
      const { adminBuildIsCurrent, buildAdmin } = await import('./build')
      if (!adminBuildIsCurrent()) {
        logger.info('building the admin (first run or sources changed), about a minute')
        await buildAdmin()
      }
    }

    // The config reads the operator's environment (NODE_ENV included) as it is imported...
    const { default: config } = await import('../payload.config')
    // ...then Next, which reads NODE_ENV to pick its mode, gets the mode it must run in.
    ;(process.env as Record<string, string>).NODE_ENV = dev ? 'development' : 'production'

    const { getPayload } = await import('payload')
    const payload = await getPayload({ config })
    // Payload keeps one pool client checked out for good, so pool.end() would never resolve:
    // the connections close with the process (or with the embedded cluster, stopped last).
    let closing = false
    cleanups.push(async () => {
      closing = true
      await payload.destroy()
    })
    // A PostgreSQL restart closes idle connections; the pool reconnects on the next query.
    payload.db.pool.on('error', (error) => {
      if (!closing) logger.warn({ err: error.message }, 'database connection lost')
    })

    const { prepareDatabase } = await import('./prepare')
    await prepareDatabase(payload, { production })

    // The jobs queue (email, scheduled publishing), run from here: never in the CLI nor in the tests' own Payload.
    const { startJobsRunner } = await import('./plugins/email')
    cleanups.push(startJobsRunner(payload, { everySeconds: env.JOBS_RUN_EVERY_SECONDS }).stop)

    let adminHandler: NodeHandler | undefined
    if (admin) {
      const { default: next } = await import('next')
      const nextApp = next({ dev, dir: rootDir, quiet: !dev })
      await nextApp.prepare()
      const handle = nextApp.getRequestHandler()
      adminHandler = (req, res) => handle(req, res)
      cleanups.push(() => nextApp.close())
    }

    const { startPublicCache } = await import('./cache')
    const cache = startPublicCache(payload, {
      maxBytes: env.API_CACHE_MAX_BYTES,
      deliveryDelayMs: env.API_CACHE_TEST_DELIVERY_DELAY_MS,
    })
    cleanups.push(cache.close)

    const server = await listen(
      createApp({ payload, admin: adminHandler, cache }),
      env.PORT,
      env.HOST,
    )
    logger.info({ url: server.url, admin: `${server.url}/admin` }, 'Pôle métiers is ready')

    return {
      ...server,
      shutdown: async () => {
        await server.close()
        await cleanup()
      },
    }
  } catch (error) {
    await cleanup()
    throw error
  }
}
