import './stubs'
import { describe, expect, it } from 'vitest'

import { fromAnotherSite } from '../../src/plugins/authentication/cookies'

const own = ['http://localhost:3000', 'http://127.0.0.1:3000']

describe('fromAnotherSite', () => {
  it('judges by Origin when the browser sends one', () => {
    expect(fromAnotherSite(new Headers({ origin: 'http://localhost:3000' }), own)).toBe(false)
    expect(fromAnotherSite(new Headers({ origin: 'https://evil.example' }), own)).toBe(true)
    // The port is part of the origin.
    expect(fromAnotherSite(new Headers({ origin: 'http://localhost:3001' }), own)).toBe(true)
    // An Origin wins over Sec-Fetch-Site.
    const both = new Headers({ origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' })
    expect(fromAnotherSite(both, own)).toBe(true)
  })

  it('falls back on Sec-Fetch-Site, and lets programs without either through', () => {
    expect(fromAnotherSite(new Headers({ 'sec-fetch-site': 'cross-site' }), own)).toBe(true)
    expect(fromAnotherSite(new Headers({ 'sec-fetch-site': 'same-origin' }), own)).toBe(false)
    expect(fromAnotherSite(new Headers({ 'sec-fetch-site': 'none' }), own)).toBe(false)
    expect(fromAnotherSite(new Headers(), own)).toBe(false)
  })
})
