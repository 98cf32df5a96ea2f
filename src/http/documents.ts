import { type DocumentNode, Lexer, parse, Source, TokenKind } from 'graphql'

// Documents kept parsed, by their text: partner sites send the same few queries again and again.
// What a parsed document holds (its nodes, tokens and locations) is about 4 KB plus 90 to 300
// bytes per character of its text (the shorter its tokens, the more): the documents kept are
// bounded by the upper estimate, PARSED_MAX_BYTES in all; texts over PARSED_MAX_LENGTH are parsed
// each time.
const PARSED_MAX_BYTES = 16 * 1024 * 1024
const PARSED_MAX_LENGTH = 10_000
const bytesOf = (query: string) => 4096 + 300 * query.length

// Each `{`, `[` or `(` is a level of graphql's recursive parser: some 3 000 overflow its stack.
// A filter of 80 nested AND takes 240; nothing a partner site sends comes near the limit.
export const MAX_NESTING = 256

/** A document nested deeper than MAX_NESTING: refused before graphql's parser meets it. */
export class NestedTooDeep extends Error {}

/** Whether the document opens more than MAX_NESTING brackets inside each other (strings and comments skipped). */
const nestsTooDeep = (query: string): boolean => {
  const lexer = new Lexer(new Source(query))
  let depth = 0
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (OPENING.has(token.kind) && ++depth > MAX_NESTING) return true
      if (CLOSING.has(token.kind)) depth--
    }
  } catch {
    // A syntax error: graphql-http reports it, with its place.
  }
  return false
}
const OPENING = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L])
const CLOSING = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R])

const parsed = new Map<string, DocumentNode>()
let parsedBytes = 0

/**
 * The document a query's text holds, parsed once for every check of the host and for Payload's
 * handler (the least recently used dropped first). Throws graphql's syntax error, or
 * NestedTooDeep: a text is lexed for its depth once, when it is first parsed.
 */
export const parseDocument = (query: string | Source): DocumentNode => {
  if (typeof query !== 'string') return parse(query)
  const known = parsed.get(query)
  if (known) {
    parsed.delete(query)
    parsed.set(query, known)
    return known
  }
  if (nestsTooDeep(query)) throw new NestedTooDeep()
  const document = parse(query)
  if (query.length > PARSED_MAX_LENGTH) return document
  for (const oldest of parsed.keys()) {
    if (parsedBytes + bytesOf(query) <= PARSED_MAX_BYTES) break
    parsed.delete(oldest)
    parsedBytes -= bytesOf(oldest)
  }
  parsed.set(query, document)
  parsedBytes += bytesOf(query)
  return document
}
