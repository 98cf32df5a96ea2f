import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import getPort from 'get-port'
import { afterAll, beforeAll } from 'vitest'

import { DEMO_PASSWORD } from '../../seed/demoPassword'
import { rootDir } from '../../src/paths'

type Env = Record<string, string | undefined>

/** Runs `src/start.ts`, what `npm start` runs, as a process of its own. */
const spawnServer = (env: Env) => {
  const child = spawn(process.execPath, ['--import', './src/register.mjs', 'src/start.ts'], {
    cwd: rootDir,
    env: { ...process.env, SERVE_ADMIN: 'false', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that a start given up on takes its embedded PostgreSQL with it.
    detached: true,
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  const running = () => child.exitCode === null && child.signalCode === null
  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  return { child, exited, running, killGroup, output: () => output }
}

export type TestServer = {
  url: string
  port: number
  /** Everything the process printed so far. */
  output: () => string
  /** Sends a signal and resolves with the exit code (null if killed). */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

/**
 * Starts the server on a free port, against the test file's database unless `env` says
 * otherwise, and waits until /readyz answers 200.
 */
export const startServer = async ({
  env = {},
  admin = false,
  timeoutMs = 90_000,
}: { env?: Env; admin?: boolean; timeoutMs?: number } = {}): Promise<TestServer> => {
  const port = env.PORT ? Number(env.PORT) : await getPort()
  const { child, exited, running, killGroup, output } = spawnServer({
    PORT: String(port),
    SERVE_ADMIN: String(admin),
    // The jobs queue runs where a test asks for it (the email tests): elsewhere it would change
    // the database in the background, under the checks that a refused request wrote nothing.
    JOBS_RUN_EVERY_SECONDS: '3600',
    ...env,
  })
  const url = `http://127.0.0.1:${port}`
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (running()) child.kill(signal)
    return exited
  }

  const deadline = Date.now() + timeoutMs
  while (running() && Date.now() < deadline) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    )
    if (ready) return { url, port, output, stop }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  killGroup()
  await exited
  throw new Error(`server did not become ready:\n${output()}`)
}

/**
 * The real server for the calling `describe` block: started before its tests, stopped after.
 * Its `url` and `output` are read once it has started.
 */
export const serverForTests = (options?: Parameters<typeof startServer>[0]): TestServer => {
  let server: TestServer | undefined
  beforeAll(async () => {
    server = await startServer(options)
  })
  afterAll(async () => {
    await server?.stop()
  })
  const started = () => {
    if (!server) throw new Error('serverForTests: used outside its describe block')
    return server
  }
  return {
    get url() {
      return started().url
    },
    get port() {
      return started().port
    },
    output: () => started().output(),
    stop: (signal) => started().stop(signal),
  }
}

/** Signs in over HTTP as `email` (the demo password), with these extra headers: the JWT. */
export const signInOver = async (url: string, email: string, headers: Env = {}) => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  if (response.status !== 200) throw new Error(`sign-in of ${email}: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

/** The settings of a production server (a secret of production length). */
export const PRODUCTION: Env = { NODE_ENV: 'production', PAYLOAD_SECRET: 'p'.repeat(40) }

/** Starts the server expecting it to refuse; resolves with its exit code and output. */
export const failedStart = async (env: Env, timeoutMs = 60_000) => {
  const { exited, killGroup, output } = spawnServer(env)
  const timer = setTimeout(killGroup, timeoutMs)
  const code = await exited
  clearTimeout(timer)
  return { code, output: output() }
}

/**
 * The settings of a server with its own embedded PostgreSQL in `dataDir`, which a test may kill or
 * stop: short timeouts, so that it answers 503 within seconds while the database is away.
 */
export const ownDatabase = (dataDir: string): Env => ({
  DATABASE_URL: '',
  DATA_DIR: dataDir,
  DB_STATEMENT_TIMEOUT_MS: '2000',
  DB_POOL_ACQUIRE_TIMEOUT_MS: '1500',
})

/** The pid of the postmaster of the embedded PostgreSQL in `dataDir`. */
export const postmasterOf = (dataDir: string) =>
  Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0])

/**
 * Stops every process of the embedded PostgreSQL in `dataDir` (SIGSTOP: a server that hangs, not
 * one that is gone) until the returned function is called.
 */
export const freezeDatabase = (dataDir: string): (() => void) => {
  const pid = String(postmasterOf(dataDir))
  const children = execFileSync('pgrep', ['-P', pid], { encoding: 'utf8' }).split('\n')
  const frozen = [pid, ...children.filter(Boolean)]
  execFileSync('kill', ['-STOP', ...frozen])
  return () => execFileSync('kill', ['-CONT', ...frozen])
}
