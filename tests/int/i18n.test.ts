import { initI18n } from '@payloadcms/translations'
import { describe, expect, it } from 'vitest'

import { payload } from '../helpers/api'

// What a French editor reads in the admin: Payload's strings as the admin gets them (client).
const french = async () =>
  initI18n({ config: (await payload()).config.i18n as never, context: 'client', language: 'fr' })

describe('the admin in French', () => {
  it('mends Payload strings that read badly or leak a placeholder', async () => {
    const { t } = await french()
    const say = t as (key: string, vars?: Record<string, unknown>) => string
    expect(say('general:createNew')).toBe('Créer')
    expect(say('general:createNewLabel', { label: 'Ressource' })).toBe('Créer : Ressource')
    expect(say('fields:toggleBlock')).toBe('Afficher ou masquer le bloc')
    expect(say('localization:copyToLocale')).toBe('Copier vers une autre langue')
    expect(say('version:noRowsSelected', { label: 'ressource' })).not.toContain('{{')
    expect(say('general:selectedCount', { count: 2, label: 'ressources' })).toBe(
      '2 ressources sélectionné(s)',
    )
  })

  it('names the languages in French: « Publier en anglais »', async () => {
    const p = await payload()
    const { t } = await french()
    const locales = p.config.localization ? p.config.localization.locales : []
    const english = locales.find((l) => typeof l === 'object' && l.code === 'en') as {
      label: Record<string, string>
    }
    expect(
      (t as (k: string, v: object) => string)('version:publishIn', { locale: english.label.fr }),
    ).toBe('Publier en anglais')
  })
})
