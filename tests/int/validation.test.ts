import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { asGraphQL, graphql, login, payload, rest } from '../helpers/api'

type Rule = {
  rule: string
  collection: CollectionSlug
  gql: string
  /** A document that is valid but for the field under test. */
  data: Record<string, unknown>
  /** The path Payload names in the error. */
  field: string
}

const member = { name: 'Structure test', relation: 'partner', status: 'active' }
const event = { title: 'Rencontre test', kind: 'seminar', _status: 'published' }
const training = {
  title: 'Formation test',
  format: 'seminar',
  status: 'open',
  _status: 'published',
}
const line = {
  year: 2015,
  direction: 'expense',
  kind: 'cash',
  category: 'other',
  label: 'Ligne',
  status: 'draft',
}

const rules: Rule[] = [
  {
    rule: 'SIREN (9 digits, Luhn)',
    collection: 'members',
    gql: 'Member',
    data: { ...member, siren: '732829321' },
    field: 'siren',
  },
  {
    rule: 'SIRET (14 digits, Luhn)',
    collection: 'members',
    gql: 'Member',
    data: { ...member, siret: '73282932000018' },
    field: 'siret',
  },
  {
    rule: 'RNA (W + 9 digits)',
    collection: 'members',
    gql: 'Member',
    data: { ...member, rna: 'W12345' },
    field: 'rna',
  },
  {
    rule: 'URL',
    collection: 'members',
    gql: 'Member',
    data: { ...member, website: 'www.unadel' },
    field: 'website',
  },
  {
    rule: 'email',
    collection: 'members',
    gql: 'Member',
    data: { ...member, email: 'contact@' },
    field: 'email',
  },
  {
    // validator's isEmail threw on it (encodeURI): a 500.
    rule: 'email holding a lone UTF-16 surrogate',
    collection: 'members',
    gql: 'Member',
    data: { ...member, email: '\ud800@pole.example' },
    field: 'email',
  },
  {
    rule: 'ROME code',
    collection: 'resources',
    gql: 'Resource',
    data: { title: 'R', type: 'tool', romeCodes: ['K1802', 'Z1234'] },
    field: 'romeCodes',
  },
  {
    rule: 'RNCP code',
    collection: 'trainings',
    gql: 'Training',
    data: { ...training, rncp: 'RNCP-12' },
    field: 'rncp',
  },
  {
    rule: 'event end after start',
    collection: 'events',
    gql: 'Event',
    data: { ...event, startsAt: '2014-10-02T09:00:00.000Z', endsAt: '2014-10-01T09:00:00.000Z' },
    field: 'endsAt',
  },
  {
    rule: 'session end after start',
    collection: 'trainings',
    gql: 'Training',
    data: {
      ...training,
      sessions: [{ startsAt: '2014-10-02T09:00:00.000Z', endsAt: '2014-10-01T09:00:00.000Z' }],
    },
    field: 'sessions.0.endsAt',
  },
  {
    rule: 'delegation end after start',
    collection: 'functions',
    gql: 'Function',
    data: {
      title: 'F',
      pilots: [
        {
          organisation: 1,
          role: 'pilot',
          startsOn: '2014-06-01T00:00:00.000Z',
          endsOn: '2014-01-01T00:00:00.000Z',
        },
      ],
    },
    field: 'pilots.0.endsOn',
  },
  {
    rule: 'amount ≥ 0',
    collection: 'budget-lines',
    gql: 'BudgetLine',
    data: { ...line, planned: -5 },
    field: 'planned',
  },
  {
    rule: 'amount with at most 2 decimals',
    collection: 'budget-lines',
    gql: 'BudgetLine',
    data: { ...line, planned: 10.005 },
    field: 'planned',
  },
  {
    rule: 'year between 1990 and 2100',
    collection: 'budget-lines',
    gql: 'BudgetLine',
    data: { ...line, planned: 10, year: 1989 },
    field: 'year',
  },
  {
    rule: 'capacity > 0',
    collection: 'trainings',
    gql: 'Training',
    data: { ...training, sessions: [{ startsAt: '2014-10-01T09:00:00.000Z', capacity: 0 }] },
    field: 'sessions.0.capacity',
  },
  {
    rule: 'participants ≥ 0',
    collection: 'events',
    gql: 'Event',
    data: { ...event, startsAt: '2014-10-01T09:00:00.000Z', participants: -1 },
    field: 'participants',
  },
]

