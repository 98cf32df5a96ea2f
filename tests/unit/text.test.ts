import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { plainText, valuesAt } from '../../src/plugins/search/text'

describe('plainText', () => {
  it('is empty for nothing', () => {
    expect(plainText(null)).toBe('')
    expect(plainText(undefined)).toBe('')
    expect(plainText([])).toBe('')
    expect(plainText({})).toBe('')
    expect(plainText(true)).toBe('')
  })

  it('keeps strings and numbers as they are', () => {
    expect(plainText('Coopération')).toBe('Coopération')
    expect(plainText(0)).toBe('0')
    expect(plainText(2014)).toBe('2014')
  })

  it('joins arrays with spaces, skipping the empty ones', () => {
    expect(plainText(['a', '', null, 'b', ['c', 3]])).toBe('a b c 3')
  })

  it('reads Lexical rich text in document order', () => {
    const richText = {
      root: {
        type: 'root',
        children: [
          {
            type: 'heading',
            children: [{ type: 'text', text: 'Objectifs' }],
          },
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Former les' },
              {
                type: 'link',
                fields: { url: 'https://x.example' },
                children: [{ text: 'pilotes' }],
              },
            ],
          },
          { type: 'paragraph', children: [] },
        ],
      },
    }
    expect(plainText(richText)).toBe('Objectifs Former les pilotes')
  })

  it('reads only text and children, not other keys', () => {
    expect(plainText({ type: 'text', format: 1, text: 'mot', url: 'https://x' })).toBe('mot')
  })

  it('gives every string of a list of strings back', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 })), (strings) => {
        expect(plainText(strings)).toBe(strings.join(' '))
      }),
    )
  })
})

describe('valuesAt', () => {
  const training = {
    title: 'Former',
    sessions: [
      { region: { id: 1, name: 'Bretagne' }, place: 'Rennes' },
      { region: null, place: 'Lyon' },
      { region: { id: 2, name: 'Occitanie' } },
    ],
    axes: [3, 4],
  }

  it('reads a top-level value', () => {
    expect(valuesAt(training, 'title')).toEqual(['Former'])
  })

  it('spreads arrays', () => {
    expect(valuesAt(training, 'axes')).toEqual([3, 4])
  })

  it('goes through arrays of objects, dropping what is missing', () => {
    expect(valuesAt(training, 'sessions.region.name')).toEqual(['Bretagne', 'Occitanie'])
    expect(valuesAt(training, 'sessions.place')).toEqual(['Rennes', 'Lyon'])
  })

  it('is empty for a missing path or a missing document', () => {
    expect(valuesAt(training, 'nothing')).toEqual([])
    expect(valuesAt(training, 'title.deeper')).toEqual([])
    expect(valuesAt(null, 'title')).toEqual([])
    expect(valuesAt(undefined, 'a.b')).toEqual([])
  })

  it('keeps falsy values that are values', () => {
    expect(valuesAt({ n: 0, s: '', b: false }, 'n')).toEqual([0])
    expect(valuesAt({ n: 0, s: '', b: false }, 's')).toEqual([''])
    expect(valuesAt({ n: 0, s: '', b: false }, 'b')).toEqual([false])
  })
})
