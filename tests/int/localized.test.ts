import { beforeAll, describe, expect, it } from 'vitest'

import { graphql, login, payload, rest } from '../helpers/api'

// An editor working in English: a draft may lack its French text, a publication may not, and the
// refusal names the field and the language; nothing is written, the search index included.
let token: string
beforeAll(async () => {
  token = await login('coordination@unadel.test')
})

const resourcesCount = async () =>
  (await (await payload()).count({ collection: 'resources' })).totalDocs
const indexCount = async () =>
  (await (await payload()).count({ collection: 'search-index' as never })).totalDocs

describe('publishing in English', () => {
  it('refuses a new resource published without its French title, naming field and language', async () => {
    const [resources, entries] = [await resourcesCount(), await indexCount()]
    const fr = await rest('POST', '/resources?locale=en', {
      token,
      body: { title: 'Proceedings', type: 'tool', _status: 'published' },
    })
    expect(fr.status).toBe(400)
    expect(fr.body.errors[0].data.errors).toEqual([
      {
        path: 'title',
        label: 'Titre (français)',
        message: 'Titre : à remplir en français avant de publier',
      },
    ])
    expect(fr.body.errors[0].message).toMatch(
      /^Le champ suivant n’est pas valide\s*: Titre \(français\)$/,
    )
    const en = await rest('POST', '/resources?locale=en', {
      token,
      headers: { 'accept-language': 'en' },
      body: { title: 'Proceedings', type: 'tool', _status: 'published' },
    })
    expect(en.status).toBe(400)
    expect(en.body.errors[0].data.errors[0].message).toBe(
      'Title: fill it in French before publishing',
    )
    expect(await resourcesCount()).toBe(resources)
    expect(await indexCount()).toBe(entries)
  })

  it('saves the English draft, then publishes it once the French title is there', async () => {
    const draft = await rest('POST', '/resources?locale=en', {
      token,
      body: { title: 'Proceedings 2015', type: 'tool', _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    const id = draft.body.doc.id
    const early = await rest('PATCH', `/resources/${id}?locale=en`, {
      token,
      body: { _status: 'published' },
    })
    expect(early.status).toBe(400)
    expect(early.body.errors[0].data.errors[0].path).toBe('title')

    const french = await rest('PATCH', `/resources/${id}?locale=fr`, {
      token,
      body: { title: 'Actes 2015' },
    })
    expect(french.status).toBe(200)
    const published = await rest('PATCH', `/resources/${id}?locale=en`, {
      token,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    // Publishing in English leaves the French text as it was (reading French within the save
    // once turned the request itself French, and the English data was saved as French).
    expect(published.body.doc.title).toBe('Proceedings 2015')
    const p = await payload()
    const read = (locale: 'fr' | 'en') =>
      p.findByID({ collection: 'resources', id, locale, fallbackLocale: false, depth: 0 })
    expect((await read('fr')).title).toBe('Actes 2015')
    expect((await read('en')).title).toBe('Proceedings 2015')
    const found = await rest('GET', `/search?q=actes%202015`)
    expect(found.body.docs.map((d: { id: number }) => d.id)).toContain(id)
  })

  it('accepts both languages at once (locale=all) and refuses all but French missing', async () => {
    const both = await rest('POST', '/resources?locale=all', {
      token,
      body: {
        title: { fr: 'Guide 2016', en: 'Guide 2016 (en)' },
        type: 'tool',
        _status: 'published',
      },
    })
    expect(both.status).toBe(201)
    const english = await rest('POST', '/resources?locale=all', {
      token,
      body: { title: { en: 'Only English' }, type: 'tool', _status: 'published' },
    })
    expect(english.status).toBe(400)
  })

  it('duplicates a published document in English: its French text comes along', async () => {
    const { docs } = await (
      await payload()
    ).find({ collection: 'resources', where: { _status: { equals: 'published' } }, limit: 1 })
    const copy = await rest('POST', `/resources/${docs[0]!.id}/duplicate?locale=en`, { token })
    expect(copy.status).toBe(200)
    const french = await (
      await payload()
    ).findByID({
      collection: 'resources',
      id: copy.body.doc.id,
      locale: 'fr',
      depth: 0,
      draft: true,
    })
    expect(french.title).toBe(docs[0]!.title)
  })

  it('refuses the same through GraphQL', async () => {
    const reply = await graphql(
      `
        mutation {
          createResource(locale: en, data: { title: "Survey", type: tool, _status: published }) {
            id
          }
        }
      `,
      {},
      { token },
    )
    expect(reply.body.errors?.[0]?.extensions?.data?.errors).toEqual([
      {
        path: 'title',
        label: 'Titre (français)',
        message: 'Titre : à remplir en français avant de publier',
      },
    ])
  })
})
