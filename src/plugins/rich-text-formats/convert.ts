import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  LinkHTMLConverter,
} from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from 'lexical'

import { idOf } from '../../utilities/idOf'

type LinkDoc = { relationTo?: string; value?: unknown }

const isEditorState = (value: unknown): value is SerializedEditorState =>
  typeof value === 'object' && value !== null && 'root' in value

/**
 * Rich text as HTML: Payload's own converters (text escaped, link URLs sanitised), internal links
 * to the document's absolute API URL on `serverUrl`.
 */
export const toHtml =
  (serverUrl: string) =>
  (value: unknown): string | null =>
    isEditorState(value)
      ? convertLexicalToHTML({
          data: value,
          disableContainer: true,
          converters: {
            ...defaultHTMLConverters,
            ...LinkHTMLConverter({
              internalDocToHref: ({ linkNode }) => {
                const doc = linkNode.fields.doc as LinkDoc | undefined
                const id = idOf(doc?.value)
                return doc?.relationTo && id !== undefined
                  ? `${new URL(serverUrl).origin}/api/${doc.relationTo}/${id}`
                  : '#'
              },
            }),
          },
        })
      : null

/** Rich text as plain text: paragraphs separated by blank lines. */
export const toText = (value: unknown): string | null =>
  isEditorState(value) ? convertLexicalToPlaintext({ data: value }) : null

/** A converted value, per locale when the document is read with `locale=all`. */
export const inEachLocale = (
  value: unknown,
  convert: (state: unknown) => string | null,
): string | null | Record<string, string | null> => {
  // A derived form never fails the read: a state the converters cannot walk (written around
  // Payload's validation) gives null, and the JSON itself is still served.
  const safely = (state: unknown) => {
    try {
      return convert(state)
    } catch {
      return null
    }
  }
  if (isEditorState(value) || value === null || value === undefined) return safely(value)
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([locale, v]) => [locale, safely(v)]))
  return null
}
