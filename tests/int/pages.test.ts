import pg from 'pg'
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { payload as getPayload } from '../helpers/api'
import { NOT_COUNTED } from '../../src/db/counts'

/*
 * Lists read their page's ids first and take their totals from counts PostgreSQL keeps per table
 * and status (src/db/pages.ts, src/db/counts.ts; issue 11). What a caller sees must not change:
 * each page is the slice of the whole list Payload would give, each total its exact count, after
 * every kind of write, concurrent ones included.
 */
let payload: Payload
let client: pg.Client

beforeAll(async () => {
  payload = await getPayload()
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
})
afterAll(async () => {
  await client?.end()
})

type Row = { table: string; status: string; n: number }

/** What the kept counts say, and what counting the tables says, per table and status. */
const counts = async () => {
  const kept = await client.query<Row>(
    `SELECT table_name AS table, status, sum(n)::int AS n FROM kept_counts GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2`,
  )
  const actual: Row[] = []
  for (const table of ['resources', 'events', 'members', 'axes']) {
    const status = table === 'resources' || table === 'events' ? `_status::text` : `''`
    actual.push(
      ...(
        await client.query<Row>(
          `SELECT $1 AS table, ${status} AS status, count(*)::int AS n FROM ${table} GROUP BY 2`,
          [table],
        )
      ).rows,
    )
  }
  for (const table of ['_resources_v', '_events_v'])
    actual.push(
      ...(
        await client.query<Row>(
          `SELECT $1 AS table, version__status::text AS status, count(*)::int AS n FROM ${table} WHERE latest GROUP BY 2`,
          [table],
        )
      ).rows,
    )
  const watched = new Set(actual.map((r) => r.table))
  const order = (rows: Row[]) =>
    [...rows].sort((a, b) => `${a.table}/${a.status}`.localeCompare(`${b.table}/${b.status}`))
  return { kept: order(kept.rows.filter((r) => watched.has(r.table))), actual: order(actual) }
}

const expectCountsRight = async () => {
  const { kept, actual } = await counts()
  expect(kept).toEqual(actual)
  // Delegated collections are counted per function too (a pilot's total).
  const byFunction = async (sql: string) => (await client.query(sql)).rows
  expect(
    await byFunction(`SELECT status, grp, sum(n)::int AS n FROM kept_counts WHERE table_name = 'resources'
                      GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2`),
  ).toEqual(
    await byFunction(`SELECT _status::text AS status, coalesce(function_id::text, '') AS grp, count(*)::int AS n
                      FROM resources GROUP BY 1, 2 ORDER BY 1, 2`),
  )
}

const aFunction = async () =>
  (await payload.find({ collection: 'functions', limit: 1 })).docs[0]!.id

let created = 0
const newResource = async (status: 'draft' | 'published') =>
  payload.create({
    collection: 'resources',
    data: {
      title: `Ressource de pagination ${++created}`,
      type: 'tool',
      year: 2014,
      function: await aFunction(),
      _status: status,
    },
    draft: status === 'draft',
  })

