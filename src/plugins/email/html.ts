const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text as HTML shows it: names and titles come from people, never markup. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!)

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
