import type { SendEmailOptions } from 'payload'

import { inEveryLanguage, translate, type KeyOf } from '../../utilities/translator'
import { htmlOf, textOf, type Part } from '../email'
import { translations } from './translations'

export type NotificationKey = KeyOf<typeof translations>
export type Language = 'fr' | 'en'

/** A label from the plugin's strings, in every language. */
export const translated = (key: NotificationKey) => inEveryLanguage(translations, key)

export const say = (language: Language) => translate(translations, language)

/** A calendar day (YYYY-MM-DD) as people write it: « 1 janvier 2015 », « 1 January 2015 ». */
export const longDay = (day: string, language: Language) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`))

export type Recipient = {
  id: number | string
  email: string
  name?: string | null
  language: Language
}

/** One message to one person: greeting, what happened, the link, and how to stop them. */
export const messageTo = (
  recipient: Recipient,
  subject: string,
  parts: Part[],
  accountUrl: string,
): SendEmailOptions => {
  const t = say(recipient.language)
  const all: Part[] = [
    t('notifications:greeting', { name: recipient.name || recipient.email }),
    ...parts,
    t('notifications:footer'),
    { link: accountUrl },
  ]
  return { to: recipient.email, subject, html: htmlOf(all), text: textOf(all) }
}
