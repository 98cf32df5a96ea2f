import { PayloadSDK } from '@payloadcms/sdk'
import { ClientError, GraphQLClient } from 'graphql-request'
import jsonld from 'jsonld'
import ical from 'node-ical'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Config, Event, Resource, Training } from '../../payload-types'
import { createResource, DEMO_PASSWORD, findDocs, payload } from '../helpers/api'
import { PRODUCTION, serverForTests, startServer, type TestServer } from '../helpers/server'

const PARTNER = 'https://partenaire.example'

/** As an outside site would call it: over HTTP, with the official SDK and a standard GraphQL client. */
describe('the public API, through the real server', () => {
  let server: TestServer
  let sdk: PayloadSDK<Config>
  let gql: GraphQLClient
  let draftId: number

  beforeAll(async () => {
    server = await startServer({ env: { CORS_ORIGINS: `${PARTNER}, https://region.example` } })
    sdk = new PayloadSDK<Config>({ baseURL: `${server.url}/api` })
    gql = new GraphQLClient(`${server.url}/api/graphql`)
    const functions = await (await payload()).find({ collection: 'functions', limit: 1, depth: 0 })
    // A published training with two sessions, for the calendar and its CourseInstances.
    await (
      await payload()
    ).create({
      collection: 'trainings',
      data: {
        title: 'Formation-action coopération territoriale',
        format: 'action-training',
        status: 'open',
        function: functions.docs[0]!.id,
        _status: 'published',
        sessions: [
          {
            startsAt: '2015-03-10T08:30:00.000Z',
            endsAt: '2015-03-11T16:00:00.000Z',
            place: 'Lyon',
            capacity: 20,
          },
          {
            startsAt: '2015-04-14T08:30:00.000Z',
            endsAt: '2015-04-15T16:00:00.000Z',
            place: 'Lyon',
            capacity: 20,
          },
        ],
      },
    })
    draftId = (
      await (
        await payload()
      ).create({
        collection: 'resources',
        data: {
          title: 'Brouillon interne',
          type: 'tool',
          function: functions.docs[0]!.id,
          _status: 'draft',
        },
        draft: true,
      })
    ).id
  })
  afterAll(async () => {
    await server?.stop()
  })

  const signIn = async (email: string) =>
    (await sdk.login({ collection: 'users', data: { email, password: DEMO_PASSWORD } })).token!
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { headers })

  describe('anonymous reads', () => {
    it('list and read published content only, on REST', async () => {
      const { docs, totalDocs } = await sdk.find({ collection: 'resources', limit: 100, depth: 0 })
      expect(totalDocs).toBeGreaterThan(0)
      expect(docs.every((d) => d._status === 'published')).toBe(true)
      expect(docs.map((d) => d.id)).not.toContain(draftId)
      await expect(sdk.findByID({ collection: 'resources', id: draftId })).rejects.toMatchObject({
        status: 404,
      })
    })

    it('list published content only, on GraphQL', async () => {
      const data = await gql.request<{
        Resources: { docs: Array<{ id: number; _status: string }> }
      }>('{ Resources(limit: 100) { docs { id _status } } }')
      expect(data.Resources.docs.length).toBeGreaterThan(0)
      expect(data.Resources.docs.map((d) => d.id)).not.toContain(draftId)
      expect(data.Resources.docs.every((d) => d._status === 'published')).toBe(true)
    })

    it.each([
      ['budget lines', 'budget-lines', '{ BudgetLines { docs { id } } }'],
      ['users and their emails', 'users', '{ Users { docs { email } } }'],
      ['the audit log', 'audit-log', '{ AuditEntries { docs { id } } }'],
      ['API clients', 'api-clients', '{ ApiClients { docs { id } } }'],
    ] as const)('never see %s', async (_, collection, query) => {
      await expect(sdk.find({ collection, depth: 0 })).rejects.toMatchObject({ status: 403 })
      const refused = await gql.request(query).catch((error: unknown) => error)
      expect(refused).toBeInstanceOf(ClientError)
      expect((refused as ClientError).response.errors?.[0]?.message).toMatch(/pas autorisé/)
    })
  })

  describe('API keys of partner sites', () => {
    const keyed = (key: string) => ({ authorization: `api-clients API-Key ${key}` })

    it('an admin creates a key; it reads, never writes; revoked, it is refused at once', async () => {
      const admin = { headers: { authorization: `JWT ${await signIn('admin@pole-metiers.test')}` } }
      const key = crypto.randomUUID()
      const client = await sdk.create(
        {
          collection: 'api-clients',
          data: { name: 'Site du réseau régional', enableAPIKey: true, apiKey: key } as never,
        },
        admin,
      )

      const me = await (await get('/api/api-clients/me', keyed(key))).json()
      expect(me.user).toMatchObject({ id: client.id, name: 'Site du réseau régional' })
      const list = await sdk.find({ collection: 'resources', depth: 0 }, { headers: keyed(key) })
      expect(list.docs.map((d) => d.id)).not.toContain(draftId)
      await expect(
        sdk.create(
          { collection: 'resources', data: { title: 'Par clé', type: 'tool' } as never },
          { headers: keyed(key) },
        ),
      ).rejects.toMatchObject({ status: 403 })
      await expect(
        sdk.find({ collection: 'budget-lines' }, { headers: keyed(key) }),
      ).rejects.toMatchObject({ status: 403 })

      await sdk.update(
        { collection: 'api-clients', id: client.id, data: { enableAPIKey: false } },
        admin,
      )
      const revoked = await get('/api/resources', keyed(key))
      expect(revoked.status).toBe(401)
      expect((await revoked.json()).errors[0].message).toBe('Unknown or revoked API key.')
      const graphQL = await fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...keyed(key) },
        body: JSON.stringify({ query: '{ Resources { totalDocs } }' }),
      })
      expect(graphQL.status).toBe(401)
    })

    it('only admins manage keys', async () => {
      const coordinator = {
        headers: { authorization: `JWT ${await signIn('coordination@unadel.test')}` },
      }
      const before = await (await payload()).count({ collection: 'api-clients' })
      await expect(
        sdk.create(
          {
            collection: 'api-clients',
            data: { name: 'Pas autorisé', enableAPIKey: true } as never,
          },
          coordinator,
        ),
      ).rejects.toMatchObject({ status: 403 })
      expect((await (await payload()).count({ collection: 'api-clients' })).totalDocs).toBe(
        before.totalDocs,
      )
    })
  })

  describe('CORS and CSRF', () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/api/resources`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET' },
      })

    it('allow the origins of CORS_ORIGINS', async () => {
      const response = await preflight(PARTNER)
      expect(response.headers.get('access-control-allow-origin')).toBe(PARTNER)
      const list = await get('/api/resources?limit=1', { origin: 'https://region.example' })
      expect(list.headers.get('access-control-allow-origin')).toBe('https://region.example')
    })

    it('refuse any other origin', async () => {
      const response = await preflight('https://intrus.example')
      expect(response.headers.get('access-control-allow-origin')).toBeNull()
      const list = await get('/api/resources?limit=1', { origin: 'https://intrus.example' })
      expect(list.headers.get('access-control-allow-origin')).toBeNull()
    })

    it('ignore a session cookie sent from another origin, a partner of CORS_ORIGINS included', async () => {
      const login = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'coordination@unadel.test', password: DEMO_PASSWORD }),
      })
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!
      const me = async (origin: string) =>
        (await (await get('/api/users/me', { cookie, origin })).json()).user
      // The server's own origin keeps the session; a partner site may read, never act as a visitor.
      expect(await me(server.url)).toMatchObject({ email: 'coordination@unadel.test' })
      expect(await me(PARTNER)).toBeNull()
      expect(await me('https://intrus.example')).toBeNull()
    })
  })

  describe('GraphQL limits', () => {
    const refusal = async (query: string) => {
      const error = await gql.request(query).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ClientError)
      return (error as ClientError).response.errors?.map((e) => e.message).join(' ')
    }

    it('refuses a query nested too deep, saying so', async () => {
      const deep =
        '{ Trainings { docs { partners { regions { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { name } } } } } } } } } } }'
      expect(await refusal(deep)).toMatch(/exceeds maximum operation depth/)
    })

    it('refuses a query that asks for too much, saying so', async () => {
      const fields = Array.from(
        { length: 40 },
        (_, i) => `r${i}: Resources(limit: 100) { docs { title publisher { name } } }`,
      )
      expect(await refusal(`{ ${fields.join(' ')} }`)).toMatch(/complexity/i)
    })

    it('answers introspection outside production', async () => {
      const data = await gql.request<{ __schema: { queryType: { name: string } } }>(
        '{ __schema { queryType { name } } }',
      )
      expect(data.__schema.queryType.name).toBe('Query')
    })
  })

  describe('budget report', () => {
    it('is for signed-in users only', async () => {
      expect((await get('/api/budget-lines/summary?year=2014')).status).toBe(401)
    })

    it('gives the 2014 totals, balanced, in JSON and in CSV', async () => {
      const auth = { authorization: `JWT ${await signIn('membre@irdsu.test')}` }
      const report = await (await get('/api/budget-lines/summary?year=2014', auth)).json()
      for (const direction of ['expense', 'income'])
        expect(report.totals[direction]).toMatchObject({
          cash: { planned: 115000 },
          all: { planned: 123000 },
        })
      expect(report.totals.expense['in-kind'].planned).toBe(8000)
      expect(report.balanced).toEqual({ cash: true, all: true })
      expect(
        report.byFunder.reduce((sum: number, f: { planned: number }) => sum + f.planned, 0),
      ).toBe(123000)

      const csv = await get('/api/budget-lines/summary?year=2014&format=csv', auth)
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
      const { data } = Papa.parse<Record<string, string>>(await csv.text(), {
        header: true,
        skipEmptyLines: true,
      })
      const total = (direction: string, key: string) =>
        data.find((r) => r.section === 'total' && r.direction === direction && r.key === key)
      expect(Number(total('expense', 'all')!.planned)).toBe(123000)
      expect(Number(total('income', 'cash')!.planned)).toBe(115000)
    })

    it('refuses a bad year, naming it', async () => {
      const auth = { authorization: `JWT ${await signIn('membre@irdsu.test')}` }
      const response = await get('/api/budget-lines/summary?year=deux-mille', auth)
      expect(response.status).toBe(400)
      expect((await response.json()).errors[0].message).toMatch(/^year/)
    })
  })

  describe('calendar', () => {
    const calendar = async (query = '') => {
      const response = await get(`/api/events/calendar.ics${query}`)
      expect(response.headers.get('content-type')).toMatch(/^text\/calendar/)
      return Object.values(await ical.async.parseICS(await response.text())).filter(
        (c) => c?.type === 'VEVENT',
      ) as ical.VEvent[]
    }

    it('has one VEVENT per published event and per session of a published training', async () => {
      const local = await payload()
      const events = await local.find({
        collection: 'events',
        where: { _status: { equals: 'published' } },
        pagination: false,
      })
      const trainings = await local.find({
        collection: 'trainings',
        where: { _status: { equals: 'published' } },
        pagination: false,
      })
      const sessions = trainings.docs.reduce((n, t) => n + (t.sessions?.length ?? 0), 0)
      const entries = await calendar()
      expect(entries).toHaveLength(events.totalDocs + sessions)
      const first = events.docs[0]!
      const parsed = entries.find((e) => e.uid === `event-${first.id}@pole-metiers.fr`)!
      expect(parsed.summary).toBe(first.title)
      // The seed's events are days: all-day in calendars, on the day the document names.
      expect(first.allDay).toBe(true)
      expect(parsed.datetype).toBe('date')
      expect(first.startsAt).toMatch(/T12:00:00\.000Z$/)
    })

    it('writes an all-day event as VALUE=DATE days (end exclusive), a timed one as instants', async () => {
      const text = await (await get('/api/events/calendar.ics')).text()
      const unfolded = text.replace(/\r\n[ \t]/g, '')
      const block = (summary: string) =>
        unfolded.split('BEGIN:VEVENT').find((b) => b.includes(`SUMMARY:${summary}`))!
      // 4 and 5 July 2013 in Valence: the calendar's end is the day after the last.
      const congress = block('Premier Congrès national des développeurs territoriaux')
      expect(congress).toContain('DTSTART;VALUE=DATE:20130704')
      expect(congress).toContain('DTEND;VALUE=DATE:20130706')
      // A congress whose day is not fixed is a day, not « 01:00 ».
      expect(block('Second Congrès national des développeurs territoriaux')).toContain(
        'DTSTART;VALUE=DATE:20150101',
      )
      // A training session has hours: 08:30 UTC is 09:30 in Paris.
      expect(block('Formation-action coopération territoriale')).toContain(
        'DTSTART:20150310T083000Z',
      )
    })

    it('filters by kind and by region', async () => {
      const local = await payload()
      const congresses = await local.count({
        collection: 'events',
        where: { kind: { equals: 'congress' }, _status: { equals: 'published' } },
      })
      expect(await calendar('?kind=congress')).toHaveLength(congresses.totalDocs)
      const { docs } = await local.find({
        collection: 'events',
        where: { region: { exists: true } },
        depth: 1,
        limit: 1,
      })
      const region = docs[0]!.region as { id: number; code: string }
      const inRegion = await local.count({
        collection: 'events',
        where: { region: { equals: region.id }, _status: { equals: 'published' } },
      })
      const filtered = await calendar(
        `?kind=regional-meeting,national-meeting,seminar,congress&region=${region.code}`,
      )
      expect(filtered).toHaveLength(inRegion.totalDocs)
    })
  })

  describe('search', () => {
    type Hit = { type: string; id: number; title: string; excerpt: string; rank: number }
    const find = async (query: string) => {
      const response = await get(`/api/search?${query}`)
      expect(response.status).toBe(200)
      return (await response.json()) as {
        docs: Hit[]
        totalDocs: number
        page: number
        totalPages: number
      }
    }
    const proceedings = async () =>
      (
        await findDocs('resources', {
          slug: { equals: 'actes-premier-congres-developpeurs-territoriaux' },
        })
      )[0]!

    it('finds the same documents with or without accents, and across word forms', async () => {
      const [plain, accented, verb] = await Promise.all(
        ['cooperation', 'coopération', 'coopérer'].map(async (q) =>
          (await find(`q=${encodeURIComponent(q)}`)).docs.map((d) => `${d.type}/${d.id}`),
        ),
      )
      expect(plain).toContain(`resources/${(await proceedings()).id}`)
      expect(accented).toEqual(plain)
      expect(verb).toEqual(plain)
    })

    it('highlights the words found in an excerpt', async () => {
      const { docs } = await find('q=coop%C3%A9rer')
      expect(docs[0]!.excerpt).toMatch(/<mark>coopér\w*<\/mark>/i)
    })

    it('ranks a match in the title before a match in the text', async () => {
      const { docs } = await find('q=d%C3%A9veloppement&limit=50')
      const inTitle = docs.map((d) => /développement/i.test(d.title))
      expect(inTitle[0]).toBe(true)
      // Once a hit has the word only in its text, no later hit has it in its title.
      const firstTextOnly = inTitle.indexOf(false)
      expect(firstTextOnly).toBeGreaterThan(0)
      expect(inTitle.slice(firstTextOnly)).not.toContain(true)
      expect(docs.map((d) => d.rank)).toEqual([...docs.map((d) => d.rank)].sort((a, b) => b - a))
    })

    it('filters by type and by function, and pages', async () => {
      const events = await find('q=rencontre&type=events')
      expect(events.totalDocs).toBeGreaterThan(1)
      expect(events.docs.every((d) => d.type === 'events')).toBe(true)
      const fn = (await proceedings()).function as number
      const ofFunction = await find(`q=congr%C3%A8s&function=${fn}&limit=50`)
      const local = await payload()
      for (const hit of ofFunction.docs) {
        const doc = await local.findByID({
          collection: hit.type as 'resources',
          id: hit.id,
          depth: 0,
        })
        expect((doc as { function?: number }).function).toBe(fn)
      }
      const both = await find('q=rencontre&limit=2')
      const second = await find('q=rencontre&limit=1&page=2')
      expect(second.docs[0]!.id).toBe(both.docs[1]!.id)
      expect(second.totalPages).toBe(both.totalDocs)
      const beyond = await find(`q=rencontre&limit=10&page=${both.totalDocs + 1}`)
      expect(beyond).toMatchObject({ docs: [], totalDocs: both.totalDocs, hasNextPage: false })
    })

    it('is kept current on every change, and never shows a draft', async () => {
      const local = await payload()
      const id = await createResource(
        'Mutualisation des ingénieries territoriales',
        (await proceedings()).function as number,
      )
      expect((await find('q=mutualiser')).docs.map((d) => d.id)).toEqual([id])
      await local.update({ collection: 'resources', id, data: { title: 'Ingénierie partagée' } })
      expect((await find('q=mutualiser')).docs).toEqual([])
      expect((await find('q=partag%C3%A9e')).docs.map((d) => d.id)).toContain(id)
      await local.delete({ collection: 'resources', id })
      expect((await find('q=partag%C3%A9e')).docs.map((d) => d.id)).not.toContain(id)
      expect((await find('q=brouillon')).docs).toEqual([])
    })

    it('answers the GraphQL query `search` like REST', async () => {
      const data = await gql.request<{ search: { docs: Hit[]; totalDocs: number } }>(
        'query($q: String!) { search(q: $q, type: ["resources"]) { docs { type id excerpt } totalDocs } }',
        { q: 'coopérer' },
      )
      const rest = await find('q=coop%C3%A9rer&type=resources')
      expect(data.search.docs.map((d) => d.id)).toEqual(rest.docs.map((d) => d.id))
      expect(data.search.totalDocs).toBe(rest.totalDocs)
    })

    it('refuses bad input, naming the parameter', async () => {
      const missing = await get('/api/search')
      expect(missing.status).toBe(400)
      expect((await missing.json()).errors[0].message).toMatch(/^q /)
      const badType = await get('/api/search?q=congres&type=pages')
      expect(badType.status).toBe(400)
      expect((await badType.json()).errors[0].message).toMatch(/^type/)
    })
  })

  describe('structured data', () => {
    const expanded = async (path: string) => {
      const response = await get(path)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/)
      const [node] = await jsonld.expand(await response.json())
      return node as Record<string, Array<Record<string, unknown>>>
    }
    const first = async (collection: 'resources' | 'trainings' | 'events' | 'members') =>
      (
        await sdk.find({
          collection,
          limit: 1,
          depth: 0,
          where: collection === 'trainings' ? { 'sessions.startsAt': { exists: true } } : {},
        })
      ).docs[0]!

    it('describes a resource as a CreativeWork', async () => {
      const resource = (await first('resources')) as Resource
      const node = await expanded(`/api/resources/${resource.id}/jsonld`)
      expect(node['@type']).toEqual(['https://schema.org/CreativeWork'])
      expect(node['https://schema.org/name']![0]!['@value']).toBe(resource.title)
    })

    it('describes a training as a Course with its CourseInstances', async () => {
      const training = (await first('trainings')) as Training
      const node = await expanded(`/api/trainings/${training.id}/jsonld`)
      expect(node['@type']).toEqual(['https://schema.org/Course'])
      const instances = node['https://schema.org/hasCourseInstance']!
      expect(instances).toHaveLength(training.sessions!.length)
      expect(instances[0]!['@type']).toEqual(['https://schema.org/CourseInstance'])
    })

    it('describes an event as an Event and an organisation as an Organization', async () => {
      const event = (await first('events')) as Event
      const node = await expanded(`/api/events/${event.id}/jsonld`)
      expect(node['@type']).toEqual(['https://schema.org/Event'])
      // An all-day event starts on a day (schema.org Date), not at an instant.
      expect(event.allDay).toBe(true)
      expect(node['https://schema.org/startDate']![0]!['@value']).toBe(event.startsAt.slice(0, 10))
      const member = await first('members')
      expect((await expanded(`/api/members/${member.id}/jsonld`))['@type']).toEqual([
        'https://schema.org/Organization',
      ])
    })

    it('does not describe a draft', async () => {
      expect((await get(`/api/resources/${draftId}/jsonld`)).status).toBe(404)
    })
  })
})

describe('GraphQL introspection in production', () => {
  const server = serverForTests({ env: PRODUCTION })

  it('is off unless GRAPHQL_INTROSPECTION=true', async () => {
    const error = await new GraphQLClient(`${server.url}/api/graphql`)
      .request('{ __schema { queryType { name } } }')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ClientError)
    expect((error as ClientError).response.errors?.[0]?.message).toMatch(/introspection/i)
  })
})
