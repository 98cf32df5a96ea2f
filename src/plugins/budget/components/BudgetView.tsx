import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { translator } from '../../../utilities/translator'
import { formatEuros } from '../format'
import { optionLabel } from '../labels'
import { viewQuery } from '../query'
import { readSummary, readYears } from '../report'
import { balanceOf, type Figures, type Summary } from '../summary'
import type { BudgetTranslationKey } from '../translations'
import type { BudgetViewOptions } from '../types'

type Props = AdminViewServerProps & { budget: BudgetViewOptions }
type T = (key: BudgetTranslationKey, vars?: Record<string, unknown>) => string
type Row = Figures & { key: string; label: string }

/** The year shown when none is asked: this year if it has lines, else the latest before it. */
const likeliestYear = (years: number[], today = new Date().getFullYear()) =>
  years.find((y) => y <= today) ?? years[0] ?? today

const colours = {
  expense: 'var(--theme-error-500)',
  income: 'var(--theme-success-500)',
  track: 'var(--theme-elevation-100)',
}

/** A bar of `value` out of `max`, planned solid and actual as a thinner bar beneath. */
const Bar = ({ planned, actual, max, colour }: Figures & { max: number; colour: string }) => (
  <div aria-hidden style={{ display: 'grid', gap: 2, minWidth: 120 }}>
    <div style={{ background: colours.track, height: 14, borderRadius: 3 }}>
      <div
        style={{
          width: `${max ? (100 * planned) / max : 0}%`,
          height: '100%',
          background: colour,
          borderRadius: 3,
        }}
      />
    </div>
    {actual !== null && (
      <div style={{ background: colours.track, height: 5, borderRadius: 2 }}>
        <div
          style={{
            width: `${max ? Math.min(100, (100 * actual) / max) : 0}%`,
            height: '100%',
            background: 'var(--theme-elevation-800)',
            borderRadius: 2,
          }}
        />
      </div>
    )}
  </div>
)

const cell: React.CSSProperties = { textAlign: 'right', whiteSpace: 'nowrap' }

