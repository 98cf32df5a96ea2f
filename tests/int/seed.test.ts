import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { generateTypes } from 'payload/node'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import config from '../../payload.config'
import { rootDir } from '../../src/paths'
import { contentSets, seed } from '../../seed'
import { loadSeed, SeedError, validateSeed } from '../../seed/loader'
import { DEMO_PASSWORD, login, payload, rest } from '../helpers/api'

const all = async (
  collection: Parameters<Awaited<ReturnType<typeof payload>>['find']>[0]['collection'],
) =>
  (await (await payload()).find({ collection, limit: 1000, depth: 0, locale: 'fr' })).docs as any[]

describe('the 2014 programme, as seeded', () => {
  it('lists every organisation of the document through REST', async () => {
    const { status, body } = await rest('GET', '/members?limit=100&sort=name')
    expect(status).toBe(200)
    const names = body.docs
      .map((m: { acronym?: string; name: string }) => m.acronym ?? m.name)
      .join(' | ')
    for (const expected of [
      'Acsé',
      'ADELIM',
      'APCA',
      'ARADEL',
      'Université Bordeaux 3',
      'CIEDEL',
      'CNAM',
      'CNFPT',
      'DATAR',
      'ENGREF',
      'ETD',
      'Laboratoire Dynamiques Rurales',
      'IFAID',
      'INDL',
      'IRDSU',
      'IUT Paris Descartes',
      'SG-CIV',
      'Unadel',
      'Université Nancy 2',
      'Université Paris 7',
      'Université Paris 8',
      'LATS',
      'Collectif Ville Campagne',
      'Plateforme Rhône-Alpes de développement rural',
      'Conseils régionaux',
      'ASP',
    ]) {
      expect(names).toContain(expected)
    }
    const funders = body.docs.filter((m: { relation: string }) => m.relation === 'funder')
    expect(funders.map((m: { slug: string }) => m.slug).sort()).toEqual([
      'asp',
      'conseils-regionaux',
    ])
  })

  it('has the four axes word for word', async () => {
    const axes = (await all('axes')).sort((a, b) => a.number - b.number)
    expect(axes.map((a) => a.number)).toEqual([1, 2, 3, 4])
    expect(axes[0].title).toBe(
      'Développer dans et entre les territoires les pratiques de mutualisation, de coopération, et la mise en réseau plutôt que des pratiques de compétition.',
    )
    expect(axes[3].title).toMatch(
      /^Accompagner le changement, .*stratégies territoriales de transition\.$/,
    )
  })

  it('has the five functions and their delegations, dated', async () => {
    const functions = await all('functions')
    expect(functions.map((f) => f.slug).sort()).toEqual([
      'animation-reseau',
      'expertise-prospective',
      'formation',
      'recherche-developpement',
      'ressources',
    ])
    const members = await all('members')
    const slugOf = (id: number) => members.find((m) => m.id === id)?.slug
    const expertise = functions.find((f) => f.slug === 'expertise-prospective')
    expect(expertise.pilots).toHaveLength(1)
    expect(slugOf(expertise.pilots[0].organisation)).toBe('collectif-ville-campagne')
    expect(expertise.pilots[0]).toMatchObject({
      role: 'pilot',
      startsOn: '2014-01-01T00:00:00.000Z',
      endsOn: null,
    })
    const formation = functions.find((f) => f.slug === 'formation')
    expect(slugOf(formation.pilots[0].organisation)).toBe('irdsu')
    expect(formation.pilots[0]).toMatchObject({
      role: 'co-pilot',
      endsOn: '2014-12-31T00:00:00.000Z',
    })
  })

  it('balances the 2014 budget: 115 000 € cash and 123 000 € in all on each side', async () => {
    const token = await login('coordination@unadel.test')
    const { body } = await rest('GET', '/budget-lines?limit=100&where[year][equals]=2014', {
      token,
    })
    expect(body.totalDocs).toBe(12)
    const cents = (lines: Array<{ planned: number }>) =>
      lines.reduce((sum, line) => sum + Math.round(line.planned * 100), 0)
    for (const direction of ['expense', 'income']) {
      const side = body.docs.filter((l: { direction: string }) => l.direction === direction)
      expect(cents(side.filter((l: { kind: string }) => l.kind === 'cash'))).toBe(115_000_00)
      expect(cents(side)).toBe(123_000_00)
      expect(side.every((l: { status: string }) => l.status === 'validated')).toBe(true)
    }
    expect((await rest('GET', '/budget-lines')).status).toBe(403)
  })

  it('has the 2014 calendar: four milestones in the first semester, three in the second', async () => {
    const milestones = await all('milestones')
    expect(milestones.filter((m) => m.period === '2014-S1')).toHaveLength(4)
    expect(milestones.filter((m) => m.period === '2014-S2')).toHaveLength(3)
    expect(milestones.every((m) => typeof m.function === 'number')).toBe(true)
  })

  it('has the events of the document', async () => {
    const events = await all('events')
    const preMeetings = events.filter((e) => e.kind === 'regional-meeting')
    expect(preMeetings).toHaveLength(9)
    expect(preMeetings.reduce((sum, e) => sum + e.participants, 0)).toBe(350)
    const congresses = events.filter((e) => e.kind === 'congress')
    const first = congresses.find((e) => e.startsAt.startsWith('2013-07'))
    expect(first).toMatchObject({ place: 'Valence', participants: 450 })
    expect(congresses.some((e) => e.startsAt.startsWith('2015'))).toBe(true)
  })

  it('has the regions of 2014 and 2016 with INSEE codes, and the overseas ones', async () => {
    const regions = await all('regions')
    const byCode = new Map(regions.map((r) => [r.code, r]))
    const current = regions.filter(
      (r) => !r.validUntil && !['01', '02', '03', '04', '06'].includes(r.code),
    )
    expect(current).toHaveLength(13)
    expect(regions.filter((r) => !r.validFrom && r.code >= '11')).toHaveLength(22)
    expect(regions.find((r) => r.id === byCode.get('82').mergedInto).name).toBe(
      'Auvergne-Rhône-Alpes',
    )
    expect(byCode.get('82').validUntil).toBe('2015-12-31T00:00:00.000Z')
    expect(regions).toHaveLength(34)
  })

  const demoAccounts = [
    'admin@pole-metiers.test',
    'coordination@unadel.test',
    'pilote@collectif-ville-campagne.test',
    'membre@irdsu.test',
  ]
  it('has the demo accounts with their roles and organisations', async () => {
    for (const email of demoAccounts)
      await expect(login(email, DEMO_PASSWORD)).resolves.toBeTruthy()
    const users = await all('users')
    expect(users.find((u) => u.email === 'pilote@collectif-ville-campagne.test')).toMatchObject({
      roles: ['member'],
      orgRole: 'manager',
    })
  })

  it('serves titles in English too', async () => {
    const { body } = await rest('GET', '/functions?where[slug][equals]=formation&locale=en')
    expect(body.docs[0].title).toBe('Training')
  })
})

