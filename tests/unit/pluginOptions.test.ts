import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { delegationPlugin } from '../../src/plugins/delegation'
import { mediaWebPlugin } from '../../src/plugins/media-web'
import { searchPlugin } from '../../src/plugins/search'
import { structuredDataPlugin } from '../../src/plugins/structured-data'
import { webhooksPlugin } from '../../src/plugins/webhooks'

// A forgotten piece of a new collection fails when the config is built, with a message naming it.
const collection = (slug: string, fields: CollectionConfig['fields'] = []): CollectionConfig => ({
  slug,
  fields,
})
const functionField = { name: 'function', type: 'relationship', relationTo: 'functions' } as const
const config = (...collections: CollectionConfig[]) =>
  ({
    collections: [
      collection('users'),
      collection('members'),
      collection('functions'),
      ...collections,
    ],
  }) as Config
const isCoordinator = () => false
/** Builds the search plugin over a collection « reports » of these fields, searched by `content`. */
const searchReports = (content: string, fields: CollectionConfig['fields']) => () =>
  searchPlugin({
    collections: { reports: { title: 'title', content: [content] } } as never,
  })(config(collection('reports', fields)))

describe('plugin options checked at start', () => {
  it('delegation: a delegated collection that does not exist', () => {
    expect(() =>
      delegationPlugin({ collections: { reports: true } as never, isCoordinator })(config()),
    ).toThrow('delegation plugin: no collection "reports" to delegate')
  })

  it('delegation: a delegated collection without its function field', () => {
    expect(() =>
      delegationPlugin({ collections: { reports: true } as never, isCoordinator })(
        config(collection('reports', [{ name: 'title', type: 'text' }])),
      ),
    ).toThrow('"reports" has no relationship field "function"')
  })

  it('delegation: adds the pilots rows to the functions, covering the delegated collections', () => {
    const built = delegationPlugin({ collections: { reports: true } as never, isCoordinator })(
      config(collection('reports', [functionField])),
    ) as Config
    const functions = built.collections!.find((c) => c.slug === 'functions')!
    const pilots = functions.fields.find((f) => 'name' in f && f.name === 'pilots')
    expect(pilots).toMatchObject({ type: 'array' })
    const covered = (pilots as { fields: Array<{ name?: string; options?: unknown }> }).fields.find(
      (f) => f.name === 'collections',
    )
    expect(covered?.options).toEqual([{ value: 'reports', label: 'reports' }])
  })

  it('search: a misspelt field path', () => {
    expect(
      searchReports('sessions.plcae', [
        { name: 'title', type: 'text' },
        { name: 'sessions', type: 'array', fields: [{ name: 'place', type: 'text' }] },
      ]),
    ).toThrow('search plugin: "reports" has no field "sessions.plcae"')
  })

  it('search: paths through arrays and rows are found', () => {
    expect(
      searchReports('sessions.place', [
        { type: 'row', fields: [{ name: 'title', type: 'text' }] },
        { name: 'sessions', type: 'array', fields: [{ name: 'place', type: 'text' }] },
      ]),
    ).not.toThrow()
  })

  it('structured data: a collection that does not exist', () => {
    expect(() =>
      structuredDataPlugin({
        serverUrl: 'https://pole.example',
        collections: { reports: () => ({}) } as never,
      })(config()),
    ).toThrow('structured-data plugin: no collection "reports" to describe')
  })

  it('webhooks: a collection that does not exist', () => {
    expect(() =>
      webhooksPlugin({ collections: ['reports'] as never, isCoordinator })(config()),
    ).toThrow('webhooksPlugin: no collection named reports')
  })

  it('media-web: a collection that is not an upload, a width that is no size', () => {
    const serverUrl = 'https://pole.example'
    expect(() => mediaWebPlugin({ serverUrl })(config(collection('media')))).toThrow(
      'media-web plugin: no upload collection "media"',
    )
    expect(() =>
      mediaWebPlugin({ serverUrl, widths: { card: 0 } })(
        config({ ...collection('media'), upload: true }),
      ),
    ).toThrow('width of "card" must be a whole number of pixels')
  })
})