describe('kept counts', () => {
  it('count every collection and the latest versions of those with drafts, from the start', async () => {
    const { rows } = await client.query<{ table: string }>(
      `SELECT DISTINCT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'kept_counts'`,
    )
    const tables = rows.map((r) => r.table)
    for (const collection of payload.config.collections) {
      const table = collection.slug.replaceAll('-', '_')
      // The jobs queue is never listed with a total: its runner's writes are not counted.
      if (NOT_COUNTED.has(collection.slug)) {
        expect(tables, collection.slug).not.toContain(table)
        continue
      }
      expect(tables, collection.slug).toContain(table)
      if (collection.versions?.drafts)
        expect(tables, `${collection.slug} versions`).toContain(`_${table}_v`)
    }
    await expectCountsRight()
  })

  it('stay exact through create, draft, publish, unpublish, duplicate, restore, bulk update and delete', async () => {
    const published = await newResource('published')
    const draft = await newResource('draft')
    await expectCountsRight()
    await payload.update({ collection: 'resources', id: draft.id, data: { _status: 'published' } })
    await payload.update({ collection: 'resources', id: published.id, data: { _status: 'draft' } })
    await payload.update({
      collection: 'resources',
      id: published.id,
      data: { title: 'Brouillon suivant' },
      draft: true,
    })
    await expectCountsRight()
    const copy = await payload.duplicate({ collection: 'resources', id: draft.id })
    const { docs: versions } = await payload.findVersions({
      collection: 'resources',
      where: { parent: { equals: draft.id } },
      sort: 'createdAt',
    })
    await payload.restoreVersion({ collection: 'resources', id: String(versions[0]!.id) })
    await expectCountsRight()
    await payload.update({
      collection: 'resources',
      where: { id: { in: [published.id, copy.id] } },
      data: { _status: 'published' },
    })
    await expectCountsRight()
    await payload.delete({
      collection: 'resources',
      where: { id: { in: [published.id, draft.id, copy.id] } },
    })
    await expectCountsRight()
  })

  it('count nothing of a write rolled back', async () => {
    const before = await counts()
    const req = { payload, transactionID: await payload.db.beginTransaction() } as never
    await payload.create({
      collection: 'resources',
      data: { title: 'Annulée', type: 'tool', _status: 'published' },
      req,
    })
    await payload.db.rollbackTransaction((req as { transactionID: string }).transactionID)
    expect((await counts()).kept).toEqual(before.kept)
  })

  it('stay exact under 40 concurrent writes, without a deadlock', async () => {
    const made = await Promise.all(
      Array.from({ length: 10 }, (_, i) => newResource(i % 2 ? 'draft' : 'published')),
    )
    const results = await Promise.allSettled([
      ...made.map((doc, i) =>
        payload.update({
          collection: 'resources',
          id: doc.id,
          data: { _status: i % 2 ? 'published' : 'draft' },
        }),
      ),
      ...Array.from({ length: 20 }, (_, i) => newResource(i % 3 ? 'published' : 'draft')),
      ...made.slice(0, 10).map((doc) => payload.delete({ collection: 'resources', id: doc.id })),
    ])
    // A delete may find its document gone to nothing else; no write fails for a deadlock.
    expect(
      results.filter((r) => r.status === 'rejected' && /deadlock/i.test(String(r.reason))),
    ).toEqual([])
    await expectCountsRight()
  })

  it('fold their deltas into one row per status and function, and stay exact', async () => {
    // 250 rows written in one statement: 250 deltas, more than a read leaves unfolded.
    await client.query(
      `INSERT INTO resources (slug, type, _status) SELECT 'repliee-' || n, 'tool', 'draft' FROM generate_series(1, 250) n`,
    )
    await payload.find({ collection: 'resources', limit: 1 })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const { rows } = await client.query<{ rows: number; keys: number }>(
      `SELECT count(*)::int AS rows, count(DISTINCT (status, grp))::int AS keys FROM kept_counts WHERE table_name = 'resources'`,
    )
    expect(rows[0]!.rows).toBe(rows[0]!.keys)
    await expectCountsRight()
    await client.query(`DELETE FROM resources WHERE slug LIKE 'repliee-%'`)
    await expectCountsRight()
  })
})

describe('pages', () => {
  const userByEmail = async (email: string) =>
    (await payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]!

  /** Every page of a list is the matching slice of the whole list, with its exact totals. */
  const expectPagesRight = async (args: {
    where?: Where
    sort?: string
    draft?: boolean
    user?: unknown
  }) => {
    const { user, ...rest } = args
    // `user: null` is an anonymous reader; no user at all, the server itself (access not applied).
    const options = {
      collection: 'resources' as const,
      depth: 0,
      overrideAccess: user === undefined,
      user: user ?? undefined,
      ...rest,
    }
    const whole = await payload.find({ ...options, pagination: false } as never)
    expect(whole.docs.length).toBeGreaterThan(3)
    const limit = 3
    const pages = Math.ceil(whole.docs.length / limit)
    for (const page of [1, 2, pages, pages + 1]) {
      const paged = await payload.find({ ...options, limit, page } as never)
      expect(
        paged.docs.map((d: { id: number }) => d.id),
        `page ${page}`,
      ).toEqual(whole.docs.slice((page - 1) * limit, page * limit).map((d: { id: number }) => d.id))
      expect(paged.docs).toEqual(whole.docs.slice((page - 1) * limit, page * limit))
      expect({
        totalDocs: paged.totalDocs,
        totalPages: paged.totalPages,
        hasNextPage: paged.hasNextPage,
      }).toEqual({
        totalDocs: whole.docs.length,
        totalPages: pages,
        hasNextPage: page < pages,
      })
    }
  }

  it('of an anonymous reader: published only, sorted, filtered', async () => {
    await newResource('draft')
    await expectPagesRight({
      sort: 'slug',
      user: null,
      where: { _status: { equals: 'published' } },
    })
    await expectPagesRight({ sort: '-slug', where: { _status: { equals: 'published' } } })
    await expectPagesRight({ sort: 'title', where: { year: { greater_than: 2000 } } })
  })

  it('of the coordination and of a pilot, drafts included, as the admin lists them', async () => {
    for (const email of ['coordination@unadel.test', 'pilote@collectif-ville-campagne.test']) {
      const user = await userByEmail(email)
      await expectPagesRight({ sort: '-slug', draft: true, user })
      await expectPagesRight({ sort: 'slug', user })
    }
  })
})
