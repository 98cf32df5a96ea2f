import { describe, expect, it } from 'vitest'

import { inEachLocale, toHtml, toText } from '../../src/plugins/rich-text-formats/convert'

const html = toHtml('https://pole.example/some/path')
const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
})
const state = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })

describe('rich text forms', () => {
  it('escapes text and keeps paragraphs', () => {
    expect(html(state(paragraph('<b>a & b</b>')))).toBe('<p>&lt;b&gt;a &amp; b&lt;/b&gt;</p>')
    expect(toText(state(paragraph('un'), paragraph('deux')))).toBe('un\n\ndeux')
  })

  it('gives null for what is not rich text, per locale with locale=all', () => {
    expect(inEachLocale(null, html)).toBeNull()
    expect(inEachLocale('text', html)).toBeNull()
    expect(inEachLocale({ fr: state(paragraph('oui')), en: null }, toText)).toEqual({
      fr: 'oui',
      en: null,
    })
  })

  it('never fails a read on a state the converters cannot walk', () => {
    expect(inEachLocale({ root: { children: 'x' } }, html)).toBeNull()
  })
})
