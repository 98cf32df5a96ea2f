import { getTranslation, type I18nClient, type TFunction } from '@payloadcms/translations'
import type { Payload, PayloadRequest, TypedUser, Where } from 'payload'
import React from 'react'

import { formatWhen } from '../../../components/dates/format'
import { summarise, type Line } from '../../budget/summary'
import { dayIn, periodOf } from '../../delegation/delegations'
import { translator } from '../../../utilities/translator'
import type { ResolvedDashboardOptions } from '../index'
import type { DashboardTranslationKey } from '../translations'

type Props = {
  payload: Payload
  user?: TypedUser | null
  i18n: I18nClient
  dashboardOptions: ResolvedDashboardOptions
}

type Named = { id: number | string; title?: string; name?: string; displayName?: string }
type PilotRow = {
  id?: string
  organisation?: Named | number | null
  role?: string
  startsOn: string
  endsOn?: string | null
}
type Doc = Record<string, unknown> & { id: number | string }

const nameOf = (value: unknown) =>
  value && typeof value === 'object'
    ? String((value as Named).displayName ?? (value as Named).name ?? (value as Named).title ?? '')
    : ''

const DAY = 24 * 60 * 60 * 1000

const card: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m)',
  padding: 'calc(var(--base) * 0.75)',
  background: 'var(--theme-elevation-0)',
}

/**
 * A panel of the overview: its title (`dashboard:<name>`), its content or, when empty, what
 * `dashboard:<name>None` says, and a link to its list.
 */
const Panel = ({
  t,
  name,
  only = {},
  empty,
  href,
  children,
}: {
  t: TFunction<DashboardTranslationKey>
  name: 'delegations' | 'milestones' | 'upcoming' | 'budget' | 'changes'
  /** What the panel shows only (`{ year }`): named in its title, and filtering the list it links to. */
  only?: Record<string, string | number>
  empty: boolean
  href: string
  children: React.ReactNode
}) => {
  const query = Object.entries(only)
    .map(([field, value]) => `where[${field}][equals]=${encodeURIComponent(value)}`)
    .join('&')
  return (
    <article style={card} data-panel={name}>
      <h3>{t(`dashboard:${name}`, only)}</h3>
      {empty ? <p>{t(`dashboard:${name}None`)}</p> : children}
      <p style={{ marginBottom: 0 }}>
        <a href={query ? `${href}?${query}` : href}>{t('dashboard:seeAll')} →</a>
      </p>
    </article>
  )
}

