/** Plain text out of the values a document holds: strings, rich text (Lexical), arrays of either. */
export const plainText = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map(plainText).filter(Boolean).join(' ')
  if (typeof value === 'object') {
    const node = value as { root?: unknown; children?: unknown; text?: unknown }
    if (node.root) return plainText(node.root)
    return [plainText(node.text), plainText(node.children)].filter(Boolean).join(' ')
  }
  return ''
}

/** The value at a dotted path, through arrays (`sessions.region` gives every session's region). */
export const valuesAt = (doc: unknown, path: string): unknown[] => {
  const [head, ...rest] = path.split('.')
  const value = (doc as Record<string, unknown> | null)?.[head!]
  const values = Array.isArray(value) ? value : [value]
  if (!rest.length) return values.filter((v) => v !== null && v !== undefined)
  return values.flatMap((v) => valuesAt(v, rest.join('.')))
}