/** One section of the summary as a table: each item's planned bar, planned, actual, variance. */
const Section = ({
  title,
  rows,
  colourOf,
  t,
  euros,
  headers,
}: {
  title: string
  rows: Array<Row & { direction?: 'expense' | 'income'; directionLabel?: string }>
  colourOf: (row: { direction?: 'expense' | 'income' }) => string
  t: T
  euros: (value: number | null) => string
  headers: { item: string; planned: string; actual: string; variance: string; direction: string }
}) => {
  const max = Math.max(0, ...rows.map((r) => Math.max(r.planned, r.actual ?? 0)))
  // Expenses then income, each largest first: what weighs most is read first.
  const sorted = [...rows].sort(
    (a, b) =>
      Number(a.direction === 'income') - Number(b.direction === 'income') || b.planned - a.planned,
  )
  const hasDirection = rows.some((r) => r.directionLabel)
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 1.5)' }} data-section={title}>
      <h3>{title}</h3>
      <div className="table">
        <table>
          <thead>
            <tr>
              {hasDirection && <th>{headers.direction}</th>}
              <th>{headers.item}</th>
              <th style={{ width: '30%' }} aria-hidden />
              <th style={cell}>{headers.planned}</th>
              <th style={cell}>{headers.actual}</th>
              <th style={cell}>{headers.variance}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={hasDirection ? 6 : 5}>{t('budget:none')}</td>
              </tr>
            )}
            {sorted.map((row) => (
              <tr key={`${row.direction ?? ''}/${row.key}`}>
                {hasDirection && <td>{row.directionLabel}</td>}
                <td>{row.label}</td>
                <td>
                  <Bar {...row} max={max} colour={colourOf(row)} />
                </td>
                <td style={cell}>{euros(row.planned)}</td>
                <td style={cell}>{euros(row.actual)}</td>
                <td style={cell}>{euros(row.variance)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

/** The headline: whether planned income equals planned expenses, by how much not, and the cash part. */
const Balance = ({
  summary,
  t,
  euros,
}: {
  summary: Summary
  t: T
  euros: (v: number) => string
}) => {
  const all = balanceOf(summary, 'all')
  const cash = balanceOf(summary, 'cash')
  const gapText = (gap: number, keys: [BudgetTranslationKey, BudgetTranslationKey]) =>
    t(gap > 0 ? keys[0] : keys[1], { amount: euros(Math.abs(gap)) })
  const ok = summary.balanced.all
  return (
    <div
      role="status"
      data-balanced={ok}
      style={{
        borderLeft: `6px solid ${ok ? colours.income : colours.expense}`,
        background: 'var(--theme-elevation-50)',
        padding: 'calc(var(--base) / 2) var(--base)',
        marginBottom: 'var(--base)',
      }}
    >
      <strong style={{ fontSize: '1.25rem' }}>
        {t(ok ? 'budget:balanced' : 'budget:unbalanced')}
      </strong>
      <p style={{ margin: '0.25rem 0 0' }}>
        {ok
          ? t('budget:balancedDetail', {
              amount: euros(summary.totals.expense.all!.planned),
            })
          : gapText(all.planned, ['budget:surplus', 'budget:deficit'])}{' '}
        {summary.balanced.cash
          ? t('budget:cashBalanced', { amount: euros(summary.totals.expense.cash!.planned) })
          : gapText(cash.planned, ['budget:cashSurplus', 'budget:cashDeficit'])}
      </p>
      {all.actual !== null && (
        <p style={{ margin: '0.25rem 0 0' }}>
          {t('budget:actualBalance', { amount: euros(all.actual) })}
        </p>
      )}
    </div>
  )
}

/** The two sides at a glance: expenses and income, each cash then in kind, planned and actual. */
const Chart = ({
  summary,
  t,
  euros,
  label,
}: {
  summary: Summary
  t: T
  euros: (v: number) => string
  label: (field: string, value: string) => string
}) => {
  const sides = (['expense', 'income'] as const).map((direction) => ({
    direction,
    cash: summary.totals[direction].cash!,
    inKind: summary.totals[direction]['in-kind']!,
    all: summary.totals[direction].all!,
  }))
  const max = Math.max(1, ...sides.map((s) => Math.max(s.all.planned, s.all.actual ?? 0)))
  const width = (value: number) => `${(100 * value) / max}%`
  return (
    <figure style={{ margin: '0 0 calc(var(--base) * 1.5)' }} aria-label={t('budget:chart')}>
      <figcaption>
        <h3>{t('budget:chart')}</h3>
      </figcaption>
      {sides.map((side) => (
        <div
          key={side.direction}
          data-direction={side.direction}
          style={{
            display: 'grid',
            gridTemplateColumns: '8rem 1fr 9rem',
            alignItems: 'center',
            gap: 'calc(var(--base) / 2)',
            marginBottom: 'calc(var(--base) / 2)',
          }}
        >
          <strong>{label('direction', side.direction)}</strong>
          <div style={{ display: 'grid', gap: 3 }}>
            <div
              style={{ display: 'flex', height: 28, background: colours.track, borderRadius: 4 }}
            >
              <div
                title={`${label('kind', 'cash')} : ${euros(side.cash.planned)}`}
                style={{
                  width: width(side.cash.planned),
                  background: colours[side.direction],
                  borderRadius: '4px 0 0 4px',
                }}
              />
              <div
                title={`${label('kind', 'in-kind')} : ${euros(side.inKind.planned)}`}
                style={{
                  width: width(side.inKind.planned),
                  background: `repeating-linear-gradient(45deg, ${colours[side.direction]} 0 4px, transparent 4px 8px)`,
                }}
              />
            </div>
            {side.all.actual !== null && (
              <div style={{ height: 8, background: colours.track, borderRadius: 2 }}>
                <div
                  style={{
                    width: width(Math.min(side.all.actual, max)),
                    height: '100%',
                    background: 'var(--theme-elevation-800)',
                    borderRadius: 2,
                  }}
                />
              </div>
            )}
          </div>
          <span style={cell}>
            {euros(side.all.planned)}
            {side.all.actual !== null && (
              <>
                <br />
                <small>
                  {t('budget:chartLegendActual')} {euros(side.all.actual)}
                </small>
              </>
            )}
          </span>
        </div>
      ))}
      <p style={{ margin: 0, color: 'var(--theme-elevation-600)' }}>
        <small>
          ■ {label('kind', 'cash')} · ▨ {label('kind', 'in-kind')} ·{' '}
          {t('budget:chartLegendPlanned')} ({t('budget:chartLegendActual')} : ▬)
        </small>
      </p>
    </figure>
  )
}

/**
 * `/admin/budget`: the coordination's view of a year's budget, from the same summary as the REST
 * report (read with the viewer's own access), with its CSV downloads. Pilots are refused it: a
 * function's part of the budget has no balance of its own, and their list shows their lines.
 */
export const BudgetView = async ({ initPageResult, params, searchParams, budget }: Props) => {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { config } = req.payload
  const adminRoute = config.routes.admin
  if (!req.user)
    redirect(
      `${formatAdminURL({ adminRoute, path: '/login' })}?redirect=${encodeURIComponent(formatAdminURL({ adminRoute, path: budget.path }))}`,
    )
  const t = translator<BudgetTranslationKey>(req.i18n.t) as T
  const language = req.i18n.language === 'en' ? 'en' : 'fr'
  const euros = (value: number | null) =>
    value === null ? t('budget:none') : formatEuros(value, language)
  const listURL = formatAdminURL({ adminRoute, path: `/collections/${budget.collection}` })

  const page = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: t('budget:view') }]} />
      <Gutter>
        <h1 style={{ marginBottom: 'calc(var(--base) / 2)' }}>{t('budget:view')}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )

  if (!budget.canView({ req }))
    return page(
      <div data-refused>
        <p>{t('budget:viewRefused')}</p>
        <p>
          <a href={listURL}>{t('budget:viewOwnLines')}</a>
        </p>
      </div>,
    )

  const years = await readYears(req, budget.collection)
  const parsed = viewQuery(budget.years)[language].safeParse(req.query)
  const year = (parsed.success && parsed.data.year) || likeliestYear(years)
  const summary = await readSummary(req, budget.collection, year)

  const fields = req.payload.collections[budget.collection].config.flattenedFields
  const label = optionLabel(fields, req.i18n)
  const directionLabel = (d: 'expense' | 'income') => label('direction', d)
  const name = (ref: { id: unknown; name?: string; title?: string } | null, none: string) =>
    ref ? (ref.name ?? ref.title ?? String(ref.id)) : none
  const colourOf = (row: { direction?: 'expense' | 'income' }) => colours[row.direction ?? 'income']
  const headers = {
    direction: t('budget:direction'),
    item: t('budget:key'),
    planned: t('budget:planned'),
    actual: t('budget:actual'),
    variance: t('budget:variance'),
  }
  const api = (format: 'csv' | 'csv-fr') =>
    `${formatAdminURL({ apiRoute: config.routes.api, path: `/${budget.collection}/summary` })}?year=${year}&format=${format}`
  const section = (
    title: BudgetTranslationKey,
    rows: React.ComponentProps<typeof Section>['rows'],
  ) => (
    <Section
      title={t(title)}
      rows={rows}
      colourOf={colourOf}
      t={t}
      euros={euros}
      headers={headers}
    />
  )

  return page(
    <>
      <p>{t('budget:viewIntro')}</p>
      <nav
        aria-label={t('budget:viewYears')}
        style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}
      >
        <span>{t('budget:viewYears')} :</span>
        {(years.includes(year) ? years : [year, ...years])
          .sort((a, b) => a - b)
          .map((y) => (
            <a
              key={y}
              href={`${formatAdminURL({ adminRoute, path: budget.path })}?year=${y}`}
              aria-current={y === year ? 'page' : undefined}
              className={`btn btn--size-small ${y === year ? 'btn--style-primary' : 'btn--style-secondary'}`}
              style={{ margin: 0 }}
            >
              {y}
            </a>
          ))}
      </nav>
      {!parsed.success && (
        <p role="alert">
          {t('budget:viewBadYear', { message: `year : ${parsed.error.issues[0]!.message}` })}
        </p>
      )}
      <h2 style={{ margin: 'var(--base) 0 calc(var(--base) / 2)' }}>
        {year} · {t('budget:viewLines', { count: summary.lines })}
      </h2>
      <p style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <a href={api('csv-fr')} download data-format="csv-fr">
          ⬇ {t('budget:download-csv-fr')}
        </a>
        <a href={api('csv')} download data-format="csv">
          ⬇ {t('budget:download-csv')}
        </a>
        <a href={`${listURL}?where[year][equals]=${year}`}>
          {t('budget:viewLinesOfYear', { year })}
        </a>
      </p>
      {summary.lines === 0 ? (
        <p>{t('budget:viewNoLines', { year })}</p>
      ) : (
        <>
          <Balance summary={summary} t={t} euros={euros} />
          <Chart summary={summary} t={t} euros={euros} label={label} />
          {section(
            'budget:by-kind',
            summary.byKind.map((r) => ({
              ...r,
              key: r.kind,
              label: label('kind', r.kind),
              directionLabel: directionLabel(r.direction),
            })),
          )}
          {section(
            'budget:by-category',
            summary.byCategory.map((r) => ({
              ...r,
              key: r.category,
              label: label('category', r.category),
              directionLabel: directionLabel(r.direction),
            })),
          )}
          {section(
            'budget:by-funder',
            summary.byFunder.map((r) => ({
              ...r,
              direction: 'income' as const,
              key: String(r.funder?.id ?? ''),
              label: name(r.funder, t('budget:noFunder')),
            })),
          )}
          {section(
            'budget:by-function',
            summary.byFunction.map((r) => ({
              ...r,
              key: String(r.function?.id ?? ''),
              label: name(r.function, t('budget:noFunction')),
              directionLabel: directionLabel(r.direction),
            })),
          )}
        </>
      )}
    </>,
  )
}
