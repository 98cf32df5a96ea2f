import { boot } from './boot'
import { StartupError } from './env'
import { logger } from './logger'

const SHUTDOWN_LIMIT_MS = 10_000

try {
  const server = await boot({ dev: process.argv.includes('--dev') })
  let stopping = false
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down: finishing requests in flight')
    setTimeout(() => {
      logger.error('shutdown took longer than 10 s, exiting')
      process.exit(1)
    }, SHUTDOWN_LIMIT_MS).unref()
    await server.shutdown()
    logger.info('stopped')
    process.exit(0)
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
} catch (error) {
  if (error instanceof StartupError) {
    // One line, no stack: the message says what to fix.
    logger.fatal(error.message)
    console.error(`Cannot start: ${error.message}`)
  } else {
    logger.fatal({ err: error }, 'start failed')
  }
  process.exit(1)
}
