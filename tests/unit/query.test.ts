import './stubs'
import { describe, expect, it } from 'vitest'

import { prefixQuery, searchParams } from '../../src/plugins/search/query'

const { fr, en } = searchParams(['resources', 'events'])

describe('searchParams', () => {
  it('has defaults for everything but q', () => {
    expect(en.parse({ q: '  métiers ' })).toEqual({
      q: 'métiers',
      locale: 'fr',
      type: [],
      axis: [],
      function: [],
      region: [],
      page: 1,
      limit: 10,
    })
  })

  it('reads lists and numbers from the query string', () => {
    expect(
      en.parse({ q: 'x', type: 'events', axis: '1,2', region: '3', page: '2', limit: '50' }),
    ).toMatchObject({ type: ['events'], axis: [1, 2], region: [3], page: 2, limit: 50 })
  })

  it('requires q, of 1 to 200 characters once trimmed', () => {
    const issue = (input: unknown, schema = en) => {
      const result = schema.safeParse(input)
      return result.success ? undefined : result.error.issues[0]
    }
    expect(issue({})?.path).toEqual(['q'])
    expect(issue({})?.message).toBe('is required: the words to search for')
    expect(issue({ q: '   ' }, fr)?.message).toBe('est obligatoire : les mots à chercher')
    expect(en.safeParse({ q: 'a'.repeat(200) }).success).toBe(true)
    expect(issue({ q: 'a'.repeat(201) })?.path).toEqual(['q'])
  })

  it('bounds page and limit', () => {
    expect(en.safeParse({ q: 'x', limit: '51' }).success).toBe(false)
    expect(en.safeParse({ q: 'x', limit: '0' }).success).toBe(false)
    expect(en.safeParse({ q: 'x', page: '0' }).success).toBe(false)
    expect(en.safeParse({ q: 'x', page: '2147483648' }).success).toBe(false)
    expect(en.safeParse({ q: 'x', type: 'members' }).success).toBe(false)
  })
})

describe('prefixQuery', () => {
  it('makes each typed word of three letters or more a prefix, of letters and digits only', () => {
    expect(prefixQuery('coop')).toBe('coop:*')
    expect(prefixQuery("l'eau de co2 & (ville:*)")).toBe('l & eau:* & de & co2:* & ville:*')
    expect(prefixQuery('Coopé  Ville-Campagne')).toBe('Coopé:* & Ville:* & Campagne:*')
  })

  it('takes a query with operators as written, and one without words as none', () => {
    for (const q of ['"formation des agents"', 'animation or métiers', '-territoriale coop'])
      expect(prefixQuery(q)).toBeNull()
    for (const q of ["&|!:*()'\\", '   ', '🙂']) expect(prefixQuery(q)).toBeNull()
  })
})
