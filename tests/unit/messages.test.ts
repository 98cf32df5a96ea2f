import './stubs'
import { describe, expect, it } from 'vitest'

import { messages } from '../../src/plugins/input-validation/messages'

describe('the refusal of an option', () => {
  it('shows what was sent: a list or an object as such, never as a possible value', () => {
    const { option } = messages('fr')
    const possible = ['draft', 'validated']
    expect(option('nope', possible)).toBe(
      '« nope » n’est pas une valeur possible (draft, validated)',
    )
    expect(option(['validated'], possible)).toBe(
      '« ["validated"] » n’est pas une valeur possible (draft, validated)',
    )
    expect(option({ a: 1 }, possible)).toContain('« {"a":1} »')
    expect(messages('en').option(7, possible)).toBe(
      '"7" is not a possible value (draft, validated)',
    )
  })
})
