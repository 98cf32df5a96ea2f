import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { allDelegationsOf, dayIn, periodOf, type Period } from '../delegations'
import type { ResolvedOptions } from '../types'

type Props = {
  payload: Payload
  user?: TypedUser | null
  i18n: { language: string }
  delegationOptions: ResolvedOptions
}

type Labelled = string | Record<string, string> | undefined

const text = (value: Labelled, language: string, fallback = ''): string =>
  typeof value === 'string' ? value : (value?.[language] ?? value?.fr ?? fallback)

const words = {
  fr: {
    title: 'Vos fonctions pilotées',
    intro:
      'Votre organisation pilote ces fonctions du Pôle : vous pouvez y créer, modifier et publier les contenus couverts.',
    function: 'Fonction',
    role: 'Rôle',
    from: 'Du',
    to: 'Au',
    covers: 'Contenus couverts',
    state: 'État',
    noEnd: 'sans fin',
    roles: { pilot: 'Pilote', 'co-pilot': 'Co-pilote' } as Record<string, string>,
    periods: { current: 'En cours', future: 'À venir', ended: 'Terminée' } satisfies Record<
      Period,
      string
    >,
  },
  en: {
    title: 'The functions you pilot',
    intro:
      'Your organisation pilots these functions of the Pôle: you may create, edit and publish the content they cover.',
    function: 'Function',
    role: 'Role',
    from: 'From',
    to: 'To',
    covers: 'Content covered',
    state: 'State',
    noEnd: 'no end',
    roles: { pilot: 'Pilot', 'co-pilot': 'Co-pilot' } as Record<string, string>,
    periods: { current: 'Current', future: 'Upcoming', ended: 'Ended' } satisfies Record<
      Period,
      string
    >,
  },
}

/** On the dashboard of a pilot: what its organisation was delegated, when, and over what. */
export const MyDelegations = async ({ payload, user, i18n, delegationOptions: options }: Props) => {
  if (!user) return null
  const delegations = await allDelegationsOf(payload, options.organisationOf(user), options)
  if (!delegations.length) return null

  const language = i18n.language === 'en' ? 'en' : 'fr'
  const t = words[language]
  const { docs: functions } = await payload.find({
    collection: options.functions,
    where: { id: { in: delegations.map((d) => d.function) } },
    depth: 0,
    pagination: false,
    locale: language,
  })
  const titleOf = (id: unknown) =>
    String((functions.find((f) => f.id === id) as { title?: string } | undefined)?.title ?? id)
  const delegable = payload.config.collections.filter((c) => options.collections[c.slug])
  const order: Period[] = ['current', 'future', 'ended']
  const rows = delegations
    .map((d) => ({ ...d, period: periodOf(options.timeZone, d) }))
    .sort((a, b) => order.indexOf(a.period) - order.indexOf(b.period))
  const day = (value: string) =>
    new Date(`${dayIn(options.timeZone, value)}T12:00:00Z`).toLocaleDateString(`${language}-FR`)

  return (
    <section className="my-delegations" style={{ marginBottom: 'var(--base)' }}>
      <h2>{t.title}</h2>
      <p>{t.intro}</p>
      <div className="table">
        <table>
          <thead>
            <tr>
              <th>{t.function}</th>
              <th>{t.role}</th>
              <th>{t.from}</th>
              <th>{t.to}</th>
              <th>{t.covers}</th>
              <th>{t.state}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.row} data-period={d.period}>
                <td>{titleOf(d.function)}</td>
                <td>{t.roles[d.role] ?? d.role}</td>
                <td>{day(d.startsOn)}</td>
                <td>{d.endsOn ? day(d.endsOn) : t.noEnd}</td>
                <td>
                  {delegable
                    .filter((c) => d.collections.length === 0 || d.collections.includes(c.slug))
                    .map((c, i) => (
                      <React.Fragment key={c.slug}>
                        {i > 0 && ', '}
                        <a
                          href={`${payload.config.routes.admin}/collections/${c.slug}?where[${options.functionField}][equals]=${d.function}`}
                        >
                          {text(c.labels?.plural as Labelled, language, c.slug)}
                        </a>
                      </React.Fragment>
                    ))}
                </td>
                <td>{t.periods[d.period]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
