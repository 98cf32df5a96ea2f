import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { badInput } from '../../src/plugins/errors/badInput'
import { payload } from '../helpers/api'
import { databaseSnapshots } from '../helpers/snapshot'
import { signInOver, startServer, type TestServer } from '../helpers/server'

const LONG_TITLE = 'x'.repeat(501)

type Case = {
  /** What is sent. `:resource` in the path is a resource of the seed. */
  method: string
  path: string
  body?: unknown
  /** A body sent as is, not as JSON. */
  raw?: string
  /** Its Content-Type, when not JSON. */
  type?: string
  /** Headers of its own. */
  headers?: Record<string, string>
  anonymous?: boolean
  /** The parameter or field the answer names; none for answers of the HTTP layer (bodies). */
  names?: string
  status?: number
}

const gql = (
  query: string,
  variables: Record<string, unknown> = {},
): Pick<Case, 'method' | 'path' | 'body'> => ({
  method: 'POST',
  path: '/api/graphql',
  body: { query, variables },
})

/** Every malformed request of issue 9 and more: what each one must answer. */
const cases: Record<string, Case> = {
  'a non-numeric id': { method: 'GET', path: '/api/resources/abc', names: 'id', anonymous: true },
  // Express's router could not decode it: a 500, on any path, for any method.
  'a path segment that is not UTF-8': {
    method: 'DELETE',
    path: '/api/resources/%C3%28',
    names: 'path',
    anonymous: true,
  },
  'a GraphQL subscription (the schema has none)': {
    ...gql('query Q { Axes { totalDocs } } subscription S { x }'),
    anonymous: true,
  },
  'a GraphQL subscription over GET, said unsupported as over POST': {
    method: 'GET',
    path: `/api/graphql?query=${encodeURIComponent('subscription S { x }')}`,
    anonymous: true,
  },
  'a fractional id': { method: 'GET', path: '/api/resources/1.5', names: 'id', anonymous: true },
  'an id past 2^31': {
    method: 'GET',
    path: '/api/resources/99999999999',
    names: 'id',
    anonymous: true,
  },
  'an id of 0': { method: 'GET', path: '/api/resources/0', names: 'id', anonymous: true },
  'an id with letters after its digits': {
    method: 'GET',
    path: '/api/resources/1abc',
    names: 'id',
    anonymous: true,
  },
  'a non-numeric id to delete': { method: 'DELETE', path: '/api/resources/abc', names: 'id' },
  'an id past 2^31 to update': {
    method: 'PATCH',
    path: '/api/resources/99999999999',
    body: { title: 'x' },
    names: 'id',
  },
  'a non-numeric id for JSON-LD': {
    method: 'GET',
    path: '/api/resources/abc/jsonld',
    names: 'id',
    anonymous: true,
  },
  'an id past 2^31 for JSON-LD': {
    method: 'GET',
    path: '/api/events/99999999999/jsonld',
    names: 'id',
    anonymous: true,
  },
  'a fractional id to duplicate': {
    method: 'POST',
    path: '/api/resources/1.5/duplicate',
    names: 'id',
  },
  'a version id past 2^31': {
    method: 'GET',
    path: '/api/resources/versions/99999999999',
    names: 'id',
  },
  'a version id past 2^31 to restore': {
    method: 'POST',
    path: '/api/resources/versions/99999999999',
    names: 'id',
  },

  'a JSON body that is null': { method: 'POST', path: '/api/resources', raw: 'null' },
  'a JSON body that is a string': { method: 'POST', path: '/api/resources', raw: '"ressource"' },
  'a JSON body that is an array': {
    method: 'POST',
    path: '/api/resources',
    raw: '[{"title":"x"}]',
  },
  'a multipart body cut short': {
    method: 'POST',
    path: '/api/resources',
    type: 'multipart/form-data; boundary=x',
    raw: '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":"x"}',
    names: 'body',
  },
  'a multipart body that is not one': {
    method: 'PATCH',
    path: '/api/resources/:resource',
    type: 'multipart/form-data; boundary=x',
    raw: 'ressource',
    names: 'body',
  },
  'an upload cut short': {
    method: 'POST',
    path: '/api/media',
    type: 'multipart/form-data; boundary=x',
    raw: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG',
    names: 'body',
  },
  'a multipart body without its boundary': {
    method: 'POST',
    path: '/api/resources',
    type: 'multipart/form-data',
    raw: 'ressource',
    names: 'body',
  },
  'an upload without its boundary': {
    method: 'POST',
    path: '/api/media',
    type: 'multipart/form-data',
    raw: 'image',
    names: 'body',
  },
  'GraphQL asked with PUT': {
    method: 'PUT',
    path: '/api/graphql',
    body: { query: '{ Axes { totalDocs } }' },
    status: 405,
  },
  'GraphQL asked with DELETE': { method: 'DELETE', path: '/api/graphql', status: 405 },
  // graphql-http reads JSON only: it answered multipart with an empty 415.
  'a GraphQL request sent as multipart': {
    method: 'POST',
    path: '/api/graphql',
    type: 'multipart/form-data; boundary=x',
    raw: '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"query":"{ Axes { totalDocs } }"}\r\n--x--\r\n',
    status: 415,
  },
  'a GraphQL request sent as text': {
    method: 'POST',
    path: '/api/graphql',
    type: 'text/plain',
    raw: '{"query":"{ Axes { totalDocs } }"}',
    status: 415,
  },
  // graphql-http's 406 had no body.
  'a GraphQL request that accepts HTML only': {
    method: 'GET',
    path: '/api/graphql?query=%7B%20Axes%20%7B%20totalDocs%20%7D%20%7D',
    headers: { accept: 'text/html' },
    anonymous: true,
    status: 406,
  },
  // graphql-http said « Unable to detect operation AST », or « Invalid operationName », in English.
  'GraphQL: an operationName that names no operation': {
    method: 'POST',
    path: '/api/graphql',
    body: { query: 'query A { Axes { totalDocs } }', operationName: 'B' },
  },
  'GraphQL over GET: an operationName that names no operation': {
    method: 'GET',
    path: '/api/graphql?query=query%20A%20%7B%20Axes%20%7B%20totalDocs%20%7D%20%7D&operationName=B',
    anonymous: true,
  },
  'GraphQL: two operations and no operationName': {
    method: 'POST',
    path: '/api/graphql',
    body: { query: 'query A { Axes { totalDocs } } query B { Regions { totalDocs } }' },
  },
  'GraphQL: an operationName that is not a string': {
    method: 'POST',
    path: '/api/graphql',
    body: { query: '{ Axes { totalDocs } }', operationName: 5 },
  },
  'GraphQL: a document of fragments only': {
    method: 'POST',
    path: '/api/graphql',
    body: { query: 'fragment F on Axe { id }' },
  },
  // graphql's parser overflowed its stack: « Maximum call stack size exceeded ».
  'GraphQL: a filter of 3 000 nested AND': {
    method: 'POST',
    path: '/api/graphql',
    body: {
      query: `{ Resources(where: ${'{ AND: ['.repeat(3000)}{ id: { equals: 1 } }${'] }'.repeat(3000)}) { totalDocs } }`,
    },
  },
  // graphql's coercion of variables overflowed its stack (a 500 in a 200, or a bare array cached).
  'GraphQL: a variable nested 2 000 levels deep': {
    ...gql('query($w: Resource_where) { Resources(where: $w) { totalDocs } }', {
      w: JSON.parse(`${'{"AND":['.repeat(1000)}{"id":{"equals":1}}${']}'.repeat(1000)}`),
    }),
    anonymous: true,
  },
  // The checks of where walked it to the end of the stack (500 levels in GraphQL's variables).
  'GraphQL: a where of 100 nested AND': {
    ...gql('query($w: Resource_where) { Resources(where: $w) { totalDocs } }', {
      w: JSON.parse(`${'{"AND":['.repeat(100)}{"id":{"equals":1}}${']}'.repeat(100)}`),
    }),
    names: `where${'.AND.0'.repeat(64)}.AND`,
    anonymous: true,
  },
  // graphql-http answered another charset than UTF-8 with an empty 415.
  'a GraphQL body in Latin-1': {
    method: 'POST',
    path: '/api/graphql',
    type: 'application/json; charset=latin1',
    raw: '{"query":"{ Axes { totalDocs } }"}',
    status: 415,
  },
  'GraphQL asked with PUT and a text body': {
    method: 'PUT',
    path: '/api/graphql',
    type: 'text/plain',
    raw: 'x',
    status: 405,
  },
  // Payload read the missing JSON body of a POST that says it is a GET: a 500.
  'a POST that says it is a GET, with an empty JSON body': {
    method: 'POST',
    path: '/api/resources?limit=1',
    type: 'application/json',
    raw: '',
    headers: { 'x-http-method-override': 'GET' },
    anonymous: true,
    status: 415,
  },
  'a GraphQL multipart body without its boundary': {
    method: 'POST',
    path: '/api/graphql',
    type: 'multipart/form-data',
    raw: 'query',
    status: 415,
  },
  'a multipart _payload that is not JSON': {
    method: 'PATCH',
    path: '/api/resources/:resource',
    type: 'multipart/form-data; boundary=x',
    raw: '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{titre: x}\r\n--x--\r\n',
    names: 'body',
  },
  'an upload whose _payload is not JSON': {
    method: 'POST',
    path: '/api/media',
    type: 'multipart/form-data; boundary=x',
    raw: '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\nalt=x\r\n--x--\r\n',
    names: 'body',
  },
  'a JSON body that is null, to update': {
    method: 'PATCH',
    path: '/api/resources/:resource',
    raw: 'null',
  },

  'an option that does not exist in where': {
    method: 'GET',
    path: '/api/resources?where[type][equals]=nope',
    names: 'where.type.equals',
    anonymous: true,
  },
  'a list of ids with a word in it': {
    method: 'GET',
    path: '/api/resources?where[id][in]=1,abc',
    names: 'where.id.in',
    anonymous: true,
  },
  'near on a field that is not a point': {
    method: 'GET',
    path: '/api/resources?where[title][near]=1,2',
    names: 'where.title.near',
    anonymous: true,
  },
  'an unknown field in where': {
    method: 'GET',
    path: '/api/resources?where[nope][equals]=1',
    names: 'where.nope',
    anonymous: true,
  },
  'an unknown operator': {
    method: 'GET',
    path: '/api/resources?where[title][bogus]=1',
    names: 'where.title.bogus',
    anonymous: true,
  },
  'all, which this database cannot run': {
    method: 'GET',
    path: '/api/resources?where[axes][all]=1',
    names: 'where.axes.all',
    anonymous: true,
  },
  'a NUL byte in a where value': {
    method: 'GET',
    path: '/api/resources?where[title][equals]=a%00b',
    names: 'where.title.equals',
    anonymous: true,
  },
  'a bad option inside or': {
    method: 'GET',
    path: '/api/resources?where[or][0][type][equals]=nope',
    names: 'where.or.0.type.equals',
    anonymous: true,
  },
  'or that is not a list': {
    method: 'GET',
    path: '/api/resources?where[or][x][title][equals]=a',
    names: 'where.or',
    anonymous: true,
  },
  'an unknown field behind a relationship': {
    method: 'GET',
    path: '/api/resources?where[function.nope][equals]=x',
    names: 'where.function.nope',
    anonymous: true,
  },
  'a word as a related id': {
    method: 'GET',
    path: '/api/resources?where[function][equals]=abc',
    names: 'where.function.equals',
    anonymous: true,
  },
  'a date that does not parse': {
    method: 'GET',
    path: '/api/resources?where[createdAt][greater_than]=notadate',
    names: 'where.createdAt.greater_than',
    anonymous: true,
  },
  'a word for a number': {
    method: 'GET',
    path: '/api/resources?where[year][equals]=abc',
    names: 'where.year.equals',
    anonymous: true,
  },
  'exists that is neither true nor false': {
    method: 'GET',
    path: '/api/resources?where[title][exists]=maybe',
    names: 'where.title.exists',
    anonymous: true,
  },
  'a where that is not JSON': {
    method: 'GET',
    path: '/api/resources?where=abc',
    names: 'where',
    anonymous: true,
  },
  'a bad option in a count': {
    method: 'GET',
    path: '/api/resources/count?where[type][equals]=nope',
    names: 'where.type.equals',
    anonymous: true,
  },
  'a bad option in the versions': {
    method: 'GET',
    path: '/api/resources/versions?where[version.type][equals]=nope',
    names: 'where.version.type.equals',
  },

  'a sort by an unknown field': {
    method: 'GET',
    path: '/api/resources?sort=-nope',
    names: 'sort',
    anonymous: true,
  },
  'a page that is a word': {
    method: 'GET',
    path: '/api/resources?page=abc',
    names: 'page',
    anonymous: true,
  },
  'a page of 0': { method: 'GET', path: '/api/resources?page=0', names: 'page', anonymous: true },
  'a fractional page': {
    method: 'GET',
    path: '/api/resources?page=1.5',
    names: 'page',
    anonymous: true,
  },
  'a negative limit': { method: 'GET', path: '/api/resources?limit=-1', names: 'limit' },
  'a depth that is a word': {
    method: 'GET',
    path: '/api/resources?depth=abc',
    names: 'depth',
    anonymous: true,
  },
  'a locale that does not exist': {
    method: 'GET',
    path: '/api/resources?locale=xx',
    names: 'locale',
    anonymous: true,
  },
  'a draft flag that is neither true nor false': {
    method: 'GET',
    path: '/api/resources?draft=maybe',
    names: 'draft',
  },

  'a NUL byte in a search': {
    method: 'GET',
    path: '/api/search?q=a%00b',
    names: 'q',
    anonymous: true,
  },
  'a function past 2^31 in a search': {
    method: 'GET',
    path: '/api/search?q=a&function=99999999999',
    names: 'function',
    anonymous: true,
  },
  'an axis past 2^31 in a search': {
    method: 'GET',
    path: '/api/search?q=a&axis=2147483648',
    names: 'axis',
    anonymous: true,
  },
  'a page past 2^31 in a search': {
    method: 'GET',
    path: '/api/search?q=a&page=99999999999',
    names: 'page',
    anonymous: true,
  },
  'a calendar kind that does not exist': {
    method: 'GET',
    path: '/api/events/calendar.ics?kind=foo',
    names: 'kind',
    anonymous: true,
  },
  'a budget year that is a word': {
    method: 'GET',
    path: '/api/budget-lines/summary?year=deux-mille',
    names: 'year',
  },

  // Payload stores parseFloat("0x10"), 0, where Number("0x10") is 16: no text it would misread.
  'a number written in hexadecimal': {
    method: 'POST',
    path: '/api/resources',
    body: { title: 'T', type: 'tool', function: 1, pages: '0x10' },
    names: 'pages',
  },
  'a number written in binary, to update': {
    method: 'PATCH',
    path: '/api/resources/:resource',
    body: { pages: '0b11' },
    names: 'pages',
  },
  'a number in hexadecimal in where': {
    method: 'GET',
    path: '/api/resources?where[pages][equals]=0x10',
    names: 'where.pages.equals',
    anonymous: true,
  },
  // JavaScript's fallback parser reads "-1" as 2001-01-01: only ISO 8601 dates, on days that exist.
  'a date JavaScript would guess': {
    method: 'POST',
    path: '/api/events',
    body: { title: 'Rencontre', kind: 'seminar', startsAt: '-1', function: 1 },
    names: 'startsAt',
  },
  'a day that does not exist in where': {
    method: 'GET',
    path: '/api/events?where[startsAt][greater_than]=2015-02-30',
    names: 'where.startsAt.greater_than',
    anonymous: true,
  },
  'an option that does not exist': {
    method: 'POST',
    path: '/api/resources',
    body: { title: 'T', type: 'nope' },
    names: 'type',
  },
  'a draft with an option that does not exist': {
    method: 'POST',
    path: '/api/resources?draft=true',
    body: { title: 'T', type: 'nope' },
    names: 'type',
  },
  'a draft related to a function that does not exist': {
    method: 'POST',
    path: '/api/resources?draft=true',
    body: { title: 'T', type: 'tool', function: 99999 },
    names: 'function',
  },
  'a related id past 2^31': {
    method: 'POST',
    path: '/api/resources?draft=true',
    body: { title: 'T', type: 'tool', function: 99999999999 },
    names: 'function',
  },
  'axes that do not exist': {
    method: 'POST',
    path: '/api/resources',
    body: { title: 'T', type: 'tool', axes: [1, 99999] },
    names: 'axes.1',
  },
  'a NUL byte in a title': {
    method: 'POST',
    path: '/api/resources',
    body: { title: 'a\u0000b', type: 'tool' },
    names: 'title',
  },
  'a title too long, in a draft': {
    method: 'POST',
    path: '/api/resources?draft=true',
    body: { title: LONG_TITLE, type: 'tool' },
    names: 'title',
  },
  'a title that is an object': {
    method: 'POST',
    path: '/api/resources',
    body: { title: { a: 1 }, type: 'tool' },
    names: 'title',
  },
  'a creation date that does not parse': {
    method: 'POST',
    path: '/api/resources',
    body: { title: 'T', type: 'tool', createdAt: 'notadate' },
    names: 'createdAt',
  },
  'a status that does not exist': {
    method: 'POST',
    path: '/api/resources',
    body: { title: 'T', type: 'tool', _status: 'nope' },
    names: '_status',
  },
  'a given id past 2^31': {
    method: 'POST',
    path: '/api/resources',
    body: { id: 99999999999, title: 'T', type: 'tool' },
    names: 'id',
  },
  'rich text that is a string': {
    method: 'POST',
    path: '/api/resources',
    body: { title: 'T', type: 'tool', body: 'texte' },
    names: 'body',
  },
  'a draft event whose start does not parse': {
    method: 'POST',
    path: '/api/events?draft=true',
    body: { title: 'T', kind: 'seminar', startsAt: 'notadate' },
    names: 'startsAt',
  },
  'a session that is not an object': {
    method: 'POST',
    path: '/api/trainings',
    body: { title: 'T', format: 'experimental', sessions: [1] },
    names: 'sessions.0',
  },
  'a deliverable that does not exist': {
    method: 'POST',
    path: '/api/milestones',
    body: { title: 'T', deliverables: [{ relationTo: 'resources', value: 99999 }] },
    names: 'deliverables.0',
  },
  'a deliverable of an unknown collection': {
    method: 'POST',
    path: '/api/milestones',
    body: { title: 'T', deliverables: [{ relationTo: 'nope', value: 1 }] },
    names: 'deliverables.0',
  },
  'a NUL byte in one locale of a title': {
    method: 'POST',
    path: '/api/resources?locale=all',
    body: { title: { fr: 'T', en: 'a\u0000' }, type: 'tool' },
    names: 'title.en',
  },
  'a plain title with locale=all (one value per locale expected)': {
    method: 'PATCH',
    path: '/api/resources/:resource?locale=all',
    body: { title: 'plain' },
    names: 'title',
  },
  'a draft update with an option that does not exist': {
    method: 'PATCH',
    path: '/api/resources/:resource?draft=true',
    body: { type: 'nope' },
    names: 'type',
  },
  'an update related to a publisher past 2^31': {
    method: 'PATCH',
    path: '/api/resources/:resource',
    body: { publisher: 2147483648 },
    names: 'publisher',
  },
  'a NUL byte in a login': {
    method: 'POST',
    path: '/api/users/login',
    body: { email: 'a\u0000@b.fr', password: 'x' },
    names: 'email',
    anonymous: true,
  },
  'a NUL byte in a forgotten password': {
    method: 'POST',
    path: '/api/users/forgot-password',
    body: { email: 'a\u0000@b.fr' },
    names: 'email',
    anonymous: true,
  },

  'GraphQL: an id of 0': { ...gql('{ Resource(id: 0) { id } }'), names: 'id', anonymous: true },
  'GraphQL: a NUL byte in where': {
    ...gql('query($t: String) { Resources(where: { title: { equals: $t } }) { totalDocs } }', {
      t: 'a\u0000',
    }),
    names: 'where.title.equals',
    anonymous: true,
  },
  'GraphQL: a negative page': {
    ...gql('{ Resources(page: -1) { totalDocs } }'),
    names: 'page',
    anonymous: true,
  },
  'GraphQL: a sort by an unknown field': {
    ...gql('{ Resources(sort: "nope") { totalDocs } }'),
    names: 'sort',
    anonymous: true,
  },
  'GraphQL: a draft related to a function that does not exist': {
    ...gql(
      'mutation($d: mutationResourceInput!) { createResource(data: $d, draft: true) { id } }',
      { d: { title: 'T', type: 'tool', function: 99999 } },
    ),
    names: 'function',
  },
  'GraphQL: a date that does not parse': {
    ...gql('mutation($d: mutationEventInput!) { createEvent(data: $d) { id } }', {
      d: { title: 'T', kind: 'seminar', startsAt: 'notadate' },
    }),
    names: 'startsAt',
  },
  'GraphQL: a negative id to delete': {
    ...gql('mutation { deleteResource(id: -5) { id } }'),
    names: 'id',
  },
  'GraphQL: a NUL byte in a search': {
    ...gql('{ search(q: "a\\u0000") { totalDocs } }'),
    names: 'q',
    anonymous: true,
  },
}

