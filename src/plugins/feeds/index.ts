import {
  flattenTopLevelFields,
  type CollectionConfig,
  type CollectionSlug,
  type Config,
  type Plugin,
} from 'payload'

import { withTranslations } from '../../utilities/translator'
import { feedEndpoint, type FeedSettings } from './feed'
import { isPagePattern, type PagePattern } from './pages'
import { sitemapEndpoint } from './sitemap'
import { translations } from './translations'
import type { FeedOptions, FeedsPluginOptions, ResolvedFeed } from './types'

export type { FeedOptions, FeedsPluginOptions } from './types'
export { SITEMAP_PATH } from './sitemap'

const fail = (message: string): never => {
  throw new Error(`feeds plugin: ${message}`)
}

const collectionOf = (config: Config, slug: string): CollectionConfig =>
  config.collections?.find((c) => c.slug === slug) ?? fail(`no collection "${slug}"`)

const pluralOf = (collection: CollectionConfig): Record<string, string> => {
  const plural = collection.labels?.plural
  if (typeof plural === 'string') return { fr: plural, en: plural }
  return plural && typeof plural === 'object' ? (plural as Record<string, string>) : {}
}

const resolveFeed = (
  config: Config,
  name: string,
  { collection: slug, summary = ['summary'], dates }: FeedOptions,
  pages: FeedsPluginOptions['pages'],
): ResolvedFeed => {
  const collection = collectionOf(config, slug)
  const page = pages[slug] ?? fail(`feed "${name}": no page pattern for "${slug}" in pages`)
  const names = new Set(flattenTopLevelFields(collection.fields).map((f) => 'name' in f && f.name))
  const titleField = collection.admin?.useAsTitle ?? 'id'
  for (const field of [titleField, ...summary, ...Object.values(dates ?? {})])
    if (field !== 'id' && !names.has(field))
      fail(`feed "${name}": "${slug}" has no field "${field}"`)
  return { name, collection: slug, summary, dates, titleField, plural: pluralOf(collection), page }
}

/**
 * Feeds and a sitemap for partner and search sites: `GET /api/feeds/<name>.xml` (Atom, the latest
 * published documents of a collection, French or `?locale=en`) and `GET /sitemap.xml` (the public
 * pages of every published document of the collections given `pages`), read as the public reads.
 * Both are public GETs: the host's cache keeps them until the next write.
 */
export const feedsPlugin =
  ({
    serverUrl,
    siteUrl,
    pages,
    feeds,
    entries = 50,
    sitemapMaxUrls = 50_000,
  }: FeedsPluginOptions): Plugin =>
  (config) => {
    const listed = Object.entries(pages).map(([collection, page]) => {
      collectionOf(config, collection)
      if (!isPagePattern(page!))
        fail(`pages.${collection}: "${page}" is not an http(s) URL with {slug} or {id}`)
      return { collection: collection as CollectionSlug, page: page as PagePattern }
    })
    if (!listed.length) fail('pages names no collection')
    const localization = config.localization || undefined
    const locales = (localization?.locales.map((l) => (typeof l === 'string' ? l : l.code)) ?? [
      'fr',
    ]) as [string, ...string[]]
    const settings: FeedSettings = {
      serverUrl,
      siteUrl,
      apiRoute: config.routes?.api ?? '/api',
      entries,
      locales,
      defaultLocale: localization?.defaultLocale ?? locales[0],
    }
    return withTranslations(
      {
        ...config,
        endpoints: [
          ...(config.endpoints ?? []),
          ...Object.entries(feeds).map(([name, feed]) =>
            feedEndpoint(resolveFeed(config, name, feed, pages), settings),
          ),
          sitemapEndpoint({ pages: listed, serverUrl, maxUrls: sitemapMaxUrls }),
        ],
      },
      translations,
    )
  }
