import type { CollectionBeforeReadHook, Field, Plugin, TextField } from 'payload'

import { mapCollections } from '../../utilities/fields'
import { inEveryLanguage, withTranslations } from '../../utilities/translator'
import { fallenBackPaths } from './fallenBack'
import { translations } from './translations'
import { appendHooks } from '../../utilities/hooks'

export type LocaleFallbackPluginOptions = {
  /**
   * The read-only field listing, on a document read in a locale with a fallback, the paths of
   * the fields given in the fallback locale because they are empty in the one read.
   * @default '_fallback'
   */
  field?: string
}

const hasLocalized = (fields: Field[]): boolean =>
  fields.some(
    (field) =>
      ('localized' in field && field.localized) ||
      ('fields' in field && hasLocalized(field.fields)) ||
      (field.type === 'tabs' && field.tabs.some((tab) => hasLocalized(tab.fields))) ||
      (field.type === 'blocks' && field.blocks.some((block) => hasLocalized(block.fields))),
  )

const listField = (name: string): TextField => ({
  name,
  type: 'text',
  hasMany: true,
  virtual: true,
  label: inEveryLanguage(translations, 'localeFallback:label'),
  admin: {
    hidden: true,
    readOnly: true,
    description: inEveryLanguage(translations, 'localeFallback:description'),
  },
  // Computed as the document is read: nothing a client sends is kept.
  access: { create: () => false, update: () => false },
})

/**
 * Before Payload flattens a document into the locale read, its localized fields still hold every
 * locale (the database adapter reads them all in the same query): the fields empty in the locale
 * read and present in the fallback are listed there, at no extra query. Not listed when no
 * fallback applies: the default locale, `fallback-locale=none`, `locale=all`.
 */
const listFallenBack =
  (name: string): CollectionBeforeReadHook =>
  ({ collection, doc, req }) => {
    const { locale, fallbackLocale } = req
    if (!locale || locale === 'all' || !fallbackLocale || fallbackLocale === locale) return doc
    if (Array.isArray(fallbackLocale) && !fallbackLocale.some((l) => l !== locale)) return doc
    return { ...doc, [name]: fallenBackPaths(collection.fields, doc, locale, fallbackLocale) }
  }

/**
 * A document read in a locale other than the default one says which fields fell back to the
 * default (French): `_fallback: ['summary', 'body']`, over REST and GraphQL, on every collection
 * with localized fields; `[]` when everything is in the locale read.
 */
export const localeFallbackPlugin =
  ({ field = '_fallback' }: LocaleFallbackPluginOptions = {}): Plugin =>
  (config) =>
    withTranslations(
      mapCollections(config, (collection) =>
        hasLocalized(collection.fields)
          ? {
              ...collection,
              fields: [...collection.fields, listField(field)],
              hooks: appendHooks(collection.hooks, { beforeRead: [listFallenBack(field)] }),
            }
          : collection,
      ),
      translations,
    )