type Answer = { status: number; body: any }

/** The status, GraphQL's included (it answers 200 with the error's status in its extensions). */
const statusOf = ({ status, body }: Answer) => body?.errors?.[0]?.extensions?.statusCode ?? status
const firstError = ({ body }: Answer) => body?.errors?.[0]
const detailsOf = (answer: Answer): Array<{ path: string; message: string }> =>
  firstError(answer)?.data?.errors ?? firstError(answer)?.extensions?.data?.errors ?? []

describe('bad input, through the real server', () => {
  let server: TestServer
  let token: string
  let resource: number
  let snapshots: Awaited<ReturnType<typeof databaseSnapshots>>

  beforeAll(async () => {
    server = await startServer({ env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0' } })
    snapshots = await databaseSnapshots()
    token = await signInOver(server.url, 'coordination@unadel.test')
    const list = await fetch(`${server.url}/api/resources?limit=1&depth=0`)
    resource = (await list.json()).docs[0].id
  })
  afterAll(async () => {
    await snapshots?.close()
    await server?.stop()
  })

  const send = async (
    { method, path, body, raw, type, headers, anonymous }: Case,
    language: 'fr' | 'en',
  ): Promise<Answer> => {
    const response = await fetch(`${server.url}${path.replace(':resource', String(resource))}`, {
      method,
      headers: {
        'accept-language': language,
        ...headers,
        ...(body !== undefined || raw !== undefined
          ? { 'content-type': type ?? 'application/json' }
          : {}),
        ...(anonymous ? {} : { authorization: `JWT ${token}` }),
      },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    })
    const text = await response.text()
    try {
      return { status: response.status, body: JSON.parse(text) }
    } catch {
      return { status: response.status, body: text }
    }
  }

  it.each(Object.entries(cases))(
    '%s: a 4xx naming it, in French and English, nothing written',
    async (_, request) => {
      const answers: Answer[] = []
      for (const language of ['fr', 'en'] as const) {
        const before = await snapshots.take()
        const answer = await send(request, language)
        expect(await snapshots.take()).toEqual(before)
        expect(statusOf(answer), JSON.stringify(answer.body)).toBe(request.status ?? 400)
        if (request.names) {
          expect(detailsOf(answer).map((d) => d.path)).toContain(request.names)
          expect(firstError(answer).name ?? firstError(answer).extensions.name).toBe(
            'ValidationError',
          )
        }
        answers.push(answer)
      }
      const [fr, en] = answers.map((a) => JSON.stringify(detailsOf(a)) + firstError(a).message)
      expect(fr).not.toBe(en)
    },
  )

  it('says what is wrong in the caller’s language', async () => {
    const request = cases['an option that does not exist in where']!
    const [fr, en] = [await send(request, 'fr'), await send(request, 'en')]
    expect(firstError(fr).message).toMatch(
      /^Le champ suivant n’est pas valide\s:\swhere\.type\.equals$/,
    )
    expect(detailsOf(fr)[0]!.message).toMatch(
      /^« nope » n’est pas une valeur possible \(job-profile, /,
    )
    expect(firstError(en).message).toBe('The following field is invalid: where.type.equals')
    expect(detailsOf(en)[0]!.message).toMatch(/^"nope" is not a possible value \(job-profile, /)
  })

  it('still serves what is well-formed', async () => {
    const get = (path: string) => fetch(`${server.url}${path}`).then((r) => r.status)
    expect(
      await get(
        '/api/resources?where[type][in]=tool,survey&where[function.slug][exists]=true&sort=-year,title&page=1&depth=0&locale=en',
      ),
    ).toBe(200)
    expect(
      await get(
        '/api/resources?where[or][0][title][like]=territ&where[or][1][createdAt][greater_than]=2014-01-01&where[axes][contains]=1',
      ),
    ).toBe(200)
    expect(await get(`/api/resources/${resource}`)).toBe(200)
    expect(await get('/api/search?q=territoire&axis=1,2&page=2')).toBe(200)
    expect(await get('/api/events/calendar.ics?kind=seminar,training')).toBe(200)
    const graphQL = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      // A charset in Accept was refused with 406.
      headers: { 'content-type': 'application/json', accept: 'application/json; charset=utf-8' },
      body: JSON.stringify({
        query:
          '{ Resources(where: { OR: [{ type: { equals: tool } }, { title: { like: "territ" } }] }, sort: "-year") { totalDocs } }',
      }),
    })
    expect(await graphQL.json()).toMatchObject({
      data: { Resources: { totalDocs: expect.any(Number) } },
    })
    // graphql-http took only « application/json; charset=utf-8 » spelled so: an empty 415.
    for (const type of [
      'application/json; charset=utf8',
      'application/json; charset="UTF-8"',
      'application/json;charset=',
      'application/json; format=compact; charset=utf-8',
    ]) {
      const answer = await fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify({ query: '{ Axes(limit: 3) { totalDocs } }' }),
      })
      expect([type, answer.status, await answer.json()]).toMatchObject([
        type,
        200,
        { data: { Axes: { totalDocs: expect.any(Number) } } },
      ])
    }
  })

  it('answers 404 for a collection Payload serves no REST for, never a 501 echoing the URL', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const response = await fetch(`${server.url}/api/payload-migrations/1`, { method })
      expect(response.status).toBe(404)
      expect(await response.json()).toEqual({
        message: 'Route not found "/api/payload-migrations/1"',
      })
    }
  })

  it('matches nothing, without asking the database, for a calendar region past its integers', async () => {
    const response = await fetch(`${server.url}/api/events/calendar.ics?region=99999999999999999`)
    expect(response.status).toBe(200)
    expect(await response.text()).not.toContain('BEGIN:VEVENT')
  })
})

