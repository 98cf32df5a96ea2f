import { formatNames, type CollectionSlug, type Where } from 'payload'
import { stringify } from 'qs-esm'
import { beforeAll, describe, expect, it } from 'vitest'

import { asGraphQL, graphql, login, payload, rest } from '../helpers/api'

/** The ID of a seeded document, by a field that identifies it. */
const idOf = async (collection: CollectionSlug, field: string, value: string | number) => {
  const { docs } = await (
    await payload()
  ).find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) throw new Error(`no ${collection} with ${field} = ${value}`)
  return docs[0].id as number
}

type Case = {
  collection: CollectionSlug
  /** GraphQL singular name, as Payload derives it (Axis for axes is set in the config). */
  gql: string
  /** A valid new document; `n` keeps the three surfaces' documents apart. */
  make: (n: number) => Promise<Record<string, unknown>>
  /** A field to change, and the value it is changed to. */
  change: [string, unknown]
  /** A list filter that finds seeded documents. */
  filter: Where
  /** A field of the created document to read back. */
  read: string
}

const cases: Case[] = [
  {
    collection: 'members',
    gql: 'Member',
    make: async (n) => ({
      name: `Réseau test ${n}`,
      relation: 'partner',
      status: 'active',
      kind: 'resource-centre',
      scope: 'local',
      siren: '732829320',
    }),
    change: ['acronym', 'RT'],
    filter: { relation: { equals: 'funder' } },
    read: 'name',
  },
  {
    collection: 'functions',
    gql: 'Function',
    make: async (n) => ({ title: `Fonction test ${n}` }),
    change: ['summary', 'Résumé modifié'],
    filter: { slug: { equals: 'formation' } },
    read: 'title',
  },
  {
    collection: 'axes',
    gql: 'Axis',
    make: async () => ({ number: 4, title: 'doublon' }),
    change: ['summary', 'Résumé'],
    filter: { number: { less_than: 3 } },
    read: 'title',
  },
  {
    collection: 'regions',
    gql: 'Region',
    make: async (n) => ({ code: `9${n}7`, name: `Région test ${n}` }),
    change: ['name', 'Région renommée'],
    filter: { mergedInto: { exists: true } },
    read: 'name',
  },
  {
    collection: 'resources',
    gql: 'Resource',
    make: async (n) => ({
      title: `Ressource test ${n}`,
      type: 'tool',
      year: 2014,
      romeCodes: ['K1802'],
      function: await idOf('functions', 'slug', 'ressources'),
      _status: 'published',
    }),
    change: ['pages', 12],
    filter: { type: { equals: 'job-profile' } },
    read: 'title',
  },
  {
    collection: 'trainings',
    gql: 'Training',
    make: async (n) => ({
      title: `Formation test ${n}`,
      format: 'seminar',
      status: 'open',
      rncp: 'RNCP35185',
      sessions: [
        { startsAt: '2014-09-01T08:00:00.000Z', endsAt: '2014-09-02T16:00:00.000Z', capacity: 20 },
      ],
      _status: 'published',
    }),
    change: ['hours', 35],
    filter: { format: { equals: 'action-training' } },
    read: 'title',
  },
  {
    collection: 'regional-groups',
    gql: 'RegionalGroup',
    make: async (n) => ({
      name: `Groupe test ${n}`,
      status: 'active',
      region: await idOf('regions', 'code', '53'),
      _status: 'published',
    }),
    change: ['status', 'closed'],
    filter: { status: { equals: 'forming' } },
    read: 'name',
  },
  {
    collection: 'events',
    gql: 'Event',
    make: async (n) => ({
      title: `Rencontre test ${n}`,
      kind: 'seminar',
      startsAt: '2014-10-01T09:00:00.000Z',
      endsAt: '2014-10-01T17:00:00.000Z',
      participants: 30,
      _status: 'published',
    }),
    change: ['place', 'Lyon'],
    filter: { kind: { equals: 'regional-meeting' } },
    read: 'title',
  },
  {
    collection: 'budget-lines',
    gql: 'BudgetLine',
    make: async (n) => ({
      year: 2015,
      direction: 'expense',
      kind: 'cash',
      category: 'other',
      label: `Ligne test ${n}`,
      planned: 1234.5,
      status: 'draft',
    }),
    change: ['actual', 1000.25],
    filter: { direction: { equals: 'income' } },
    read: 'label',
  },
  {
    collection: 'milestones',
    gql: 'Milestone',
    make: async (n) => ({ title: `Jalon test ${n}`, period: '2015-S1', status: 'planned' }),
    change: ['status', 'done'],
    filter: { period: { equals: '2014-S2' } },
    read: 'title',
  },
  {
    collection: 'users',
    gql: 'User',
    make: async (n) => ({
      name: `Personne test ${n}`,
      email: `personne${n}@exemple.test`,
      password: 'un-mot-de-passe-de-test',
      roles: ['member'],
      organisation: await idOf('members', 'slug', 'unadel'),
      orgRole: 'contributor',
    }),
    change: ['name', 'Nom modifié'],
    filter: { orgRole: { equals: 'manager' } },
    read: 'name',
  },
]

const expectedFilterCounts: Record<string, number> = {
  members: 2,
  functions: 1,
  axes: 2,
  regions: 16,
  resources: 1,
  trainings: 2,
  'regional-groups': 1,
  events: 9,
  'budget-lines': 6,
  milestones: 3,
  users: 1,
}

