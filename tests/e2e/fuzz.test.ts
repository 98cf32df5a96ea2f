import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD as PASSWORD } from '../../seed/demoPassword'
import { databaseSnapshots } from '../helpers/snapshot'
import { startServer, type TestServer } from '../helpers/server'

// Fixed, so that a failure replays: fast-check prints the seed and the path of the counterexample.
// FUZZ_SEED and FUZZ_RUNS explore further.
const SEED = Number(process.env.FUZZ_SEED ?? 20140310)
const RUNS = Number(process.env.FUZZ_RUNS ?? 150)
const TIMEOUT = 100_000
const ABSENT = 2_147_483_647

type Collection = {
  /** GraphQL's names for one document and for the list. */
  graphQL: [string, string]
  /** A text field, to filter, sort and patch with well-formed values. */
  text: string
  /** The fields the API contract names (DESIGN.md). */
  fields: string[]
  /** A well-formed document to create, when one is simple to make. */
  create?: Record<string, unknown>
}

const COLLECTIONS: Record<string, Collection> = {
  resources: {
    graphQL: ['Resource', 'Resources'],
    text: 'title',
    fields: [
      'title',
      'slug',
      'type',
      'summary',
      'body',
      'files',
      'url',
      'publisher',
      'authors',
      'year',
      'pages',
      'language',
      'axes',
      'function',
      'romeCodes',
      'license',
      '_status',
    ],
    create: { type: 'tool' },
  },
  trainings: {
    graphQL: ['Training', 'Trainings'],
    text: 'title',
    fields: [
      'title',
      'slug',
      'format',
      'audience',
      'objectives',
      'axes',
      'partners',
      'function',
      'status',
      'sessions',
      'rncp',
      'hours',
      '_status',
    ],
    create: { format: 'experimental' },
  },
  'regional-groups': {
    graphQL: ['RegionalGroup', 'RegionalGroups'],
    text: 'name',
    fields: [
      'name',
      'slug',
      'region',
      'animator',
      'participants',
      'axes',
      'function',
      'status',
      'outputs',
      '_status',
    ],
    create: {},
  },
  events: {
    graphQL: ['Event', 'Events'],
    text: 'title',
    fields: [
      'title',
      'slug',
      'kind',
      'startsAt',
      'endsAt',
      'place',
      'region',
      'organisers',
      'expectedParticipants',
      'participants',
      'axes',
      'function',
      'regionalGroup',
      'proceedings',
      '_status',
    ],
    create: { kind: 'seminar', startsAt: '2015-03-10T08:30:00.000Z' },
  },
  'budget-lines': {
    graphQL: ['BudgetLine', 'BudgetLines'],
    text: 'label',
    fields: [
      'year',
      'direction',
      'kind',
      'label',
      'category',
      'funder',
      'function',
      'planned',
      'actual',
      'status',
    ],
    create: { year: 2014, direction: 'expense', kind: 'cash', category: 'services', planned: 100 },
  },
  milestones: {
    graphQL: ['Milestone', 'Milestones'],
    text: 'title',
    fields: ['title', 'period', 'dueOn', 'function', 'status', 'deliverables'],
    create: { period: '2014-S2' },
  },
  members: {
    graphQL: ['Member', 'Members'],
    text: 'name',
    fields: [
      'name',
      'acronym',
      'slug',
      'relation',
      'kind',
      'scope',
      'regions',
      'territory',
      'siren',
      'siret',
      'rna',
      'website',
      'email',
      'logo',
      'description',
      'memberSince',
      'status',
    ],
    create: { relation: 'member' },
  },
  functions: {
    graphQL: ['Function', 'Functions'],
    text: 'title',
    fields: ['title', 'slug', 'summary', 'description', 'pilots'],
  },
  axes: { graphQL: ['Axis', 'Axes'], text: 'title', fields: ['number', 'title', 'summary'] },
  regions: {
    graphQL: ['Region', 'Regions'],
    text: 'name',
    fields: ['code', 'name', 'validFrom', 'validUntil', 'mergedInto'],
  },
  users: {
    graphQL: ['User', 'Users'],
    text: 'name',
    fields: ['name', 'email', 'roles', 'organisation', 'orgRole'],
  },
  media: { graphQL: ['Media', 'allMedia'], text: 'alt', fields: ['alt'] },
  'api-clients': {
    graphQL: ['ApiClient', 'ApiClients'],
    text: 'name',
    fields: ['name', 'site', 'contact'],
    create: {},
  },
  'audit-log': {
    graphQL: ['AuditEntry', 'AuditEntries'],
    text: 'documentTitle',
    fields: ['action', 'collection', 'document', 'changedFields'],
  },
}
const SLUGS = Object.keys(COLLECTIONS)
const slug = fc.constantFrom(...SLUGS)
const enc = encodeURIComponent

