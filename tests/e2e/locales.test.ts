import { describe, expect, it } from 'vitest'

import { serverForTests } from '../helpers/server'

// Locales through the real server: GraphQL's refusal is a 400 there (its request cannot run), and
// the public cache keeps French and English answers apart, `_fallback` included.
const server = serverForTests()

const LOCALES = 'Unknown locale (possible: fr, en)'
const english = { 'accept-language': 'en' }

describe('locales through the server', () => {
  it('answers 400 to a GraphQL locale it does not know, over POST and GET', async () => {
    const query = '{ Resources(locale: de, limit: 1) { docs { title } } }'
    const post = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...english },
      body: JSON.stringify({ query }),
    })
    expect(post.status).toBe(400)
    const body = (await post.json()) as { errors: Array<{ message: string }> }
    expect(body.errors.map((e) => e.message)).toContain(`locale: ${LOCALES}`)

    const get = await fetch(
      `${server.url}/api/graphql?locale=de&query=${encodeURIComponent('{ Axes { docs { id } } }')}`,
      { headers: english },
    )
    expect(get.status).toBe(400)
    expect(await get.json()).toMatchObject({
      errors: [{ message: 'locale: Unknown locale (possible: fr, en, all)' }],
    })
    // The URL's locale is read over GET as over POST (it was dropped, and the answer was French).
    const axes = await fetch(
      `${server.url}/api/graphql?locale=en&query=${encodeURIComponent('{ Axes(limit: 1, sort: "number") { docs { title } } }')}`,
    )
    const french = await fetch(
      `${server.url}/api/graphql?query=${encodeURIComponent('{ Axes(limit: 1, sort: "number") { docs { title } } }')}`,
    )
    const title = async (r: Response) =>
      ((await r.json()) as { data: { Axes: { docs: Array<{ title: string }> } } }).data.Axes
        .docs[0]!.title
    expect(await title(axes)).not.toBe(await title(french))
  })

  it('keeps each locale its own answer in the cache', async () => {
    const path =
      '/api/resources?where[slug][equals]=actes-premier-congres-developpeurs-territoriaux&depth=0&select[title]=true&select[summary]=true&select[_fallback]=true'
    const read = async (locale: string) => {
      const response = await fetch(`${server.url}${path.replace('?', `?locale=${locale}&`)}`)
      expect(response.status).toBe(200)
      return {
        cache: response.headers.get('x-cache'),
        doc: ((await response.json()) as { docs: Array<Record<string, unknown>> }).docs[0]!,
      }
    }
    const fr = await read('fr')
    const en = await read('en')
    expect(fr.doc).not.toHaveProperty('_fallback')
    expect(en.doc._fallback).toEqual(['summary'])
    expect(en.doc.title).not.toBe(fr.doc.title)
    // Read again: both served from memory, each still its own.
    const [frAgain, enAgain] = [await read('fr'), await read('en')]
    expect([frAgain.cache, enAgain.cache]).toEqual(['hit', 'hit'])
    expect(frAgain.doc).toEqual(fr.doc)
    expect(enAgain.doc).toEqual(en.doc)
  })
})
