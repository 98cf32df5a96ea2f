import { getTranslation, type I18n } from '@payloadcms/translations'
import type { FlattenedField } from 'payload'

type Reader = Pick<I18n, 'fallbackLanguage' | 'language' | 't'>

/** A select option's label in `i18n`'s language, as the collection names it (« Dépense »). */
export const optionLabel =
  (fields: FlattenedField[], i18n: Reader) => (field: string, value: string) => {
    const found = fields.find((f) => f.name === field)
    const option =
      found && 'options' in found
        ? found.options.find((o) => typeof o === 'object' && o.value === value)
        : undefined
    return typeof option === 'object' ? getTranslation(option.label as never, i18n) : value
  }
