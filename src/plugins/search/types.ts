import type { CollectionSlug, PayloadRequest } from 'payload'

/** How one collection is indexed: which fields give the text, which relationships the facets. */
export type IndexedCollection = {
  /** The field shown as the hit's title. */
  title: string
  /** Fields whose text is searched after the title (strings, rich text, arrays). */
  content: string[]
  /** Dotted path of the relationship to the axes, to filter by. */
  axes?: string
  /** Dotted path of the relationship to the function, to filter by. */
  function?: string
  /** Dotted paths of the relationships to regions, to filter by. */
  regions?: string[]
  /**
   * Whether a title with a typo still finds the document (pg_trgm similarity): for names of
   * organisations, which a reader often misspells.
   * @default false
   */
  typos?: boolean
}

export type SearchPluginOptions = {
  /** The collections whose published documents are searched, each with its fields. */
  collections: Partial<Record<CollectionSlug, IndexedCollection>>
  /**
   * The hidden collection holding the index.
   * @default 'search-index'
   */
  indexSlug?: string
  /**
   * The regions a `region` filter means (e.g. with the regions merged into them).
   * @default the regions given
   */
  regionsOf?: (req: PayloadRequest, ids: number[]) => Promise<number[]>
}

export type ResolvedSearchOptions = {
  collections: Partial<Record<CollectionSlug, IndexedCollection>>
  /** The indexed collections' slugs: the values the `type` parameter accepts. */
  types: [CollectionSlug, ...CollectionSlug[]]
  indexSlug: CollectionSlug
  /** The index's table, which the search query reads directly. */
  table: string
  /** The types whose titles are matched despite typos. */
  typoTypes: CollectionSlug[]
  regionsOf?: SearchPluginOptions['regionsOf']
}

export const resolveSearchOptions = ({
  collections,
  indexSlug = 'search-index',
  regionsOf,
}: SearchPluginOptions): ResolvedSearchOptions => ({
  regionsOf,
  collections,
  types: Object.keys(collections) as [CollectionSlug, ...CollectionSlug[]],
  indexSlug: indexSlug as CollectionSlug,
  table: indexSlug.replaceAll('-', '_'),
  typoTypes: (Object.keys(collections) as CollectionSlug[]).filter(
    (slug) => collections[slug]!.typos,
  ),
})
