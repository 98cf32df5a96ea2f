/**
 * The locales searched, each with its text search configuration (created by the search
 * migrations: stemming after unaccent) and the index's columns holding its text. `words` is the
 * same text unstemmed, for prefixes: `coop` is the start of the word « coopération », not of its
 * stem. The default locale's columns are the index's first ones.
 */
export const SEARCH_LOCALES = {
  fr: { config: 'french_unaccent', title: 'title', content: 'content', tsv: 'tsv', words: 'words' },
  en: {
    config: 'english_unaccent',
    title: 'title_en',
    content: 'content_en',
    tsv: 'tsv_en',
    words: 'words_en',
  },
} as const

export type SearchLocale = keyof typeof SEARCH_LOCALES

export const SEARCH_LOCALE_CODES = Object.keys(SEARCH_LOCALES) as [SearchLocale, ...SearchLocale[]]

/** Words without stemming or accents: what prefixes are matched against. */
export const WORDS_CONFIG = 'simple_unaccent'

/** What a PostgreSQL server must offer for search; checked at start (see ensureSearchExtensions). */
export const SEARCH_EXTENSIONS = ['unaccent', 'pg_trgm'] as const
