import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

import { tableOf } from '../../db/query'

// One key for the whole queue: a process runs it only while holding this PostgreSQL lock.
const LOCK = "hashtext('pole-metiers:jobs-runner')"

export type JobsRunner = { stop: () => Promise<void> }

/**
 * Runs `work` holding the queue's lock, on the connection that holds it; resolves false, without
 * running it, when another run holds the lock (in this process or another).
 */
export const holdingQueueLock = async (
  payload: Payload,
  work: (client: PoolClient) => Promise<void>,
): Promise<boolean> => {
  const client = await payload.db.pool.connect()
  let failure: Error | undefined
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      `SELECT pg_try_advisory_lock(${LOCK}) AS locked`,
    )
    if (!rows[0]?.locked) return false
    try {
      await work(client)
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${LOCK})`)
    }
    return true
  } catch (error) {
    failure = error as Error
    throw error
  } finally {
    // A connection that failed is closed, not handed back holding the lock.
    client.release(failure)
  }
}

/**
 * Runs Payload's jobs queue (scheduled tasks queued, then due jobs run) every `everySeconds` in
 * this process: emails, notifications and planned publications (Payload's `schedulePublish`
 * jobs wait on the default queue until their time). Payload claims a job by reading then updating it, so two processes running the
 * queue at once may both run one job (the same email sent twice): each run holds a PostgreSQL
 * advisory lock, and a process that finds it taken skips its turn. Payload's own `autoRun` would
 * also start in any process that handles a REST request (the tests' included); this runs only
 * where the host starts it.
 */
export const startJobsRunner = (
  payload: Payload,
  {
    everySeconds,
    limit = 10,
    staleAfterSeconds = 600,
  }: {
    everySeconds: number
    limit?: number
    /**
     * A job still marked processing this long after its last change was left by another process
     * that stopped mid-run: it is run again. Longer than any task takes. (What this process's own
     * runs left, when the database went away under them, is run again at its next run.)
     * @default 600
     */
    staleAfterSeconds?: number
  },
): JobsRunner => {
  let running: Promise<unknown> | undefined
  let stopped = false
  // This process's last run that held the lock, from its start to its end (this clock, the one
  // Payload stamps jobs with): what it claimed and left marked processing (the database went away
  // under it) is run by no one.
  let lastRun: { from: Date; to?: Date } | undefined

  const run = () =>
    holdingQueueLock(payload, async (client) => {
      const previous = lastRun
      lastRun = { from: new Date() }
      // Holding the lock, this is the only runner: a job still marked processing was claimed by
      // this process's previous run, which has ended, or by a process that stopped (long ago).
      await client.query(
        `UPDATE "${tableOf(payload, 'payload-jobs')}" SET processing = false
         WHERE processing AND (updated_at < now() - make_interval(secs => $1)
                               OR updated_at BETWEEN $2 AND $3)`,
        [staleAfterSeconds, previous?.from ?? null, previous?.to ?? null],
      )
      await payload.jobs.handleSchedules({ queue: 'default' })
      await payload.jobs.run({ queue: 'default', limit })
    })

  const timer = setInterval(() => {
    if (running || stopped) return
    running = run()
      .catch((err: unknown) => payload.logger.warn({ err }, 'the jobs queue could not run'))
      .finally(() => {
        if (lastRun && !lastRun.to) lastRun.to = new Date()
        running = undefined
      })
  }, everySeconds * 1000)
  timer.unref()

  return {
    stop: async () => {
      stopped = true
      clearInterval(timer)
      await running
    },
  }
}
