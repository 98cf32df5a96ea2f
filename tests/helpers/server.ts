import { spawn } from 'node:child_process'

import getPort from 'get-port'

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
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
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
// Node 20 runs tsx's loader hooks on a thread of their own, which now and then stops answering
// while the server imports its modules (src/register.mjs): the process then waits for ever. A start
// that has printed nothing for a while and not imported its configuration is killed with its
// process group and tried again.
const IMPORT_STALL_MS = 30_000
const ATTEMPTS = 6
const configImported = (output: string) => output.includes('configuration loaded')

const startOnce = async (env: Env, timeoutMs: number): Promise<TestServer | 'stalled'> => {
  const port = env.PORT ? Number(env.PORT) : await getPort()
  const { child, exited, running, killGroup, output } = spawnServer({ PORT: String(port), ...env })
  const url = `http://127.0.0.1:${port}`
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (running()) child.kill(signal)
    return exited
  }

  const begun = Date.now()
  let lastOutput = { length: 0, at: begun }
  while (running() && Date.now() - begun < timeoutMs) {
    if (output().length !== lastOutput.length) lastOutput = { length: output().length, at: Date.now() }
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    )
    if (ready) return { url, port, output, stop }
    if (Date.now() - lastOutput.at > IMPORT_STALL_MS && !configImported(output())) {
      killGroup()
      await exited
      return 'stalled'
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  killGroup()
  await exited
  throw new Error(`server did not become ready:\n${output()}`)
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
  for (let attempt = 1; ; attempt++) {
    const started = await startOnce({ SERVE_ADMIN: String(admin), ...env }, timeoutMs)
    if (started !== 'stalled') return started
    if (attempt === ATTEMPTS) throw new Error(`the server stalled while importing its modules, ${ATTEMPTS} times`)
    console.warn(`the server stalled while importing its modules (attempt ${attempt}), starting it again`)
  }
}

/** Starts the server expecting it to refuse; resolves with its exit code and output. */
export const failedStart = async (env: Env, timeoutMs = 60_000) => {
  for (let attempt = 1; ; attempt++) {
    const { exited, running, killGroup, output } = spawnServer(env)
    const begun = Date.now()
    let lastOutput = { length: 0, at: begun }
    let stalled = false
    while (running() && Date.now() - begun < timeoutMs) {
      if (output().length !== lastOutput.length) lastOutput = { length: output().length, at: Date.now() }
      stalled = Date.now() - lastOutput.at > IMPORT_STALL_MS && !configImported(output())
      if (stalled) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    if (running()) killGroup()
    const code = await exited
    if (!stalled || attempt === ATTEMPTS) return { code, output: output() }
  }
}
