import type { Where } from 'payload'

/** A document's page on the public site: its URL pattern with `{slug}` and `{id}` filled in. */
export type PagePattern = string

const PLACEHOLDER = /\{(slug|id)\}/g

/** Whether `pattern` can name a page: an http(s) URL once its placeholders are filled, with one of them. */
export const isPagePattern = (pattern: string): boolean => {
  if (!/\{(slug|id)\}/.test(pattern)) return false
  try {
    return /^https?:$/.test(new URL(pattern.replace(PLACEHOLDER, 'x')).protocol)
  } catch {
    return false
  }
}

/** The page of a document, or undefined when the pattern needs a slug it does not have. */
export const pageOf = (
  pattern: PagePattern,
  doc: { id: number | string; slug?: string | null },
): string | undefined => {
  if (pattern.includes('{slug}') && !doc.slug) return undefined
  // Through URL: a quote or an angle bracket in the pattern comes out percent-encoded, never raw
  // in the feed's and the sitemap's XML.
  return new URL(
    pattern.replace(PLACEHOLDER, (_, name: 'slug' | 'id') =>
      encodeURIComponent(String(name === 'slug' ? doc.slug : doc.id)),
    ),
  ).href
}

/** Only documents that have a page: a pattern with `{slug}` needs one. */
export const withPages = (pattern: string): Where | undefined =>
  pattern.includes('{slug}') ? { slug: { exists: true } } : undefined
