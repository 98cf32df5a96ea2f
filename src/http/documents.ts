import { type DocumentNode, parse, type Source } from 'graphql'

// Documents kept parsed, by their text: partner sites send the same few queries again and again.
// A parsed document holds about 90 bytes per character of its text (its tokens and locations):
// the texts kept add up to at most PARSED_MAX_CHARACTERS (some 18 MB), each at most
// PARSED_MAX_LENGTH; longer ones are parsed each time.
const PARSED_MAX_CHARACTERS = 200_000
const PARSED_MAX_LENGTH = 10_000

const parsed = new Map<string, DocumentNode>()
let parsedCharacters = 0

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
    if (parsedCharacters + query.length <= PARSED_MAX_CHARACTERS) break
    parsed.delete(oldest)
    parsedCharacters -= oldest.length
  }
  parsed.set(query, document)
  parsedCharacters += query.length
  return document
}
