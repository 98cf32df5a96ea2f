import { describe, expect, it } from 'vitest'

import { translate } from '../../src/utilities/translator'

const translations = {
  fr: { demo: { yes: 'oui', limit: '{{max}} au plus, reçu « {{got}} »' } },
  en: { demo: { yes: 'yes', limit: 'at most {{max}}, got "{{got}}"' } },
}

describe('translate', () => {
  it('is English only when asked, French otherwise', () => {
    expect(translate(translations, 'en')('demo:yes')).toBe('yes')
    expect(translate(translations, 'fr')('demo:yes')).toBe('oui')
    expect(translate(translations, undefined)('demo:yes')).toBe('oui')
    expect(translate(translations, 'de')('demo:yes')).toBe('oui')
  })

  it('fills the placeholders, leaving a value as it is', () => {
    expect(translate(translations, 'fr')('demo:limit', { max: 100, got: '{{x}}' })).toBe(
      '100 au plus, reçu « {{x}} »',
    )
    expect(translate(translations, 'en')('demo:limit', { max: 0, got: '' })).toBe(
      'at most 0, got ""',
    )
  })
})
