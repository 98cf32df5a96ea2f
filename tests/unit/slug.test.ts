import './stubs'
import { describe, expect, it } from 'vitest'

import { toSlug } from '../../fields/slug'

describe('toSlug', () => {
  it('makes French titles into URL words', () => {
    expect(toSlug('Coopération entre territoires')).toBe('cooperation-entre-territoires')
    // The French locale: & reads "et".
    expect(toSlug('L’économie sociale & solidaire')).toBe('leconomie-sociale-et-solidaire')
    expect(toSlug('Œuvres ÇA ÀÉÈÊËÎÏÔÙÛÜŸ')).toBe('oeuvres-ca-aeeeeiiouuuy')
  })

  it('drops punctuation and keeps digits', () => {
    expect(toSlug('  Rapport 2024 : bilan (v2) !  ')).toBe('rapport-2024-bilan-v2')
  })

  it('is empty for nothing to make a slug of', () => {
    expect(toSlug('')).toBe('')
    expect(toSlug('   ')).toBe('')
    expect(toSlug('?!')).toBe('')
    expect(toSlug(null)).toBe('')
    expect(toSlug(undefined)).toBe('')
    expect(toSlug(42)).toBe('')
  })
})
