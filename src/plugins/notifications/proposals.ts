import type { CollectionAfterChangeHook } from 'payload'

import { personOf } from '../../utilities/personOf'
import { queueEmail } from '../email'
import { messageTo, say } from './messages'
import { inBothLanguages, organisationName, recipients } from './people'
import type { Person, ResolvedOptions } from './types'

/**
 * A pilot proposes a budget line (creates it proposed, or moves it to proposed): each user of
 * the coordination is told once, in the write's transaction (no write, no message).
 */
export const tellCoordinationOfProposals =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, previousDoc, req }) => {
    const { field, value } = options.proposals
    const proposedNow =
      doc[field] === value && (operation === 'create' || previousDoc?.[field] !== value)
    const person = personOf(req, options.users) as Person | null
    if (!proposedNow || !person || options.isCoordinator({ req })) return doc

    const { payload } = req
    const coordination = await recipients(
      payload,
      options,
      { roles: { in: options.coordinationRoles } },
      person.id,
    )
    if (!coordination.length) return doc
    const [organisation, fn] = await Promise.all([
      organisationName(payload, options, person.organisation),
      inBothLanguages(payload, options.functions, doc[options.functionField], 'title'),
    ])
    const title = String(doc[collection.admin.useAsTitle ?? 'id'] ?? doc.id)
    const link = `${options.serverUrl}/admin/collections/${collection.slug}/${doc.id}`
    for (const recipient of coordination) {
      const t = say(recipient.language)
      const message = messageTo(
        recipient,
        t('notifications:proposedSubject', { title }),
        [
          t('notifications:proposed', {
            who: person.name || person.email,
            organisation: organisation ?? t('notifications:noOrganisation'),
            title,
            inFunction: fn
              ? t('notifications:inFunction', { function: fn[recipient.language] })
              : '',
          }),
          { link },
        ],
        `${options.serverUrl}/admin/account`,
      )
      await queueEmail(payload, message, req)
    }
    return doc
  }