// Values: well-formed ones (words, ids of the seed, dates) and the kinds that once answered 500.
const NASTY = [
  '',
  'null',
  'true',
  'false',
  '0',
  '-1',
  '1.5',
  '1e400',
  '99999999999',
  '2147483647',
  '2147483648',
  'NaN',
  'abc',
  '2014-13-45',
  '+275760-09-13',
  '-271821-04-19',
  '\u0000',
  'a\u0000b',
  '1,abc',
  '%',
  "'; DROP TABLE users; --",
  '{}',
  '[]',
  '𝄞',
  'x'.repeat(600),
  'nope',
]
const word = fc.constantFrom('Fuzz', 'Coopération', 'territoire', 'développement', 'é', 'x')
const existingId = fc.integer({ min: 1, max: 30 })
const date = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString())
const text = fc.oneof(
  fc.constantFrom(...NASTY),
  word,
  fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.toWellFormed()),
  fc.integer().map(String),
  fc.double().map(String),
)
const garbageId = fc.oneof(text, fc.constantFrom('1abc', '1e3', ' 1'))

/** Any JSON value, often one a field takes (an id, an option, a date, a relation, array rows). */
const value: fc.Arbitrary<unknown> = fc.oneof(
  text,
  word,
  date,
  existingId,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('tool', 'seminar', 'published', 'draft', 'expense', 'planned', 'member', 'fr'),
  fc.array(fc.oneof(text, existingId), { maxLength: 3 }),
  fc.record({
    relationTo: fc.constantFrom('resources', 'trainings', 'events', 'nope'),
    value: fc.oneof(existingId, text),
  }),
  fc.array(
    fc.record(
      {
        startsAt: fc.oneof(date, text),
        capacity: fc.oneof(text, fc.integer()),
        role: text,
        organisation: existingId,
      },
      { requiredKeys: [] },
    ),
    {
      maxLength: 2,
    },
  ),
  fc.jsonValue({ maxDepth: 2 }),
)

// REST query strings: a well-formed query, the same with one defect, or anything.
const PATHS = [
  'id',
  'createdAt',
  'updatedAt',
  'function.slug',
  'function.pilots.role',
  'sessions.startsAt',
  'sessions.capacity',
  'deliverables',
  'deliverables.value',
  'deliverables.relationTo',
  'publisher.name',
  'title.en',
  'version.title',
  'version.type',
  'parent',
  'latest',
  'nope',
  'title.nope',
  'function.nope',
  'sessions',
  'hash',
  '',
  'title',
  'type',
  'year',
  'axes',
  'kind',
  'startsAt',
  'roles',
  '_status',
]
const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
  'bogus',
]
const wellFormedCondition = (collection: Collection) =>
  fc.oneof(
    existingId.map((i) => `where[id][equals]=${i}`),
    fc
      .array(existingId, { minLength: 1, maxLength: 3 })
      .map((ids) => `where[or][0][id][in]=${ids.join(',')}`),
    date.map((d) => `where[createdAt][greater_than]=${enc(d)}`),
    word.map((w) => `where[${collection.text}][like]=${enc(w)}`),
    fc.boolean().map((b) => `where[and][0][updatedAt][exists]=${b}`),
  )
