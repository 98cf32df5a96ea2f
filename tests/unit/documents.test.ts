import { describe, expect, it } from 'vitest'

import { parseDocument } from '../../src/http/documents'

const query = (n: number, length: number) => {
  const text = `{ q${n}: Resources { totalDocs } }`
  return text + ' '.repeat(length - text.length)
}

describe('parseDocument', () => {
  it('parses a text once, and keeps the texts it has seen last', () => {
    const first = parseDocument(query(0, 100))
    expect(parseDocument(query(0, 100))).toBe(first)
    expect(parseDocument(`${query(0, 100)} `)).not.toBe(first)
  })

  it('keeps documents up to 16 MB by their estimated size (4 KB + 300 bytes a character), dropping the least recently used', () => {
    const documents = Array.from({ length: 30 }, (_, n) => parseDocument(query(n, 9_000)))
    // 2 704 096 bytes each: six fit in 16 MB, the twenty-four first were dropped.
    expect(parseDocument(query(29, 9_000))).toBe(documents[29])
    expect(parseDocument(query(24, 9_000))).toBe(documents[24])
    expect(parseDocument(query(23, 9_000))).not.toBe(documents[23])
  })

  it('does not keep a text over 10 000 characters', () => {
    const long = query(99, 10_001)
    expect(parseDocument(long)).not.toBe(parseDocument(long))
  })

  it('throws graphql’s syntax error, and keeps nothing of it', () => {
    expect(() => parseDocument('{ Resources {')).toThrow(/Syntax Error/)
    expect(() => parseDocument('{ Resources {')).toThrow(/Syntax Error/)
  })
})