let token: string
beforeAll(async () => {
  token = await login('coordination@unadel.test')
})

const coordinator = async () => {
  const { docs } = await (
    await payload()
  ).find({
    collection: 'users',
    where: { email: { equals: 'coordination@unadel.test' } },
  })
  return docs[0]!
}

describe.each(cases)('$collection: create, read, update, delete and list', (c) => {
  it('through the Local API (access enforced)', async () => {
    const p = await payload()
    const user = await coordinator()
    const data = await c.make(1)
    if (c.collection === 'axes') {
      // Axis numbers are unique: the seed holds all four.
      await expect(
        p.create({ collection: c.collection, data: data as never, user, overrideAccess: false }),
      ).rejects.toThrow(/number/)
      return
    }
    const created = await p.create({
      collection: c.collection,
      data: data as never,
      user,
      overrideAccess: false,
    })
    const read = await p.findByID({
      collection: c.collection,
      id: created.id,
      user,
      overrideAccess: false,
    })
    expect((read as unknown as Record<string, unknown>)[c.read]).toBe(data[c.read])
    const updated = await p.update({
      collection: c.collection,
      id: created.id,
      data: { [c.change[0]]: c.change[1] } as never,
      user,
      overrideAccess: false,
    })
    expect((updated as unknown as Record<string, unknown>)[c.change[0]]).toEqual(c.change[1])
    const list = await p.find({
      collection: c.collection,
      where: c.filter,
      user,
      overrideAccess: false,
    })
    expect(list.totalDocs).toBe(expectedFilterCounts[c.collection])
    await p.delete({ collection: c.collection, id: created.id, user, overrideAccess: false })
    await expect(p.findByID({ collection: c.collection, id: created.id })).rejects.toThrow()
  })

  it('through REST', async () => {
    if (c.collection === 'axes') {
      const axis = await idOf('axes', 'number', 2)
      const patched = await rest('PATCH', `/axes/${axis}`, { token, body: { summary: 'Résumé' } })
      expect(patched.status).toBe(200)
      expect(patched.body.doc.summary).toBe('Résumé')
      return
    }
    const data = await c.make(2)
    const created = await rest('POST', `/${c.collection}`, { token, body: data })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const read = await rest('GET', `/${c.collection}/${id}`, { token })
    expect(read.body[c.read]).toBe(data[c.read])
    const updated = await rest('PATCH', `/${c.collection}/${id}`, {
      token,
      body: { [c.change[0]]: c.change[1] },
    })
    expect(updated.status).toBe(200)
    expect(updated.body.doc[c.change[0]]).toEqual(c.change[1])
    const list = await rest('GET', `/${c.collection}?${stringify({ where: c.filter, depth: 0 })}`, {
      token,
    })
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(expectedFilterCounts[c.collection])
    const deleted = await rest('DELETE', `/${c.collection}/${id}`, { token })
    expect(deleted.status).toBe(200)
    expect((await rest('GET', `/${c.collection}/${id}`, { token })).status).toBe(404)
  })

  it('through GraphQL', async () => {
    // The list query's name, as Payload names it: the config's plural, else the slug's.
    const { graphQL } = (await payload()).collections[c.collection].config
    const many = (graphQL && graphQL.pluralName) || formatNames(c.collection).plural
    if (c.collection === 'axes') {
      const list = await graphql(
        `
          {
            Axes(sort: "number") {
              docs {
                number
                title
              }
            }
          }
        `,
        {},
        { token },
      )
      expect(list.body.data.Axes.docs.map((a: { number: number }) => a.number)).toEqual([
        1, 2, 3, 4,
      ])
      return
    }
    const data = await c.make(3)
    const created = await graphql(
      `mutation($data: mutation${c.gql}Input!) { create${c.gql}(data: $data) { id ${c.read} } }`,
      { data: asGraphQL(data) },
      { token },
    )
    expect(created.body.errors, JSON.stringify(created.body.errors)).toBeUndefined()
    const id = created.body.data[`create${c.gql}`].id
    expect(created.body.data[`create${c.gql}`][c.read]).toBe(data[c.read])
    const updated = await graphql(
      `mutation($id: Int!, $data: mutation${c.gql}UpdateInput!) { update${c.gql}(id: $id, data: $data) { ${c.change[0]} } }`,
      { id, data: asGraphQL({ [c.change[0]]: c.change[1] }) },
      { token },
    )
    expect(updated.body.errors, JSON.stringify(updated.body.errors)).toBeUndefined()
    expect(updated.body.data[`update${c.gql}`][c.change[0]]).toEqual(asGraphQL(c.change[1]))
    const list = await graphql(
      `query($where: ${c.gql}_where) { ${many}(where: $where) { totalDocs } }`,
      { where: asGraphQL(c.filter) },
      { token },
    )
    expect(list.body.errors, JSON.stringify(list.body.errors)).toBeUndefined()
    expect(list.body.data[many].totalDocs).toBe(expectedFilterCounts[c.collection])
    const deleted = await graphql(
      `mutation($id: Int!) { delete${c.gql}(id: $id) { id } }`,
      { id },
      { token },
    )
    expect(deleted.body.data[`delete${c.gql}`].id).toBe(id)
  })
})
