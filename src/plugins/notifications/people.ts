import type { CollectionSlug, Payload, Where } from 'payload'

import { idOf } from '../../utilities/idOf'
import type { Language, Recipient } from './messages'
import type { ResolvedOptions } from './types'

/**
 * The users `where` selects who keep notifications on, except `except` (who caused the event).
 * Read on the pool, not in the write's request: a read in another locale with a save's request
 * would switch that request's locale (see localized-publishing).
 */
export const recipients = async (
  payload: Payload,
  options: ResolvedOptions,
  where: Where,
  except?: unknown,
): Promise<Recipient[]> => {
  const { docs } = await payload.find({
    collection: options.users,
    where: {
      and: [
        where,
        {
          or: [{ emailNotifications: { equals: true } }, { emailNotifications: { exists: false } }],
        },
        ...(idOf(except) === undefined ? [] : [{ id: { not_equals: idOf(except) } }]),
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return (docs as unknown as Array<Record<string, unknown>>)
    .filter((user) => typeof user.email === 'string')
    .map((user) => ({
      id: user.id as number | string,
      email: user.email as string,
      name: user.name as string | null,
      language: (user.language === 'en' ? 'en' : 'fr') as Language,
    }))
}

/** A document's localized field in both languages (English falls back to French). */
export const inBothLanguages = async (
  payload: Payload,
  collection: CollectionSlug,
  id: unknown,
  field: string,
): Promise<Record<Language, string> | undefined> => {
  if (idOf(id) === undefined) return undefined
  const doc = (await payload.findByID({
    collection,
    id: idOf(id)!,
    depth: 0,
    locale: 'all',
    overrideAccess: true,
    disableErrors: true,
  })) as Record<string, unknown> | null
  const value = doc?.[field]
  if (value === null || value === undefined) return undefined
  if (typeof value !== 'object') return { fr: String(value), en: String(value) }
  const { fr, en } = value as Partial<Record<Language, string>>
  return { fr: fr ?? en ?? '', en: en ?? fr ?? '' }
}

/** An organisation as people name it. */
export const organisationName = async (
  payload: Payload,
  options: ResolvedOptions,
  id: unknown,
): Promise<string | undefined> => {
  if (idOf(id) === undefined) return undefined
  const doc = (await payload.findByID({
    collection: options.organisations,
    id: idOf(id)!,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as { displayName?: string | null; name?: string | null } | null
  return doc?.displayName || doc?.name || undefined
}
