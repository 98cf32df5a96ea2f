'use client'

import { useTranslation } from '@payloadcms/ui'
import { enUS } from 'date-fns/locale/en-US'
import { fr } from 'date-fns/locale/fr'
import type { ReactNode } from 'react'
import { registerLocale, setDefaultLocale } from 'react-datepicker'

// Payload's date pickers take the admin language's date-fns locale once it has loaded, after they
// first render, and nothing renders them again: on a busy machine the French admin kept showing
// « 4 July 2013 ». Registered here (under Payload's names for them), the locale is there first.
registerLocale('fr', fr)
registerLocale('enUS', enUS)

/** Around the admin: date pickers read and show dates in the editor's language from the start. */
export const DateLocale = ({ children }: { children?: ReactNode }) => {
  const { i18n } = useTranslation()
  setDefaultLocale(i18n.language === 'fr' ? 'fr' : 'enUS')
  return children
}
