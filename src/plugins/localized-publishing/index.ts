import { getTranslation } from '@payloadcms/translations'
import {
  ValidationError,
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  type CollectionSlug,
  type Field,
  flattenTopLevelFields,
  type Plugin,
  type TypedLocale,
} from 'payload'

import { inLocale } from '../../utilities/inLocale'
import { translator, withTranslations, type KeyOf } from '../../utilities/translator'
import { translations } from './translations'
import { appendHooks } from '../../utilities/hooks'
import { mapCollections } from '../../utilities/fields'

export type LocalizedPublishingPluginOptions = {
  /**
   * The locale every published document must have its required text in.
   * @default the config's `localization.defaultLocale`
   */
  locale?: TypedLocale
}

type Required = { name: string; label: unknown }

/** The required localized fields at the top of a document (rows, collapsibles, unnamed tabs). */
const requiredLocalized = (fields: Field[]): Required[] =>
  flattenTopLevelFields(fields).flatMap((field) =>
    'localized' in field && field.localized && 'required' in field && field.required
      ? [{ name: field.name, label: field.label }]
      : [],
  )

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && !value.trim())

/**
 * Payload requires a localized field in the locale being written only: an editor working in
 * English could publish a document whose French title is empty, which French readers would see
 * untitled (and which the search index cannot list). A document that is published, or saved in a
 * collection without drafts, must have its required text in the default locale; a draft need not.
 */
const requireInLocale =
  (
    collection: CollectionConfig,
    fields: Required[],
    locale: TypedLocale,
  ): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, req }) => {
    if (!data || req.locale === locale) return data
    const drafts = Boolean(
      collection.versions && typeof collection.versions === 'object' && collection.versions.drafts,
    )
    const status = data._status ?? originalDoc?._status
    if (drafts && status !== 'published') return data
    const given = (name: string) =>
      req.locale === 'all' && data[name] && typeof data[name] === 'object'
        ? (data[name] as Record<string, unknown>)[locale]
        : undefined
    // With locale=all the data holds every locale; otherwise an update (or a duplicate, which copies
    // every locale of the document it names) keeps the stored French text.
    const stored =
      req.locale !== 'all' && originalDoc?.id !== undefined
        ? ((await req.payload.findByID({
            collection: collection.slug as CollectionSlug,
            id: originalDoc.id,
            locale,
            fallbackLocale: false,
            depth: 0,
            draft: true,
            select: Object.fromEntries(fields.map(({ name }) => [name, true])),
            req: inLocale(req, locale),
            overrideAccess: true,
            disableErrors: true,
          })) as Record<string, unknown> | null)
        : null
    const missing = fields.filter(({ name }) => isBlank(given(name)) && isBlank(stored?.[name]))
    if (!missing.length) return data
    const t = translator<KeyOf<typeof translations>>(req.t)
    const language =
      new Intl.DisplayNames([req.i18n.language], { type: 'language' }).of(locale) ?? locale
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: missing.map(({ name, label }) => {
          const field = label ? getTranslation(label as never, req.i18n) : name
          return {
            path: name,
            // REST's message names field and language: « … n'est pas valide : Titre (français) ».
            label: `${field} (${language})`,
            message: t('localizedPublishing:required', { field, language }),
          }
        }),
        req,
      },
      req.t,
    )
  }

/** Published content always has its required text in the site's own language (French). */
export const localizedPublishingPlugin =
  (options: LocalizedPublishingPluginOptions = {}): Plugin =>
  (config) => {
    if (!config.localization) return config
    const locale = options.locale ?? (config.localization.defaultLocale as TypedLocale)
    return withTranslations(
      mapCollections(config, (collection) => {
        const fields = requiredLocalized(collection.fields)
        if (!fields.length) return collection
        const check = requireInLocale(collection, fields, locale)
        return { ...collection, hooks: appendHooks(collection.hooks, { beforeValidate: [check] }) }
      }),
      translations,
    )
  }
