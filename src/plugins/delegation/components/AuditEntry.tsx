import { getTranslation, type I18nClient } from '@payloadcms/translations'
import { FieldLabel } from '@payloadcms/ui'
import {
  flattenTopLevelFields,
  type CollectionSlug,
  type Field,
  type Payload,
  type StaticLabel,
} from 'payload'
import React from 'react'

import { idOf, sameId } from '../../../utilities/idOf'
import { translator } from '../../../utilities/translator'
import { dayIn } from '../delegations'
import type { DelegationTranslationKey } from '../translations'
import type { ResolvedOptions } from '../types'

/** What an audit entry holds, as the admin reads it. */
type Entry = {
  collection?: string
  document?: string
  documentTitle?: string
  action?: string
  changedFields?: string[] | null
  organisation?: unknown
  delegation?: { function?: unknown; pilotRow?: string | null; role?: string | null } | null
}

export type AuditValue = 'collection' | 'document' | 'changedFields' | 'delegation'

type Props = {
  show: AuditValue
  delegationOptions: ResolvedOptions
  payload: Payload
  i18n: I18nClient
  /** In a list: the entry of the row. */
  rowData?: Entry
  /** On the entry's page: the entry, and the field shown. */
  data?: Entry
  field?: { label?: unknown }
  path?: string
}

const collectionOf = (payload: Payload, slug: string | undefined) =>
  slug ? payload.collections[slug as CollectionSlug]?.config : undefined

/** The written collection's name, as its admin menu names it. */
const collectionLabel = (payload: Payload, i18n: I18nClient, entry: Entry) => {
  const collection = collectionOf(payload, entry.collection)
  return collection ? getTranslation(collection.labels.singular, i18n) : entry.collection
}

/**
 * The changed fields by their labels. `_status` is publishing; other names the collection does
 * not show (hidden or gone since) say nothing to a reader.
 */
const changedLabels = (payload: Payload, i18n: I18nClient, entry: Entry) => {
  const collection = collectionOf(payload, entry.collection)
  if (!collection) return (entry.changedFields ?? []).join(', ')
  const fields = flattenTopLevelFields(collection.fields as Field[]) as Array<{
    name: string
    label?: unknown
    hidden?: boolean
    admin?: { hidden?: boolean }
  }>
  return (entry.changedFields ?? [])
    .map((name) => {
      if (name === '_status') return i18n.t('version:status')
      const field = fields.find((f) => f.name === name)
      if (!field || field.hidden || field.admin?.hidden) return undefined
      return field.label ? getTranslation(field.label as StaticLabel, i18n) : name
    })
    .filter(Boolean)
    .join(', ')
}

/** The document written, linked to its page unless it was deleted. */
const documentLink = (payload: Payload, i18n: I18nClient, entry: Entry) => {
  const name = entry.documentTitle || `${collectionLabel(payload, i18n, entry)} ${entry.document}`
  if (entry.action === 'delete' || !collectionOf(payload, entry.collection)) return name
  return (
    <a href={`${payload.config.routes.admin}/collections/${entry.collection}/${entry.document}`}>
      {name}
    </a>
  )
}

/** « Collectif Ville Campagne — pilote — depuis le 1 janv. 2014 », or the coordination. */
const delegationText = async (
  payload: Payload,
  i18n: I18nClient,
  entry: Entry,
  options: ResolvedOptions,
) => {
  const t = translator<DelegationTranslationKey>(i18n.t)
  const delegation = entry.delegation
  const fn = idOf(delegation?.function)
  if (!delegation?.role || fn === undefined) return t('delegation:auditByCoordination')
  const [organisation, piloted] = await Promise.all([
    idOf(entry.organisation) === undefined
      ? null
      : payload.findByID({
          collection: options.organisations,
          id: idOf(entry.organisation)!,
          depth: 0,
          disableErrors: true,
        }),
    payload.findByID({ collection: options.functions, id: fn, depth: 0, disableErrors: true }),
  ])
  const row = (
    (piloted as { pilots?: Array<{ id?: string; startsOn?: string }> } | null)?.pilots ?? []
  ).find((r) => sameId(r.id, delegation.pilotRow))
  const language = i18n.language === 'en' ? 'en' : 'fr'
  const day = (value: string) =>
    new Intl.DateTimeFormat(`${language}-FR`, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${dayIn(options.timeZone, value)}T12:00:00Z`))
  const role = t(`delegation:role-${delegation.role}` as DelegationTranslationKey).toLowerCase()
  return [
    (organisation as { name?: string } | null)?.name,
    role,
    row?.startsOn ? t('delegation:since', { day: day(row.startsOn) }) : undefined,
  ]
    .filter(Boolean)
    .join(' — ')
}

/**
 * One value of an audit entry as a person reads it, in a list's cell or on the entry's page
 * (read-only text, without the inputs' buttons): the collection's name, the document linked,
 * the changed fields' labels, the delegation that allowed the write.
 */
export const AuditEntryValue = async ({
  show,
  delegationOptions,
  payload,
  i18n,
  rowData,
  data,
  field,
  path,
}: Props) => {
  const entry = rowData ?? data ?? {}
  const value =
    show === 'collection'
      ? collectionLabel(payload, i18n, entry)
      : show === 'document'
        ? documentLink(payload, i18n, entry)
        : show === 'changedFields'
          ? changedLabels(payload, i18n, entry)
          : await delegationText(payload, i18n, entry, delegationOptions)
  if (rowData) return <span className={`audit-${show}`}>{value}</span>
  return (
    <div
      className={`field-type audit-entry-value audit-${show}`}
      style={{ marginBottom: 'var(--base)' }}
    >
      {/* The config's label may be a function, which cannot reach a client component. */}
      <FieldLabel
        label={field?.label ? getTranslation(field.label as StaticLabel, i18n) : undefined}
        path={path}
      />
      <div>{value || '—'}</div>
    </div>
  )
}
