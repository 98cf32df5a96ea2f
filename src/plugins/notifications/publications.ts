import type { CollectionAfterChangeHook } from 'payload'

import { idOf, sameId } from '../../utilities/idOf'
import { personOf } from '../../utilities/personOf'
import { currentPilotsOf } from '../delegation/delegations'
import { queueEmail } from '../email'
import { messageTo, say } from './messages'
import { inBothLanguages, organisationName, recipients } from './people'
import type { Person, ResolvedOptions } from './types'

/**
 * A document of a function is published (created published, or a draft published) by someone
 * who is not one of the function's pilots today: the users of the piloting organisations are
 * told once each, in the write's transaction.
 */
export const tellPilotsOfPublications =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, previousDoc, req }) => {
    const publishedNow =
      doc._status === 'published' &&
      (operation === 'create' || previousDoc?._status !== 'published')
    const person = personOf(req, options.users) as Person | null
    const fnId = idOf(doc[options.functionField])
    if (!publishedNow || !person || fnId === undefined) return doc

    const { payload } = req
    const pilots = await currentPilotsOf(payload, fnId, options, req)
    if (!pilots.length || pilots.some((row) => sameId(row.organisation, person.organisation)))
      return doc

    const told = await recipients(
      payload,
      options,
      { organisation: { in: pilots.map((row) => row.organisation) } },
      person.id,
    )
    if (!told.length) return doc
    const [organisation, title] = await Promise.all([
      organisationName(payload, options, person.organisation),
      inBothLanguages(payload, options.functions, fnId, 'title'),
    ])
    const name = String(doc[collection.admin.useAsTitle ?? 'id'] ?? doc.id)
    const link = `${options.serverUrl}/admin/collections/${collection.slug}/${doc.id}`
    for (const recipient of told) {
      const t = say(recipient.language)
      const labels = collection.labels.singular
      const kind =
        typeof labels === 'object' && labels
          ? String((labels as Record<string, string>)[recipient.language] ?? collection.slug)
          : collection.slug
      const functionTitle = title?.[recipient.language] ?? String(fnId)
      const message = messageTo(
        recipient,
        t('notifications:publishedSubject', { function: functionTitle, title: name }),
        [
          t('notifications:published', {
            who: person.name || person.email,
            organisation: organisation ?? t('notifications:noOrganisation'),
            title: name,
            collection: kind.toLowerCase(),
            function: functionTitle,
          }),
          { link },
        ],
        `${options.serverUrl}/admin/account`,
      )
      await queueEmail(payload, message, req)
    }
    return doc
  }
