import type { PayloadRequest } from 'payload'

import { translator, type KeyOf } from '../../utilities/translator'

/** The plugin's own strings, merged into Payload's i18n (`req.t('mediaWeb:…')`). */
export const translations = {
  fr: {
    mediaWeb: {
      notAnImage: '« {{file}} » se dit une image mais n’en est pas une lisible : {{reason}}.',
      tooManyPixels:
        '« {{file}} » est trop grande : {{width}} × {{height}} pixels, au plus {{max}} millions de pixels.',
    },
  },
  en: {
    mediaWeb: {
      notAnImage: '“{{file}}” claims to be an image but cannot be read as one: {{reason}}.',
      tooManyPixels:
        '“{{file}}” is too large: {{width}} × {{height}} pixels, at most {{max}} million pixels.',
    },
  },
}

export type MediaWebTranslationKey = KeyOf<typeof translations>

/** One of the plugin's strings, in the request's language. */
export const t = (
  req: PayloadRequest,
  key: MediaWebTranslationKey,
  vars?: Record<string, unknown>,
) => translator<MediaWebTranslationKey>(req.t)(key, vars)
