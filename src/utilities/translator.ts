import { t, type TFunction } from '@payloadcms/translations'
import { deepMergeSimple, type Config } from 'payload'

/** A module's strings as Payload's i18n takes them: `{ fr: { namespace: { key } }, en: … }`. */
export type Translations = Record<'fr' | 'en', Record<string, Record<string, string>>>

/** The `namespace:key` names of a module's strings. */
export type KeyOf<T extends Translations> = {
  [N in keyof T['en'] & string]: `${N}:${keyof T['en'][N] & string}`
}[keyof T['en'] & string]

/**
 * Payload types `t` with its own keys; a plugin's keys are merged into its i18n at run time
 * (`config.i18n.translations`). This gives `t` the plugin's keys, checked at type-check.
 */
export const translator = <Key extends string>(t: TFunction<never> | TFunction) =>
  t as unknown as TFunction<Key>

/**
 * A module's strings in `language` (French unless English) through Payload's own `t` (its
 * `{{placeholders}}` included), for code with no Payload request at hand: a zod schema, the
 * host's refusals, a field's validation (which the admin also runs in the browser).
 */
export const translate =
  <T extends Translations>(translations: T, language: string | undefined) =>
  (key: KeyOf<T>, vars?: Record<string, unknown>): string =>
    t({ key, translations: translations[language === 'en' ? 'en' : 'fr'], vars })

/** The config with a module's strings in its i18n, so that `req.t('namespace:key')` finds them. */
export const withTranslations = (config: Config, translations: Translations): Config => ({
  ...config,
  i18n: {
    ...config.i18n,
    translations: deepMergeSimple(translations, config.i18n?.translations ?? {}),
  },
})

/**
 * One of a module's strings in every language: how a label (collection, field, option, group) is
 * given. Not a label function: the admin keeps its field schemas per collection, whatever the
 * language, so a label computed for the first editor would be shown to every other.
 */
export const inEveryLanguage = <T extends Translations>(
  translations: T,
  key: KeyOf<T>,
): Record<'fr' | 'en', string> => ({
  fr: translate(translations, 'fr')(key),
  en: translate(translations, 'en')(key),
})