describe('the Local API, as the admin and hooks use it', () => {
  it('applies the same checks without overrideAccess, and trusts server code that overrides access', async () => {
    const local = await payload()
    const { docs } = await local.find({
      collection: 'users',
      where: { email: { equals: 'coordination@unadel.test' } },
    })
    const asCoordinator = { overrideAccess: false, user: docs[0]! }
    const before = await local.count({ collection: 'resources' })
    const refused = await local
      .create({
        collection: 'resources',
        data: { title: 'T', type: 'nope' as never },
        draft: true,
        ...asCoordinator,
      })
      .catch((error: unknown) => error)
    expect(refused).toMatchObject({ status: 400, data: { errors: [{ path: 'type' }] } })
    await expect(
      local.find({
        collection: 'resources',
        where: { type: { equals: 'nope' } },
        ...asCoordinator,
      }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'where.type.equals' }] },
    })
    await expect(
      local.findByID({ collection: 'resources', id: 2 ** 31, ...asCoordinator }),
    ).rejects.toMatchObject({ status: 400 })
    expect(await local.count({ collection: 'resources' })).toEqual(before)
    expect(
      await local.find({
        collection: 'resources',
        where: { type: { in: ['tool'] } },
        sort: '-nope',
        limit: 1,
      }),
    ).toBeDefined()
  })
})

