import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { publicPages, readEnv, StartupError } from '../../src/env'
import { feedsPlugin, type FeedsPluginOptions } from '../../src/plugins/feeds'
import { isPagePattern, pageOf } from '../../src/plugins/feeds/pages'
import { expectPredicate } from '../helpers/predicates'

describe('public pages', () => {
  it('fills {slug} and {id}, escaped as a path segment', () => {
    expect(pageOf('https://site.example/r/{slug}', { id: 3, slug: 'cooperation' })).toBe(
      'https://site.example/r/cooperation',
    )
    expect(pageOf('https://site.example/m/{id}?from={slug}', { id: 7, slug: 'a b/c' })).toBe(
      'https://site.example/m/7?from=a%20b%2Fc',
    )
    expect(pageOf('https://site.example/r/{slug}', { id: 3, slug: null })).toBeUndefined()
    expect(pageOf('https://site.example/r/"<{id}>"', { id: 3 })).toBe(
      'https://site.example/r/%22%3C3%3E%22',
    )
  })

  it('takes http(s) URLs that name a document only', () => {
    expectPredicate(
      isPagePattern,
      ['https://site.example/r/{slug}', 'http://localhost:8080/m/{id}.html'],
      ['https://site.example/r/', 'javascript:alert({id})', '/r/{slug}'],
    )
  })

  it('are read from the environment, under PUBLIC_SITE_URL by default', () => {
    expect(publicPages(readEnv({}))).toMatchObject({
      resources: 'http://localhost:3000/ressources/{slug}',
    })
    const env = readEnv({
      PUBLIC_SITE_URL: 'https://pole.example/',
      PUBLIC_URL_MEMBERS: 'https://annuaire.example/{id}',
    })
    expect(publicPages(env)).toEqual({
      resources: 'https://pole.example/ressources/{slug}',
      trainings: 'https://pole.example/formations/{slug}',
      events: 'https://pole.example/evenements/{slug}',
      'regional-groups': 'https://pole.example/groupes-regionaux/{slug}',
      members: 'https://annuaire.example/{id}',
    })
  })

  it.each([
    [{ PUBLIC_URL_EVENTS: 'https://site.example/evenements/' }, 'PUBLIC_URL_EVENTS'],
    [{ PUBLIC_SITE_URL: 'ftp://site.example' }, 'PUBLIC_SITE_URL'],
    [{ SITEMAP_MAX_URLS: '50001' }, 'SITEMAP_MAX_URLS'],
  ])('refuses %o naming the variable', (source, name) => {
    expect(() => readEnv(source)).toThrow(StartupError)
    expect(() => readEnv(source)).toThrow(`Invalid environment variable ${name}:`)
  })
})

describe('feeds plugin options checked at start', () => {
  const config = {
    collections: [
      {
        slug: 'resources',
        admin: { useAsTitle: 'title' },
        fields: [
          { name: 'title', type: 'text' },
          { name: 'summary', type: 'textarea' },
        ],
      } as CollectionConfig,
      { slug: 'members', fields: [] } as CollectionConfig,
    ],
  } as Config
  const options: FeedsPluginOptions = {
    serverUrl: 'https://api.example',
    siteUrl: 'https://site.example',
    pages: { resources: 'https://site.example/r/{slug}' },
    feeds: { resources: { collection: 'resources' } },
  }
  const build = (changes: Partial<FeedsPluginOptions>) =>
    feedsPlugin({ ...options, ...changes })(config) as Config

  it('adds a feed per name and the sitemap, marked for the root', () => {
    const endpoints = build({}).endpoints!
    expect(endpoints.map((e) => [e.path, e.custom?.root ?? false])).toEqual([
      ['/feeds/resources.xml', false],
      ['/sitemap.xml', true],
    ])
  })

  it.each([
    [{ pages: { reports: 'https://site.example/{slug}' } }, 'no collection "reports"'],
    [
      { pages: { resources: 'https://site.example/r/' } },
      'pages.resources: "https://site.example/r/"',
    ],
    [{ feeds: { events: { collection: 'events' } } }, 'no collection "events"'],
    [
      { feeds: { resources: { collection: 'resources', summary: ['bodyText'] } } },
      '"resources" has no field "bodyText"',
    ],
    [{ pages: {} }, 'pages names no collection'],
    [{ pages: { members: 'https://site.example/m/{id}' } }, 'no page pattern for "resources"'],
  ] as Array<[Partial<FeedsPluginOptions>, string]>)('refuses %o', (changes, message) => {
    expect(() => build(changes)).toThrow(message)
  })
})
