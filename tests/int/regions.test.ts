import { beforeAll, describe, expect, it } from 'vitest'

import { createDoc, findDocs, graphql, login, payload, rest } from '../helpers/api'

// Members are tagged with the regions of 2014; partner sites filter by the regions of 2016.
const regionId = async (code: string) =>
  (
    await (
      await payload()
    ).find({ collection: 'regions', where: { code: { equals: code } }, limit: 1, depth: 0 })
  ).docs[0]!.id as number

const slugs = (docs: Array<{ slug: string }>) => docs.map((d) => d.slug).sort()

describe('regions across the 2016 reform', () => {
  // Auvergne-Rhône-Alpes (2016) and the two regions of 2014 merged into it.
  let ara: number, rhoneAlpes: number, auvergne: number
  beforeAll(async () => {
    ;[ara, rhoneAlpes, auvergne] = [
      await regionId('84'),
      await regionId('82'),
      await regionId('83'),
    ]
  })

  it('a 2016 region finds the members tagged with the 2014 regions merged into it', async () => {
    const tagged = await rest(
      'GET',
      `/members?where[regions][in]=${rhoneAlpes},${auvergne}&limit=100&depth=0`,
    )
    expect(tagged.body.totalDocs).toBeGreaterThan(0)
    const byNew = await rest('GET', `/members?where[regions][in]=${ara}&limit=100&depth=0`)
    expect(slugs(byNew.body.docs)).toEqual(slugs(tagged.body.docs))
    const byEquals = await rest('GET', `/members?where[regions][equals]=${ara}&limit=100&depth=0`)
    expect(byEquals.body.totalDocs).toBe(tagged.body.totalDocs)
  })

  it('a 2014 region finds what is tagged with the region it became, and nothing of its neighbours', async () => {
    const id = await createDoc('members', {
      name: 'Réseau tagué 2016',
      relation: 'partner',
      kind: 'institution',
      scope: 'regional',
      regions: [ara],
    })
    const byOld = await rest('GET', `/members?where[regions][in]=${rhoneAlpes}&limit=100&depth=0`)
    expect(byOld.body.docs.map((d: { id: number }) => d.id)).toContain(id)
    const onlyAuvergne = await rest(
      'GET',
      `/members?where[and][0][regions][equals]=${auvergne}&where[and][1][id][equals]=${id}&depth=0`,
    )
    expect(onlyAuvergne.body.totalDocs).toBe(1)
    const tagged82 = await rest(
      'GET',
      `/members?where[regions][in]=${rhoneAlpes}&limit=100&depth=0`,
    )
    const tagged83only = await findDocs(
      'members',
      { regions: { equals: auvergne } },
      { pagination: false },
    )
    // Rhône-Alpes does not bring Auvergne's members: only itself and the region it became.
    for (const doc of tagged83only)
      if (!(doc.regions as number[]).some((r) => r === rhoneAlpes || r === ara))
        expect(tagged82.body.docs.map((d: { id: number }) => d.id)).not.toContain(doc.id)
  })

  it('through GraphQL, and in a count', async () => {
    const reply = await graphql(
      `
        query ($r: [JSON]) {
          Members(where: { regions: { in: $r } }, limit: 100) {
            totalDocs
          }
        }
      `,
      { r: [ara] },
    )
    const direct = await rest(
      'GET',
      `/members?where[regions][in]=${rhoneAlpes},${auvergne},${ara}&limit=1&depth=0`,
    )
    expect(reply.body.data.Members.totalDocs).toBe(direct.body.totalDocs)
    const count = await rest('GET', `/members/count?where[regions][in]=${ara}`)
    expect(count.body.totalDocs).toBe(direct.body.totalDocs)
  })

  it('in search and in the calendar too', async () => {
    const searchBy = async (region: number) =>
      (await rest('GET', `/search?q=développement&type=members&region=${region}&limit=50`)).body
    const old = await searchBy(rhoneAlpes)
    expect(old.totalDocs).toBeGreaterThan(0)
    const widened = await searchBy(ara)
    for (const hit of old.docs)
      expect(widened.docs.map((d: { id: number }) => d.id)).toContain(hit.id)

    const { docs: events } = await (
      await payload()
    ).find({ collection: 'events', where: { region: { equals: rhoneAlpes } }, depth: 0, limit: 1 })
    expect(events[0]).toBeDefined()
    const feed = await rest('GET', '/events/calendar.ics?region=84')
    expect(feed.status).toBe(200)
    expect(String(feed.body)).toContain(`event-${events[0]!.id}@`)
    // A region that names nothing finds nothing (it once widened to no filter at all).
    const none = await rest('GET', '/events/calendar.ics?region=zz')
    expect(String(none.body)).not.toContain('BEGIN:VEVENT')
  })

  it('inside GraphQL OR, in bulk writes, and leaving `equals: null` as it is', async () => {
    const tagged = (
      await rest('GET', `/members?where[regions][in]=${rhoneAlpes},${auvergne}&limit=100&depth=0`)
    ).body.totalDocs
    const reply = await graphql(
      `
        query ($r: [JSON]) {
          Members(where: { OR: [{ regions: { in: $r } }] }) {
            totalDocs
          }
        }
      `,
      { r: [ara] },
    )
    expect(reply.body.data.Members.totalDocs).toBeGreaterThanOrEqual(tagged)
    const untagged = await rest('GET', '/members/count?where[regions][exists]=false')
    const byNull = await rest('GET', '/members/count?where[regions][equals]=null')
    expect(byNull.body.totalDocs).toBe(untagged.body.totalDocs)
    const token = await login('coordination@unadel.test')
    const bulk = await rest('PATCH', `/members?where[regions][in]=${ara}&depth=0`, {
      token,
      body: { status: 'active' },
    })
    expect(bulk.body.docs.length).toBeGreaterThanOrEqual(tagged)
  })
})