const wellFormedParameter = (collection: Collection) =>
  fc.oneof(
    fc
      .constantFrom('id', '-createdAt', collection.text, `-${collection.text}`)
      .map((s) => `sort=${s}`),
    fc.integer({ min: 1, max: 20 }).map((n) => `limit=${n}`),
    fc.integer({ min: 1, max: 3 }).map((n) => `page=${n}`),
    fc.integer({ min: 0, max: 2 }).map((n) => `depth=${n}`),
    fc.constantFrom('fr', 'en', 'all').map((l) => `locale=${l}`),
    fc.boolean().map((b) => `draft=${b}`),
  )
const number = fc.oneof(
  fc.constantFrom('abc', '-1', '0', '1.5', '1e20', '99999999999', ''),
  fc.integer({ min: -5, max: 120 }).map(String),
)
const defect = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', '[or][0]', '[and][1]', '[or][x]'),
      fc.constantFrom(...PATHS),
      fc.constantFrom(...OPERATORS),
      text,
    )
    .map(([group, path, operator, v]) => `where${group}[${enc(path)}][${operator}]=${enc(v)}`),
  fc.constantFrom(
    'where=abc',
    `where=${enc('{"title":{"equals":"x"}}')}`,
    'where=123',
    'where=null',
  ),
  fc
    .constantFrom(
      'title',
      '-year',
      'nope',
      '-',
      'title,-createdAt',
      'sessions',
      'deliverables',
      'function.slug',
      'version.title',
    )
    .map((s) => `sort=${enc(s)}`),
  fc
    .tuple(fc.constantFrom('limit', 'page', 'depth'), number)
    .map(([name, n]) => `${name}=${enc(n)}`),
  fc.constantFrom(
    'locale=xx',
    'locale=*',
    'locale=',
    'fallback-locale=xx',
    'fallback-locale=none',
    'draft=maybe',
    'trash=1',
    'pagination=false',
  ),
)
const queryFor = (collection: Collection) => {
  const wellFormed = fc.array(
    fc.oneof(wellFormedCondition(collection), wellFormedParameter(collection)),
    { maxLength: 4 },
  )
  return fc
    .oneof(
      wellFormed,
      fc.tuple(wellFormed, defect).map(([good, bad]) => [...good, bad]),
      fc.array(defect, { maxLength: 4 }),
    )
    .map((parameters) => parameters.join('&'))
}
const readPath = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  fc.constantFrom('/count', '/versions'),
  existingId.map((i) => `/${i}`),
  garbageId.map((i) => `/${enc(i)}`),
  garbageId.map((i) => `/versions/${enc(i)}`),
)
// Ids that are malformed or name no document: a DELETE that succeeds would empty the seed.
const absentId = fc.oneof(
  garbageId.filter((t) => !/^\d+$/.test(t) || Number(t) > 1_000_000),
  fc.integer({ min: 1_000_000, max: ABSENT }).map(String),
)

