import { parseFragment, type DefaultTreeAdapterMap } from 'parse5'
import { beforeAll, describe, expect, it } from 'vitest'

import { graphql, idBySlug, login, rest } from '../helpers/api'

// A partner site reads rich text as HTML or plain text, never Lexical's JSON: what it gets must
// be well-formed, carry no script nor event handler, and point internal links at the API.
type Node = DefaultTreeAdapterMap['childNode']

const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  version: 1,
})
const link = (fields: Record<string, unknown>, label: string) => ({
  type: 'link',
  fields,
  children: [text(label)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 3,
})
const state = (...children: unknown[]) => ({
  root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
})

const elements = (html: string) => {
  const found: Array<{ tag: string; attrs: Record<string, string> }> = []
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if ('tagName' in node) {
        found.push({
          tag: node.tagName,
          attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])),
        })
        walk(node.childNodes as Node[])
      }
    }
  }
  walk(parseFragment(html).childNodes as Node[])
  return found
}

let token: string
let id: number
let unadel: number
beforeAll(async () => {
  token = await login('coordination@unadel.test')
  unadel = await idBySlug('members', 'unadel')
  const body = state(
    paragraph(text('Actes du '), text('congrès', 1), text(' <script>alert(1)</script>')),
    paragraph(
      link({ linkType: 'custom', url: 'javascript:alert(1)', newTab: false }, 'piège'),
      text(' et '),
      link({ linkType: 'custom', url: 'https://unadel.org/', newTab: true }, 'le site'),
      text(' et '),
      link(
        { linkType: 'internal', doc: { relationTo: 'members', value: unadel }, newTab: false },
        "l'Unadel",
      ),
    ),
  )
  const created = await rest('POST', '/resources', {
    token,
    body: { title: 'Actes en HTML', type: 'proceedings', body, _status: 'published' },
  })
  expect(created.status).toBe(201)
  id = created.body.doc.id
})

describe('rich text for partner sites', () => {
  it('serves sanitised HTML: text escaped, no script, no handler, no javascript: link', async () => {
    const { body } = await rest('GET', `/resources/${id}`)
    const found = elements(body.bodyHtml)
    expect(found.map((e) => e.tag)).toEqual(['p', 'strong', 'p', 'a', 'a', 'a'])
    expect(found.some((e) => e.tag === 'script')).toBe(false)
    expect(found.flatMap((e) => Object.keys(e.attrs)).filter((a) => a.startsWith('on'))).toEqual([])
    const hrefs = found.filter((e) => e.tag === 'a').map((e) => e.attrs.href)
    expect(hrefs[0]).not.toMatch(/^javascript:/i)
    expect(hrefs[1]).toBe('https://unadel.org/')
    expect(hrefs[2]).toBe(`http://localhost:3000/api/members/${unadel}`)
    expect(body.bodyHtml).toContain('&lt;script&gt;')
  })

  it('serves plain text', async () => {
    const { body } = await rest('GET', `/resources/${id}`)
    expect(body.bodyText).toContain('Actes du congrès <script>alert(1)</script>')
    expect(body.bodyText).toContain("piège et le site et l'Unadel")
    expect(body.bodyText).not.toContain('<p>')
  })

  it('in each locale with locale=all, and null where there is no rich text', async () => {
    const all = await rest('GET', `/resources/${id}?locale=all`)
    expect(typeof all.body.bodyHtml.fr).toBe('string')
    expect(all.body.bodyHtml.en ?? null).toBeNull()
    const list = await rest('GET', `/resources?where[body][exists]=false&limit=1`)
    expect(list.body.docs[0].bodyHtml).toBeNull()
  })

  it('when only they are selected', async () => {
    const { body } = await rest(
      'GET',
      `/resources/${id}?select[bodyHtml]=true&select[bodyText]=true`,
    )
    expect(body.bodyHtml).toContain('<strong>congrès</strong>')
    expect(body.bodyText).toContain('Actes du congrès')
  })

  it('through GraphQL too', async () => {
    const reply = await graphql(`{ Resource(id: ${id}) { bodyHtml bodyText } }`)
    expect(reply.body.data.Resource.bodyHtml).toContain('<strong>congrès</strong>')
    expect(reply.body.data.Resource.bodyText).toContain('Actes du congrès')
  })

  it('ignores a value sent for them', async () => {
    const reply = await rest('PATCH', `/resources/${id}`, {
      token,
      body: { bodyHtml: '<img src=x onerror=alert(1)>' },
    })
    expect(reply.status).toBeLessThan(300)
    expect(reply.body.doc.bodyHtml).not.toContain('onerror')
  })

  it('refuses rich text it could not serve, naming the field, and writes nothing', async () => {
    const before = (await rest('GET', `/resources/${id}?depth=0`)).body.body
    const bad = [
      { root: { type: 'root', children: 'x' } },
      { root: { type: 'root', children: [null] } },
      state(paragraph({ type: 'text', text: { a: 1 } })),
      state(
        paragraph(
          link({ linkType: 'internal', doc: { relationTo: 'members', value: 99999999999 } }, 'x'),
        ),
      ),
      state(paragraph(link({ linkType: 'internal', doc: { relationTo: 'nope', value: 1 } }, 'x'))),
      state(
        paragraph(
          link({ linkType: 'internal', doc: { relationTo: 'members', value: 999999 } }, 'x'),
        ),
      ),
    ]
    for (const body of bad) {
      const reply = await rest('PATCH', `/resources/${id}`, { token, body: { body } })
      expect(reply.status, JSON.stringify(body)).toBe(400)
      expect(reply.body.errors[0].data.errors[0].path).toMatch(/^body/)
    }
    expect((await rest('GET', `/resources/${id}?depth=0`)).body.body).toEqual(before)
    // The public list still answers, at every depth.
    expect((await rest('GET', '/resources?limit=100&depth=1')).status).toBe(200)
  })
})
