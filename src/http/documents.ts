import { type DocumentNode, parse, type Source } from 'graphql'

// Documents kept parsed, by their text: partner sites send the same few queries again and again.
// What a parsed document holds (its nodes, tokens and locations) is about 4 KB plus 90 to 300
// bytes per character of its text (the shorter its tokens, the more): the documents kept are
// bounded by the upper estimate, PARSED_MAX_BYTES in all; texts over PARSED_MAX_LENGTH are parsed
// each time.
const PARSED_MAX_BYTES = 16 * 1024 * 1024
const PARSED_MAX_LENGTH = 10_000
const bytesOf = (query: string) => 4096 + 300 * query.length

const parsed = new Map<string, DocumentNode>()
let parsedBytes = 0

/**
 * The document a query's text holds, parsed once for every check of the host and for Payload's
 * handler (the least recently used dropped first). Throws graphql's syntax error.
 */
export const parseDocument = (query: string | Source): DocumentNode => {
  if (typeof query !== 'string') return parse(query)
  const known = parsed.get(query)
  if (known) {
    parsed.delete(query)
    parsed.set(query, known)
    return known
  }
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
