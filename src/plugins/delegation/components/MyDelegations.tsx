import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { translator } from '../../../utilities/translator'
import { allDelegationsOf, dayIn, periodOf, type Period } from '../delegations'
import type { PilotRole } from '../fields/pilots'
import type { DelegationTranslationKey } from '../translations'
import type { ResolvedOptions } from '../types'

type Props = {
  payload: Payload
  user?: TypedUser | null
  i18n: I18nClient
  delegationOptions: ResolvedOptions
}

/** On the dashboard of a pilot: what its organisation was delegated, when, and over what. */
export const MyDelegations = async ({ payload, user, i18n, delegationOptions: options }: Props) => {
  if (!user) return null
  const delegations = await allDelegationsOf(payload, options.organisationOf(user), options)
  if (!delegations.length) return null

  const language = i18n.language === 'en' ? 'en' : 'fr'
  const t = translator<DelegationTranslationKey>(i18n.t)
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
      <h2>{t('delegation:myDelegations')}</h2>
      <p>{t('delegation:myDelegationsIntro')}</p>
      <div className="table">
        <table>
          <thead>
            <tr>
              <th>{t('delegation:function')}</th>
              <th>{t('delegation:role')}</th>
              <th>{t('delegation:from')}</th>
              <th>{t('delegation:to')}</th>
              <th>{t('delegation:collections')}</th>
              <th>{t('delegation:state')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.row} data-period={d.period}>
                <td>{titleOf(d.function)}</td>
                <td>{t(`delegation:role-${d.role as PilotRole}`)}</td>
                <td>{day(d.startsOn)}</td>
                <td>{d.endsOn ? day(d.endsOn) : t('delegation:noEnd')}</td>
                <td>
                  {delegable
                    .filter((c) => d.collections.length === 0 || d.collections.includes(c.slug))
                    .map((c, i) => (
                      <React.Fragment key={c.slug}>
                        {i > 0 && ', '}
                        <a
                          href={`${payload.config.routes.admin}/collections/${c.slug}?where[${options.functionField}][equals]=${d.function}`}
                        >
                          {getTranslation(c.labels?.plural ?? c.slug, i18n)}
                        </a>
                      </React.Fragment>
                    ))}
                </td>
                <td>{t(`delegation:period-${d.period}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