let token: string
beforeAll(async () => {
  token = await login('coordination@unadel.test')
})

const count = async (collection: CollectionSlug) =>
  (await (await payload()).count({ collection })).totalDocs

describe.each(rules)('$rule', ({ collection, gql, data, field }) => {
  it('REST answers 400 naming the field, and writes nothing', async () => {
    const before = await count(collection)
    const { status, body } = await rest('POST', `/${collection}`, { token, body: data })
    expect(status).toBe(400)
    const paths = body.errors[0].data.errors.map((e: { path: string }) => e.path)
    expect(paths).toContain(field)
    expect(await count(collection)).toBe(before)
  })

  it('GraphQL answers with a 400 error naming the field, and writes nothing', async () => {
    const before = await count(collection)
    const { body } = await graphql(
      `mutation($data: mutation${gql}Input!) { create${gql}(data: $data) { id } }`,
      { data: asGraphQL(data) },
      { token },
    )
    expect(body.errors[0].extensions.statusCode).toBe(400)
    const paths = body.errors[0].extensions.data.errors.map((e: { path: string }) => e.path)
    expect(paths).toContain(field)
    expect(await count(collection)).toBe(before)
  })
})

describe('messages', () => {
  it('are French by default and English for an English reader', async () => {
    const data = { ...member, siren: '123456789' }
    const french = await rest('POST', '/members', { token, body: data })
    expect(french.body.errors[0].data.errors[0].message).toMatch(/Le SIREN doit compter 9 chiffres/)
    const english = await rest('POST', '/members', {
      token,
      body: data,
      headers: { 'accept-language': 'en' },
    })
    expect(english.body.errors[0].data.errors[0].message).toMatch(/A SIREN is 9 digits/)
  })

  it('accept what is valid: a La Poste SIRET, a real SIREN, ROME and RNCP codes', async () => {
    const created = await rest('POST', '/members', {
      token,
      body: {
        ...member,
        name: 'La Poste test',
        siren: '732829320',
        siret: '35600000000010',
        rna: 'W751234567',
      },
    })
    expect(created.status).toBe(201)
  })
})

describe('slugs', () => {
  it('are made from the title without accents, suffixed when taken, and stay put', async () => {
    const first = await rest('POST', '/resources', {
      token,
      body: { title: 'Coopération entre territoires', type: 'tool' },
    })
    const second = await rest('POST', '/resources', {
      token,
      body: { title: 'Coopération entre territoires', type: 'tool' },
    })
    expect(first.body.doc.slug).toBe('cooperation-entre-territoires')
    expect(second.body.doc.slug).toBe('cooperation-entre-territoires-2')
    const renamed = await rest('PATCH', `/resources/${first.body.doc.id}`, {
      token,
      body: { title: 'Coopérer entre territoires', _status: 'published' },
    })
    expect(renamed.body.doc.slug).toBe('cooperation-entre-territoires')
  })
})

describe('an array left without rows by the admin, or sent as null', () => {
  it('is sent as its row count, 0, and taken as no rows (a training saves without sessions)', async () => {
    const created = await rest('POST', '/trainings', {
      token,
      body: { ...training, title: 'Formation sans session', sessions: 0 },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.sessions).toEqual([])
    const sessions = async (value: unknown) => {
      const patched = await rest('PATCH', `/trainings/${created.body.doc.id}`, {
        token,
        body: { sessions: value },
      })
      expect(patched.status).toBe(200)
      return patched.body.doc.sessions
    }
    const oneRow = [{ startsAt: '2015-03-10T08:30:00.000Z' }]
    expect(await sessions(oneRow)).toHaveLength(1)
    // Removing the last row in the admin sends 0 again: the rows go.
    expect(await sessions(0)).toEqual([])
    // A client that sends null means the same (Payload's writer threw on it: a 500), on create
    // and on update.
    expect(await sessions(oneRow)).toHaveLength(1)
    expect(await sessions(null)).toEqual([])
    const createdNull = await rest('POST', '/trainings', {
      token,
      body: { ...training, title: 'Formation sans session (null)', sessions: null },
    })
    expect(createdNull.status).toBe(201)
    expect(createdNull.body.doc.sessions).toEqual([])
    // Any other number is still refused, naming the field.
    const wrong = await rest('POST', '/trainings', { token, body: { ...training, sessions: 2 } })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].data.errors[0].path).toBe('sessions')
  })
})
