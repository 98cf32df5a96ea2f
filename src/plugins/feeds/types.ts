import type { CollectionSlug } from 'payload'

import type { PagePattern } from './pages'

export type FeedOptions = {
  /** The collection whose latest published documents the feed lists. */
  collection: CollectionSlug
  /**
   * Fields whose first non-empty value is an entry's summary (a rich text's plain text is `xText`,
   * given by the rich-text-formats plugin).
   * @default ['summary']
   */
  summary?: string[]
  /** Dated documents (events): their date fields, said first in the summary. */
  dates?: { start: string; end?: string; allDay?: string }
}

export type FeedsPluginOptions = {
  /** The API's public origin (`SERVER_URL`): the feeds' and the sitemap index's own URLs. */
  serverUrl: string
  /** The public site's home page: the feeds' link. */
  siteUrl: string
  /**
   * A document's page on the public site, per collection: a URL with `{slug}` or `{id}`
   * (`https://site.example/ressources/{slug}`). The sitemap lists the published documents of
   * these collections; a feed links its entries there.
   */
  pages: Partial<Record<CollectionSlug, PagePattern>>
  /** The feeds, by name: `GET /api/feeds/<name>.xml`. */
  feeds: Record<string, FeedOptions>
  /**
   * Entries per feed, the latest changed first.
   * @default 50
   */
  entries?: number
  /**
   * URLs per sitemap; beyond, `/sitemap.xml` is a sitemap index of pages of this many.
   * @default 50000 (the sitemap protocol's limit)
   */
  sitemapMaxUrls?: number
}

/** A feed as the plugin serves it, checked against the config. */
export type ResolvedFeed = Required<Omit<FeedOptions, 'dates'>> &
  Pick<FeedOptions, 'dates'> & {
    name: string
    /** The field shown as the document's title (the collection's `useAsTitle`). */
    titleField: string
    /** The collection's plural name, per locale (the feed's title). */
    plural: Record<string, string>
    page: PagePattern
  }