describe('the seed loader', () => {
  it('changes nothing on a second run', async () => {
    const report = await seed(await payload(), { production: false })
    for (const [collection, { created, updated, unchanged }] of Object.entries(report)) {
      expect({ collection, created, updated }).toEqual({ collection, created: [], updated: [] })
      expect(unchanged).toBeGreaterThan(0)
    }
  })

  it('leaves alone a later document with the same key as one of its records', async () => {
    const p = await payload()
    const {
      docs: [own],
    } = await p.find({ collection: 'budget-lines', sort: 'id', limit: 1, depth: 0 })
    const { id: _id, createdAt: _c, updatedAt: _u, ...copied } = own!
    const copy = await p.create({
      collection: 'budget-lines',
      data: { ...copied, status: 'proposed', planned: 1 },
    })
    const report = await seed(p, { production: false })
    expect(report['budget-lines']!.updated).toEqual([])
    const after = await p.findByID({ collection: 'budget-lines', id: copy.id, depth: 0 })
    expect([after.status, after.planned]).toEqual(['proposed', 1])
    await p.delete({ collection: 'budget-lines', id: copy.id })
  })

  it('names the file, the record and the field of a bad record, before writing anything', async () => {
    const p = await payload()
    const before = (await p.count({ collection: 'members' })).totalDocs
    const broken = contentSets.map((set) =>
      set.collection === 'members'
        ? {
            ...set,
            records: [
              {
                slug: 'nouveau',
                name: 'Nouveau',
                relation: 'member',
                kind: 'training',
                scope: 'local',
              },
              { ...(set.records[1] as object), siren: '123' },
            ],
          }
        : set,
    )
    expect(() => validateSeed(broken)).toThrow(SeedError)
    await expect(loadSeed(p, broken)).rejects.toThrow(
      /seed\/data\/members\.ts: record 2 \(adelim\), field siren: a SIREN/,
    )
    expect((await p.count({ collection: 'members' })).totalDocs).toBe(before)
  })

  it('refuses a reference to a record that is not in the seed', async () => {
    const broken = contentSets.map((set) =>
      set.collection === 'resources'
        ? { ...set, records: [{ ...(set.records[0] as object), publisher: 'inconnu' }] }
        : set,
    )
    expect(() => validateSeed(broken)).toThrow(
      /seed\/data\/resources\.ts: record .*members "inconnu"/,
    )
  })

  it('rolls back the whole load when a write fails', async () => {
    const p = await payload()
    const before = (await p.count({ collection: 'milestones' })).totalDocs
    const axesSet = contentSets.find((set) => set.collection === 'axes')!
    const sets = [
      ...contentSets.map((set) =>
        set.collection === 'milestones'
          ? {
              ...set,
              records: [
                ...set.records,
                {
                  period: '2016-S1',
                  dueOn: '2016-06-30',
                  function: 'formation',
                  title: 'Nouveau jalon',
                },
              ],
            }
          : set,
      ),
      // Passes the seed schema (loosened here) but not the collection: axes are numbered 1 to 4.
      { ...axesSet, schema: z.any(), records: [{ number: 5, title: { fr: 'Cinquième axe' } }] },
    ]
    await expect(loadSeed(p, sets)).rejects.toThrow(/seed\/data\/axes\.ts: record 5: number/)
    expect((await p.count({ collection: 'milestones' })).totalDocs).toBe(before)
  })
})

describe('generated types', () => {
  it('payload-types.ts matches the config (run `npm run generate:types` when this fails)', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pole-types-')), 'payload-types.ts')
    // Payload's own generator, in process: what `payload generate:types` runs, without its CLI.
    process.env.PAYLOAD_TS_OUTPUT_PATH = out
    try {
      await generateTypes(await config, { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    expect(fs.readFileSync(out, 'utf8')).toBe(
      fs.readFileSync(path.join(rootDir, 'payload-types.ts'), 'utf8'),
    )
  })
})
