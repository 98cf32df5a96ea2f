import type { TFunction } from '@payloadcms/translations'

/**
 * Payload types `t` with its own keys; a plugin's keys are merged into its i18n at run time
 * (`config.i18n.translations`). This gives `t` the plugin's keys, checked at type-check.
 */
export const translator = <Key extends string>(t: TFunction<never> | TFunction) =>
  t as unknown as TFunction<Key>
