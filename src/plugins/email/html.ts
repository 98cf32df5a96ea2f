import { escapeHtml } from '../../utilities/escapeHtml'

export { escapeHtml }

/** A paragraph of a message, or a link on a line of its own. */
export type Part = string | { link: string }

/** A message as HTML: each paragraph escaped, links clickable. */
export const htmlOf = (parts: Part[]) =>
  parts
    .map((part) =>
      typeof part === 'string'
        ? `<p>${escapeHtml(part)}</p>`
        : `<p><a href="${escapeHtml(part.link)}">${escapeHtml(part.link)}</a></p>`,
    )
    .join('\n')

/** The same message as plain text, for mail clients that show no HTML. */
export const textOf = (parts: Part[]) =>
  parts.map((part) => (typeof part === 'string' ? part : part.link)).join('\n\n')