/** A body: a well-formed base (a new text; what a create needs) and a few fields of any value; sometimes not an object. */
const bodyFor = (collection: Collection, creating: boolean) =>
  fc.oneof(
    {
      weight: 9,
      arbitrary: fc
        .tuple(
          word,
          fc.dictionary(
            fc.constantFrom(...collection.fields, 'id', 'createdAt', '_status', 'nope'),
            value,
            { maxKeys: 2 },
          ),
        )
        .map(([w, fields]) => ({
          ...(creating ? collection.create : {}),
          [collection.text]: w,
          ...fields,
        })),
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
  )

// GraphQL literals: strings (JSON's escapes are GraphQL's), numbers, enums, lists, objects.
const literal: fc.Arbitrary<string> = fc.oneof(
  text.map((t) => JSON.stringify(t)),
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.constantFrom(
    'true',
    'false',
    'null',
    'tool',
    'seminar',
    'published',
    'resource_centre',
    'nope',
    '[1, 2]',
    '["a"]',
    '{}',
  ),
)
const gqlWhere = (collection: Collection) =>
  fc
    .array(
      fc.oneof(
        word.map((w) => `${collection.text}: { like: ${JSON.stringify(w)} }`),
        existingId.map((i) => `id: { equals: ${i} }`),
        fc
          .tuple(
            fc.constantFrom(...collection.fields, 'id', 'createdAt', 'nope', 'function__slug'),
            fc.constantFrom(...OPERATORS),
            literal,
          )
          .map(([f, o, l]) => `${f}: { ${o}: ${l} }`),
      ),
      { maxLength: 3 },
    )
    .chain((conditions) =>
      fc.constantFrom(
        `{ ${conditions.join(', ')} }`,
        `{ OR: [{ ${conditions.join(' }, { ')} }] }`,
        `{ AND: [{ ${conditions.join(', ')} }] }`,
      ),
    )
const gqlInt = fc.oneof(
  fc.integer({ min: 1, max: 20 }),
  fc.constantFrom(0, -1, -2147483648, 2147483647),
)

describe('fuzzing every endpoint: never a 5xx, nothing written on a 4xx', () => {
  let server: TestServer
  let token: string
  let snapshots: Awaited<ReturnType<typeof databaseSnapshots>>
  const existing: Record<string, number[]> = {}

  const call = (
    method: string,
    path: string,
    { body, signedIn = false }: { body?: string; signedIn?: boolean } = {},
  ) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(signedIn ? { authorization: `JWT ${token}` } : {}),
      },
      body,
    })

  beforeAll(async () => {
    server = await startServer({
      env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
      timeoutMs: 170_000,
    })
    snapshots = await databaseSnapshots()
    const login = await (
      await call('POST', '/api/users/login', {
        body: JSON.stringify({ email: 'coordination@unadel.test', password: PASSWORD }),
      })
    ).json()
    token = login.token
    for (const name of SLUGS) {
      const list = await (
        await call('GET', `/api/${name}?limit=3&depth=0`, { signedIn: true })
      ).json()
      // Never the coordinator's own account, whose token the test uses.
      existing[name] = (list.docs ?? [])
        .map((d: { id: number }) => d.id)
        .filter((i: number) => !(name === 'users' && i === login.user.id))
    }
  }, 180_000)
  afterAll(async () => {
    await snapshots?.close()
    await server?.stop()
  })

  /** A document of the collection that exists, to patch. */
  const existingIn = (name: string) =>
    fc.constantFrom(0, 1, 2).map((i) => existing[name]?.[i] ?? ABSENT)

  // What the current property met: a fuzz that only ever met refusals (or only successes) proves little.
  let accepted = 0
  let refusals = 0
  const count = (refused: boolean) => {
    if (refused) refusals++
    else accepted++
  }
  const expectAcceptedAndRefused = () => {
    expect(accepted, 'no request was accepted').toBeGreaterThan(0)
    expect(refusals, 'no request was refused').toBeGreaterThan(0)
    accepted = refusals = 0
  }

  const expectNo5xx = async (response: Promise<Response>, what: string) => {
    const answer = await response
    expect(answer.status, `${what}\n${await answer.text()}`).toBeLessThan(500)
    count(answer.status >= 400)
  }

  /** Sends a write and checks the answer: no 5xx, and on a refusal the database as it was. */
  const attempt = async (
    method: string,
    path: string,
    body?: string,
    refused = (status: number, _json: unknown) => status >= 400,
  ) => {
    const before = await snapshots.take()
    const response = await call(method, path, { body, signedIn: true })
    const answer = await response.text()
    const what = `${method} ${path} ${body ?? ''}\n${answer}`
    expect(response.status, what).toBeLessThan(500)
    const json = (() => {
      try {
        return JSON.parse(answer)
      } catch {
        return undefined
      }
    })()
    const wasRefused = refused(response.status, json)
    count(wasRefused)
    if (wasRefused) expect(await snapshots.take(), what).toEqual(before)
  }

  it(
    'REST reads: any where, sort, limit, page, depth, locale, draft and id, anonymous or signed in',
    async () => {
      const read = slug.chain((name) =>
        fc.tuple(fc.constant(name), readPath, queryFor(COLLECTIONS[name]!), fc.boolean()),
      )
      await fc.assert(
        fc.asyncProperty(read, async ([name, path, query, signedIn]) => {
          const url = `/api/${name}${path}?${query}`
          await expectNo5xx(call('GET', url, { signedIn }), url)
        }),
        { seed: SEED, numRuns: RUNS + 50 },
      )
      expectAcceptedAndRefused()
    },
    TIMEOUT,
  )

  it(
    'REST writes: any JSON body created or patched in every collection, drafts and locales included; deletes of absent ids',
    async () => {
      const write = slug.chain((name) =>
        fc.tuple(
          fc.constant(name),
          fc.constantFrom('POST', 'POST', 'PATCH', 'PATCH', 'PATCH', 'DELETE'),
          fc.oneof({ weight: 3, arbitrary: existingIn(name).map(String) }, absentId),
          absentId,
          fc.constantFrom(
            '',
            '?draft=true',
            '?locale=all',
            '?locale=en',
            '?draft=true&locale=all',
            '?depth=0',
            '?draft=maybe',
          ),
          bodyFor(COLLECTIONS[name]!, true),
          bodyFor(COLLECTIONS[name]!, false),
        ),
      )
      await fc.assert(
        fc.asyncProperty(write, async ([name, method, target, absent, query, created, patch]) => {
          if (method === 'POST')
            return attempt('POST', `/api/${name}${query}`, JSON.stringify(created))
          if (method === 'PATCH')
            return attempt('PATCH', `/api/${name}/${enc(target)}${query}`, JSON.stringify(patch))
          return attempt('DELETE', `/api/${name}/${enc(absent)}`)
        }),
        { seed: SEED, numRuns: RUNS },
      )
      expectAcceptedAndRefused()
    },
    TIMEOUT,
  )

  it(
    'custom endpoints: search, calendar, budget summary, feeds, sitemap and JSON-LD with any parameters',
    async () => {
      const parameter = (wellFormed: fc.Arbitrary<string>) =>
        fc.oneof({ weight: 3, arbitrary: wellFormed }, text)
      const request = fc.oneof(
        fc
          .record(
            {
              q: parameter(word),
              type: parameter(fc.constantFrom('resources', 'events,members')),
              axis: parameter(fc.constantFrom('1', '1,2')),
              function: parameter(existingId.map(String)),
              region: parameter(existingId.map(String)),
              page: parameter(fc.constantFrom('1', '2')),
              limit: parameter(fc.constantFrom('5', '50')),
            },
            { requiredKeys: [] },
          )
          .map((p) => `/api/search?${new URLSearchParams(p)}`),
        fc
          .record(
            {
              region: parameter(fc.constantFrom('1', '84')),
              function: parameter(fc.constantFrom('formation', '2')),
              kind: parameter(fc.constantFrom('seminar', 'training,congress')),
            },
            { requiredKeys: [] },
          )
          .map((p) => `/api/events/calendar.ics?${new URLSearchParams(p)}`),
        fc
          .record(
            {
              year: parameter(fc.constantFrom('2014', '2015')),
              format: parameter(fc.constantFrom('json', 'csv')),
            },
            { requiredKeys: [] },
          )
          .map((p) => `/api/budget-lines/summary?${new URLSearchParams(p)}`),
        fc
          .tuple(
            fc.constantFrom('resources', 'events'),
            fc.record({ locale: parameter(fc.constantFrom('fr', 'en')) }, { requiredKeys: [] }),
          )
          .map(([feed, p]) => `/api/feeds/${feed}.xml?${new URLSearchParams(p)}`),
        fc
          .record(
            {
              collection: parameter(fc.constantFrom('resources', 'events', 'members')),
              page: parameter(fc.constantFrom('1', '2')),
            },
            { requiredKeys: [] },
          )
          .map((p) => `/api/sitemap.xml?${new URLSearchParams(p)}`),
        fc
          .tuple(
            fc.constantFrom('resources', 'trainings', 'events', 'members'),
            fc.oneof(existingId.map(String), garbageId),
            fc.option(number),
          )
          .map(
            ([name, i, depth]) =>
              `/api/${name}/${enc(i)}/jsonld${depth === null ? '' : `?depth=${enc(depth)}`}`,
          ),
      )
      await fc.assert(
        fc.asyncProperty(request, fc.boolean(), async (url, signedIn) =>
          expectNo5xx(call('GET', url, { signedIn }), url),
        ),
        { seed: SEED, numRuns: RUNS },
      )
      expectAcceptedAndRefused()
    },
    TIMEOUT,
  )

  it(
    'GraphQL reads: lists with any where, limit, page, sort and locale, documents by any id, and documents that do not parse',
    async () => {
      const list = slug.chain((name) =>
        fc
          .tuple(
            fc.option(gqlWhere(COLLECTIONS[name]!)),
            fc.option(gqlInt),
            fc.option(gqlInt),
            fc.option(literal),
            fc.option(fc.constantFrom('fr', 'en', 'all', 'xx')),
            fc.boolean(),
          )
          .map(([where, limit, page, sort, locale, draft]) => {
            const args = [
              where && `where: ${where}`,
              limit !== null && `limit: ${limit}`,
              page !== null && `page: ${page}`,
              sort && `sort: ${sort}`,
              locale && `locale: ${locale}`,
              `draft: ${draft}`,
            ].filter(Boolean)
            return `{ ${COLLECTIONS[name]!.graphQL[1]}(${args.join(', ')}) { totalDocs docs { id } } }`
          }),
      )
      const document = fc.oneof(
        { weight: 3, arbitrary: list },
        fc
          .tuple(slug, gqlInt)
          .map(([name, i]) => `{ ${COLLECTIONS[name]!.graphQL[0]}(id: ${i}) { id } }`),
        fc
          .tuple(fc.oneof(word, text), fc.option(gqlInt))
          .map(
            ([q, page]) =>
              `{ search(q: ${JSON.stringify(q)}${page === null ? '' : `, page: ${page}`}) { totalDocs } }`,
          ),
        fc.string({ maxLength: 40 }),
      )
      await fc.assert(
        fc.asyncProperty(document, fc.boolean(), async (query, signedIn) =>
          expectNo5xx(
            call('POST', '/api/graphql', { body: JSON.stringify({ query }), signedIn }),
            query,
          ),
        ),
        { seed: SEED, numRuns: RUNS },
      )
      expectAcceptedAndRefused()
    },
    TIMEOUT,
  )

  it(
    'GraphQL writes: create and update of every collection with any variables',
    async () => {
      const mutation = slug.chain((name) =>
        fc.tuple(
          fc.constant(name),
          fc.boolean(),
          fc.oneof(
            { weight: 3, arbitrary: existingIn(name) },
            fc.constantFrom(0, -1, -2147483648, ABSENT),
          ),
          bodyFor(COLLECTIONS[name]!, true),
          bodyFor(COLLECTIONS[name]!, false),
          fc.option(fc.boolean()),
        ),
      )
      // GraphQL answers 200 with errors; a mutation that wrote nothing has no document to show.
      const refused = (status: number, json: unknown) =>
        status >= 400 ||
        Object.values((json as { data?: Record<string, unknown> } | undefined)?.data ?? {}).every(
          (d) => d === null,
        )
      await fc.assert(
        fc.asyncProperty(mutation, async ([name, create, target, created, patch, draft]) => {
          const type = COLLECTIONS[name]!.graphQL[0]
          const query = create
            ? `mutation($data: mutation${type}Input!, $draft: Boolean) { create${type}(data: $data, draft: $draft) { id } }`
            : `mutation($id: Int!, $data: mutation${type}UpdateInput!, $draft: Boolean) { update${type}(id: $id, data: $data, draft: $draft) { id } }`
          const variables = { id: target, data: create ? created : patch, draft }
          await attempt('POST', '/api/graphql', JSON.stringify({ query, variables }), refused)
        }),
        { seed: SEED, numRuns: RUNS },
      )
      expectAcceptedAndRefused()
    },
    TIMEOUT,
  )
})
