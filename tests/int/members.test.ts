import { beforeAll, describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/api'

// How editors find an organisation: pickers search the title field, which names the acronym too.
let token: string
beforeAll(async () => {
  token = await login('coordination@unadel.test')
})

const pick = async (text: string) =>
  (
    await rest(
      'GET',
      `/members?where[displayName][like]=${encodeURIComponent(text)}&select[displayName]=true&sort=displayName&limit=10`,
      { token },
    )
  ).body.docs.map((d: { displayName: string }) => d.displayName)

describe('finding an organisation', () => {
  it('by its acronym or by its name, shown as « acronym — name »', async () => {
    const [byAcronym] = await pick('unadel')
    expect(byAcronym).toMatch(/^Unadel — /)
    expect(await pick(byAcronym!.split(' — ')[1]!.slice(0, 20))).toContain(byAcronym)
  })

  it('follows its name and acronym when they change', async () => {
    const created = await rest('POST', '/members', {
      token,
      body: { name: 'Réseau rural test', relation: 'partner', kind: 'institution', scope: 'local' },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.displayName).toBe('Réseau rural test')
    const id = created.body.doc.id
    const renamed = await rest('PATCH', `/members/${id}`, {
      token,
      body: { acronym: 'RRT', displayName: 'ignored' },
    })
    expect(renamed.body.doc.displayName).toBe('RRT — Réseau rural test')
    expect(await pick('rrt')).toEqual(['RRT — Réseau rural test'])
  })

  it('lists organisations alphabetically unless asked otherwise', async () => {
    const names = (await rest('GET', '/members?limit=100&depth=0')).body.docs.map(
      (d: { name: string }) => d.name,
    )
    expect(names.length).toBeGreaterThan(5)
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'fr')))
  })
})