/** Where the programme stands, for the coordination: each panel links to its list. */
export const ProgrammeOverview = async ({ payload, user, i18n, dashboardOptions: o }: Props) => {
  if (!user || !o.isCoordinator({ req: { user, payload } as unknown as PayloadRequest }))
    return null
  const t = translator<DashboardTranslationKey>(i18n.t)
  const language = i18n.language === 'en' ? 'en' : 'fr'
  const admin = payload.config.routes.admin
  const list = (slug: string, query = '') => `${admin}/collections/${slug}${query}`
  // With the reader's own access: the dashboard never shows what its reader may not read.
  const find = async (args: Omit<Parameters<Payload['find']>[0], 'overrideAccess' | 'user'>) =>
    (await payload.find({ ...args, overrideAccess: false, user, locale: language }))
      .docs as unknown as Doc[]
  const now = new Date()
  const today = dayIn(o.timeZone, now)
  const day = (value: string) => formatWhen(`${dayIn(o.timeZone, value)}T12:00:00Z`, true, language)
  const money = (euros: number) =>
    new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }).format(euros)
  const labelOf = (slug: string) => {
    const collection = payload.config.collections.find((c) => c.slug === slug)
    return collection ? getTranslation(collection.labels.singular, i18n) : slug
  }

  // Delegations: every current pilot row, those ending soon first.
  const functions = await find({ collection: o.functions, depth: 1, pagination: false })
  const soon = new Date(now.getTime() + o.endingWithinDays * DAY)
  const delegations = (functions as Array<Doc & { pilots?: PilotRow[] }>)
    .flatMap((fn) =>
      (fn.pilots ?? [])
        .filter((row) => periodOf(o.timeZone, row, now) === 'current')
        .map((row) => ({
          fn,
          row,
          endingSoon: Boolean(
            row.endsOn && dayIn(o.timeZone, row.endsOn) <= dayIn(o.timeZone, soon),
          ),
        })),
    )
    .sort((a, b) => Number(b.endingSoon) - Number(a.endingSoon))

  // Milestones: this semester's, or the latest semester that has some.
  const semester = `${today.slice(0, 4)}-S${Number(today.slice(5, 7)) <= 6 ? 1 : 2}`
  const latest = await find({
    collection: o.milestones,
    where: { period: { less_than_equal: semester } },
    sort: '-period',
    limit: 1,
    depth: 0,
  })
  const period = String(latest[0]?.period ?? semester)
  const milestones = await find({
    collection: o.milestones,
    where: { period: { equals: period } },
    pagination: false,
    depth: 0,
  })
  const byStatus = (wanted: (status: string) => boolean) =>
    milestones.filter((m) => wanted(String(m.status)))

  // Upcoming: the next events and training sessions; an all-day one (kept at noon UTC of its
  // day) until its day is over in Paris, a timed one until it starts.
  const todayNoon = `${today}T12:00:00.000Z`
  const since = now.toISOString() < todayNoon ? now.toISOString() : todayNoon
  const ahead = (when: Record<string, unknown>) =>
    when.allDay
      ? String(when.startsAt).slice(0, 10) >= today
      : new Date(String(when.startsAt)) >= now
  const upcoming = (
    await Promise.all(
      o.dated.map(async (slug) => {
        const field = slug === 'trainings' ? 'sessions.startsAt' : 'startsAt'
        const where: Where = { [field]: { greater_than_equal: since } }
        const docs = await find({
          collection: slug,
          where,
          sort: field,
          limit: 5,
          depth: 0,
        })
        return docs.flatMap((doc) =>
          (slug === 'trainings' ? ((doc.sessions as Array<Record<string, unknown>>) ?? []) : [doc])
            .filter(ahead)
            .map((when) => ({
              slug,
              doc,
              startsAt: String(when.startsAt),
              allDay: Boolean(when.allDay),
            })),
        )
      }),
    )
  )
    .flat()
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .slice(0, 6)

  // Budget: this year's, or the latest year that has lines.
  const lastYear = await find({
    collection: o.budget,
    where: { year: { less_than_equal: now.getFullYear() } },
    sort: '-year',
    limit: 1,
    depth: 0,
  })
  const year = Number(lastYear[0]?.year ?? now.getFullYear())
  const lines = await find({
    collection: o.budget,
    where: { year: { equals: year } },
    pagination: false,
    depth: 0,
  })
  const budget = summarise(year, lines as unknown as Line[])
  const income = budget.totals.income.all?.planned ?? 0
  const expense = budget.totals.expense.all?.planned ?? 0

  // The pilots' latest changes, from the audit log.
  const changes = await find({
    collection: o.auditLog,
    // Writes a delegation allowed: the coordination's own (and the system's) are not news to it.
    where: { 'delegation.function': { exists: true } },
    sort: '-createdAt',
    limit: 6,
    depth: 1,
  })

  return (
    <section className="programme-overview" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2>{t('dashboard:title')}</h2>
      <div
        style={{
          display: 'grid',
          gap: 'var(--base)',
          gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))',
        }}
      >
        <Panel t={t} name="delegations" empty={delegations.length === 0} href={list(o.functions)}>
          <ul>
            {delegations.map(({ fn, row, endingSoon }) => (
              <li key={`${fn.id}-${row.id}`} data-ending-soon={endingSoon || undefined}>
                <a href={list(o.functions, `/${fn.id}`)}>{String(fn.title)}</a> —{' '}
                {nameOf(row.organisation)} —{' '}
                {row.endsOn ? (
                  endingSoon ? (
                    <strong>{t('dashboard:endingSoon', { day: day(row.endsOn) })}</strong>
                  ) : (
                    t('dashboard:endingSoon', { day: day(row.endsOn) })
                  )
                ) : (
                  t('dashboard:noEnd')
                )}
              </li>
            ))}
          </ul>
        </Panel>

        <Panel
          t={t}
          name="milestones"
          only={{ period }}
          empty={milestones.length === 0}
          href={list(o.milestones)}
        >
          <dl>
            <dt>
              {t('dashboard:late')} ({byStatus((s) => s === 'late').length})
            </dt>
            {byStatus((s) => s === 'late').map((m) => (
              <dd key={m.id}>
                <a href={list(o.milestones, `/${m.id}`)}>{String(m.title)}</a>
              </dd>
            ))}
            <dt>
              {t('dashboard:done')} ({byStatus((s) => s === 'done').length})
            </dt>
            <dt>
              {t('dashboard:open')} ({byStatus((s) => s !== 'done' && s !== 'late').length})
            </dt>
          </dl>
        </Panel>

        <Panel t={t} name="upcoming" empty={upcoming.length === 0} href={list(o.dated[0]!)}>
          <ul>
            {upcoming.map((u) => (
              <li key={`${u.slug}-${u.doc.id}-${u.startsAt}`}>
                {formatWhen(u.startsAt, u.allDay, language)} —{' '}
                <a href={list(u.slug, `/${u.doc.id}`)}>{String(u.doc.title)}</a>
                {u.slug === 'trainings' && ` (${t('dashboard:session')})`}
              </li>
            ))}
          </ul>
        </Panel>

        <Panel t={t} name="budget" only={{ year }} empty={budget.lines === 0} href={list(o.budget)}>
          <>
            <p>
              {t('dashboard:income', { amount: money(income) })}
              <br />
              {t('dashboard:expense', { amount: money(expense) })}
            </p>
            <p data-balanced={budget.balanced.all}>
              {budget.balanced.all
                ? t('dashboard:balanced')
                : t('dashboard:unbalanced', { amount: money(Math.abs(income - expense)) })}
            </p>
          </>
        </Panel>

        <Panel t={t} name="changes" empty={changes.length === 0} href={list(o.auditLog)}>
          <ul>
            {changes.map((c) => (
              <li key={c.id}>
                {formatWhen(String(c.createdAt), false, language)} — {nameOf(c.organisation)}{' '}
                {t(`dashboard:action-${c.action as 'create' | 'update' | 'delete'}`)}{' '}
                {labelOf(String(c.collection))}{' '}
                {c.action === 'delete' ? (
                  `« ${String(c.documentTitle ?? c.document)} »`
                ) : (
                  <a href={list(String(c.collection), `/${String(c.document)}`)}>
                    « {String(c.documentTitle ?? c.document)} »
                  </a>
                )}
              </li>
            ))}
          </ul>
        </Panel>
      </div>
    </section>
  )
}
