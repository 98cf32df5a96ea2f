import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionAfterChangeHook,
  type Payload,
  type TaskConfig,
} from 'payload'

import { idOf } from '../../utilities/idOf'
import { personOf } from '../../utilities/personOf'
import { dayIn } from '../delegation/delegations'
import { queueEmail } from '../email'
import { firstTime } from './log'
import { longDay, messageTo, say, type Recipient } from './messages'
import { organisationName, recipients } from './people'
import type { ResolvedOptions } from './types'

/** The task that announces delegations starting, ending soon and ended. */
export const ANNOUNCE_DELEGATIONS = 'announce-delegations'

export type DelegationEvent = { kind: 'started' | 'ending' | 'ended'; day: string }

type Row = {
  id?: string | null
  organisation?: unknown
  role?: string | null
  startsOn?: string | null
  endsOn?: string | null
}

const DAY_MS = 24 * 60 * 60 * 1000
/** Days from `a` to `b`, both YYYY-MM-DD. */
const daysFrom = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS)

/**
 * What is to be said of a delegation on `today` (days, YYYY-MM-DD): it started (within the
 * notice, so that old delegations are not announced when this first runs), it ends within the
 * notice, or it ended within the notice. Once said, the log keeps each from being said again.
 */
export const eventsOf = (
  start: string,
  end: string | undefined,
  today: string,
  noticeDays: number,
): DelegationEvent[] => {
  if (start > today) return []
  if (end && end < today)
    return daysFrom(end, today) <= noticeDays ? [{ kind: 'ended', day: end }] : []
  return [
    ...(daysFrom(start, today) <= noticeDays ? [{ kind: 'started' as const, day: start }] : []),
    ...(end && daysFrom(today, end) <= noticeDays ? [{ kind: 'ending' as const, day: end }] : []),
  ]
}

const messageOf = (
  recipient: Recipient,
  event: DelegationEvent,
  facts: {
    function: Record<'fr' | 'en', string>
    organisation: string
    role: string
    end?: string
  },
  options: ResolvedOptions,
) => {
  const { language } = recipient
  const t = say(language)
  const vars = {
    function: facts.function[language],
    organisation: facts.organisation,
    role: t(facts.role === 'co-pilot' ? 'notifications:role-co-pilot' : 'notifications:role-pilot'),
    start: longDay(event.day, language),
    end: facts.end ? longDay(facts.end, language) : '',
  }
  const parts =
    event.kind === 'started'
      ? [
          t('notifications:started', {
            ...vars,
            until: facts.end ? t('notifications:until', vars) : '',
          }),
          { link: `${options.serverUrl}/admin` },
        ]
      : [t(`notifications:${event.kind}`, vars)]
  return messageTo(
    recipient,
    t(`notifications:${event.kind}Subject`, vars),
    parts,
    `${options.serverUrl}/admin/account`,
  )
}

/** Says each event once to the organisation's users, in one transaction with its record. */
const announce = async (
  payload: Payload,
  options: ResolvedOptions,
  key: string,
  tell: () => Promise<Array<ReturnType<typeof messageOf>>>,
) => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    if (await firstTime(req, key))
      for (const message of await tell()) await queueEmail(payload, message, req)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Every pilot row of every function, checked against today. */
export const announceDelegations = async (
  payload: Payload,
  options: ResolvedOptions,
  now = new Date(),
) => {
  const today = dayIn(options.timeZone, now)
  const { docs } = await payload.find({
    collection: options.functions,
    depth: 0,
    pagination: false,
    locale: 'all',
    overrideAccess: true,
  })
  for (const fn of docs as Array<{ id: unknown; title?: unknown; pilots?: Row[] | null }>) {
    const titles = (fn.title ?? {}) as Partial<Record<'fr' | 'en', string>>
    const title = { fr: titles.fr ?? titles.en ?? '', en: titles.en ?? titles.fr ?? '' }
    for (const row of fn.pilots ?? []) {
      if (!row.id || !row.startsOn || idOf(row.organisation) === undefined) continue
      const start = dayIn(options.timeZone, row.startsOn)
      const end = row.endsOn ? dayIn(options.timeZone, row.endsOn) : undefined
      for (const event of eventsOf(start, end, today, options.noticeDays)) {
        await announce(
          payload,
          options,
          `delegation:${row.id}:${event.kind}:${event.day}`,
          async () => {
            const organisation =
              (await organisationName(payload, options, row.organisation)) ??
              String(idOf(row.organisation))
            const told = await recipients(payload, options, {
              organisation: { equals: idOf(row.organisation) },
            })
            const facts = { function: title, organisation, role: row.role ?? 'pilot', end }
            return told.map((recipient) => messageOf(recipient, event, facts, options))
          },
        )
      }
    }
  }
}

/**
 * A delegation a person adds or moves is announced now, not at the next daily check (the seed
 * and migrations, which write functions without a person, leave it to that check).
 */
export const announceChangedDelegations =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const changed = JSON.stringify(doc.pilots ?? []) !== JSON.stringify(previousDoc?.pilots ?? [])
    if (changed && personOf(req, options.users))
      await req.payload.jobs.queue({ task: ANNOUNCE_DELEGATIONS, input: {}, req })
    return doc
  }

export const announceDelegationsTask = (
  options: ResolvedOptions,
): TaskConfig<typeof ANNOUNCE_DELEGATIONS> => ({
  slug: ANNOUNCE_DELEGATIONS,
  schedule: [{ cron: options.delegationsCron, queue: 'default' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ req }) => {
    await announceDelegations(req.payload, options)
    return { output: {} }
  },
})
