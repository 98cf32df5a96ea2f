import './stubs'
import { describe, expect, it } from 'vitest'

import { toSlug } from '../../fields/slug'

/** French titles and the URL words they make. */
const frenchTitles: Array<[title: string, slug: string]> = [
  ['Coopération entre territoires', 'cooperation-entre-territoires'],
  // The French locale: & reads "et".
  ['L’économie sociale & solidaire', 'leconomie-sociale-et-solidaire'],
  ['Œuvres ÇA ÀÉÈÊËÎÏÔÙÛÜŸ', 'oeuvres-ca-aeeeeiiouuuy'],
]

describe('toSlug', () => {
  it.each(frenchTitles)('makes the French title %j into the URL words %j', (title, slug) => {
    expect(toSlug(title)).toBe(slug)
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
