import type { Field, FieldAccess } from 'payload'

import { personOf } from '../../utilities/personOf'
import { sameId } from '../../utilities/idOf'
import { translated } from './messages'

/** The choice is the person's own: nobody else (a manager, the coordination) turns it off. */
const ownAccount: FieldAccess = ({ req, id, doc }) => {
  const person = personOf(req)
  return Boolean(person && sameId(person.id, id ?? (doc as { id?: unknown } | undefined)?.id))
}

/** What each user chooses about notifications, on their own account. */
export const notificationFields = (): Field[] => [
  {
    name: 'emailNotifications',
    type: 'checkbox',
    defaultValue: true,
    label: translated('notifications:emailNotifications'),
    access: { update: ownAccount },
    admin: { description: translated('notifications:emailNotificationsHelp') },
  },
  {
    name: 'language',
    type: 'select',
    defaultValue: 'fr',
    label: translated('notifications:language'),
    options: (['fr', 'en'] as const).map((value) => ({
      value,
      label: translated(`notifications:language-${value}`),
    })),
  },
]