describe('the safety net behind the plugin: what PostgreSQL refuses is a 400, or a 409 when taken', () => {
  let client: pg.Client
  beforeAll(async () => {
    client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    await client.query(
      'CREATE TEMP TABLE net (id int PRIMARY KEY, parent int REFERENCES net (id), code varchar(3) NOT NULL, day date)',
    )
    await client.query(`INSERT INTO net (id, code) VALUES (1, 'a')`)
  })
  afterAll(() => client?.end())

  // Drizzle wraps the driver's error: "Failed query: …", caused by it.
  const refusal = async (sql: string, params: unknown[] = []) => {
    const error = await client.query(sql, params).then(
      () => undefined,
      (cause: unknown) => Object.assign(new Error(`Failed query: ${sql}`), { cause }),
    )
    return { fr: badInput(error, 'fr'), en: badInput(error, 'en') }
  }

  it.each([
    ['a duplicate key', `INSERT INTO net (id, code) VALUES (1, 'b')`, [], 409, 'net_pkey'],
    [
      'a missing related row',
      `INSERT INTO net (id, parent, code) VALUES (2, 99, 'b')`,
      [],
      400,
      'net_parent_fkey',
    ],
    ['a missing value', 'INSERT INTO net (id, code) VALUES (3, NULL)', [], 400, 'code'],
    ['text too long', `INSERT INTO net (id, code) VALUES (4, 'abcd')`, [], 400, undefined],
    ['a NUL byte', 'INSERT INTO net (id, code) VALUES (5, $1)', ['a\u0000'], 400, undefined],
    ['a word for a number', `SELECT 'abc'::int`, [], 400, undefined],
    ['a number out of range', 'SELECT 2147483648::int', [], 400, undefined],
    ['a date that does not exist', `SELECT '2014-13-45'::date`, [], 400, undefined],
    ['an operator the column does not have', `SELECT 'a'::text - 1`, [], 400, undefined],
    ['a negative offset', 'SELECT 1 OFFSET -1', [], 400, undefined],
  ] as const)('%s', async (_, sql, params, status, name) => {
    const { fr, en } = await refusal(sql, [...params])
    expect(fr?.status).toBe(status)
    expect(fr!.body.errors[0]!.name).toBe('ValidationError')
    expect(fr!.body.errors[0]!.message).not.toBe(en!.body.errors[0]!.message)
    if (name)
      expect(fr!.body.errors[0]!.data).toEqual({
        errors: [{ path: name, message: expect.any(String) }],
      })
  })

  it('leaves other failures alone', () => {
    expect(badInput(new Error('boom'))).toBeUndefined()
    expect(
      badInput(Object.assign(new Error('Failed query'), { cause: { code: '08006' } })),
    ).toBeUndefined()
  })
})
