import type { Payload } from 'payload'
import { z } from 'zod'

import { axes as axesData } from './data/axes'
import { budgetLines } from './data/budget'
import { events } from './data/events'
import { functions } from './data/functions'
import { members } from './data/members'
import { milestones } from './data/milestones'
import { regionalGroups } from './data/regional-groups'
import { regions } from './data/regions'
import { resources } from './data/resources'
import { trainings } from './data/trainings'
import { demoUsers } from './data/users'
import { DEMO_PASSWORD } from './demoPassword'
import { loadSeed, type SeedReport, type SeedSet } from './loader'
import { axes, day, euros, instant, localized, siren, siret, slug, year } from './schemas'

const set = <T>(definition: SeedSet<T>): SeedSet<T> => definition

const bySlug = <T extends { slug: string }>(record: T) => record.slug

/** The 2014 programme, in the order its references need. */
export const contentSets: SeedSet[] = [
  set({
    file: 'seed/data/regions.ts',
    collection: 'regions',
    records: regions,
    schema: z.strictObject({
      code: z.string().regex(/^\d{2}$/, 'an INSEE region code is 2 digits'),
      name: z.string().min(1),
      validFrom: day.optional(),
      validUntil: day.optional(),
      mergedInto: z.string().optional(),
    }),
    key: ['code'],
    refKey: (r) => r.code,
    toData: (r, ref) => ({
      code: r.code,
      name: r.name,
      validFrom: instant(r.validFrom),
      validUntil: instant(r.validUntil),
      mergedInto: r.mergedInto ? ref('regions', r.mergedInto) : null,
    }),
  }),
  set({
    file: 'seed/data/members.ts',
    collection: 'members',
    records: members,
    schema: z.strictObject({
      slug,
      name: z.string().min(1),
      acronym: z.string().optional(),
      relation: z.enum(['member', 'partner', 'funder']),
      kind: z.enum([
        'institution',
        'training',
        'research',
        'local-development',
        'professional-network',
        'resource-centre',
        'employer',
        'local-authority',
      ]),
      scope: z.enum(['national', 'regional', 'local']),
      territory: z.enum(['urban', 'rural', 'mixed']).optional(),
      regions: z.array(z.string()).default([]),
      siren: siren.optional(),
      siret: siret.optional(),
      website: z.url().optional(),
    }),
    key: ['slug'],
    refKey: bySlug,
    toData: ({ regions: codes, ...r }, ref) => ({
      ...r,
      regions: codes.map((code) => ref('regions', code)),
    }),
  }),
  set({
    file: 'seed/data/axes.ts',
    collection: 'axes',
    records: axesData,
    schema: z.strictObject({ number: z.number().int().min(1).max(4), title: localized }),
    key: ['number'],
    refKey: (r) => r.number,
    toData: (r) => r,
  }),
  set({
    file: 'seed/data/functions.ts',
    collection: 'functions',
    records: functions,
    schema: z.strictObject({
      slug,
      title: localized,
      summary: localized,
      pilots: z.array(
        z
          .strictObject({
            organisation: slug,
            role: z.enum(['pilot', 'co-pilot']),
            startsOn: day,
            endsOn: day.optional(),
          })
          .refine((p) => !p.endsOn || p.endsOn > p.startsOn, 'endsOn must come after startsOn'),
      ),
    }),
    key: ['slug'],
    refKey: bySlug,
    toData: (r, ref) => ({
      ...r,
      pilots: r.pilots.map((p) => ({
        organisation: ref('members', p.organisation),
        role: p.role,
        startsOn: instant(p.startsOn),
        endsOn: instant(p.endsOn),
      })),
    }),
  }),
  set({
    file: 'seed/data/resources.ts',
    collection: 'resources',
    records: resources,
    schema: z.strictObject({
      slug,
      type: z.enum([
        'job-profile',
        'competency-framework',
        'training-guide',
        'survey',
        'action-research',
        'proceedings',
      ]),
      title: localized,
      summary: localized.optional(),
      year: year.optional(),
      publisher: slug,
      function: slug,
      axes,
    }),
    key: ['slug'],
    refKey: bySlug,
    toData: (r, ref) => ({
      ...r,
      publisher: ref('members', r.publisher),
      function: ref('functions', r.function),
      axes: r.axes.map((n) => ref('axes', n)),
    }),
  }),
  set({
    file: 'seed/data/trainings.ts',
    collection: 'trainings',
    records: trainings,
    schema: z.strictObject({
      slug,
      title: localized,
      format: z.enum(['action-training', 'experimental', 'seminar', 'student-engineering-pool']),
      audience: z.enum(['developers', 'elected-officials', 'technicians', 'mixed']),
      status: z.enum(['design', 'open', 'running', 'done']),
      function: slug,
      partners: z.array(slug),
      axes,
    }),
    key: ['slug'],
    refKey: bySlug,
    toData: (r, ref) => ({
      ...r,
      function: ref('functions', r.function),
      partners: r.partners.map((p) => ref('members', p)),
      axes: r.axes.map((n) => ref('axes', n)),
    }),
  }),
  set({
    file: 'seed/data/regional-groups.ts',
    collection: 'regional-groups',
    records: regionalGroups,
    schema: z.strictObject({
      slug,
      name: localized,
      region: z.string(),
      animator: slug,
      participants: z.array(slug),
      function: slug,
      status: z.enum(['forming', 'active', 'closed']),
      axes,
    }),
    key: ['slug'],
    refKey: bySlug,
    toData: (r, ref) => ({
      ...r,
      region: ref('regions', r.region),
      animator: ref('members', r.animator),
      participants: r.participants.map((p) => ref('members', p)),
      function: ref('functions', r.function),
      axes: r.axes.map((n) => ref('axes', n)),
    }),
  }),
  set({
    file: 'seed/data/events.ts',
    collection: 'events',
    records: events,
    schema: z
      .strictObject({
        slug,
        title: localized,
        summary: localized.optional(),
        kind: z.enum(['regional-meeting', 'national-meeting', 'seminar', 'congress']),
        startsAt: day,
        endsAt: day.optional(),
        place: z.string().optional(),
        region: z.string().optional(),
        participants: z.number().int().nonnegative().optional(),
        organisers: z.array(slug),
        function: slug,
        proceedings: z.array(slug).default([]),
        axes,
      })
      .refine((e) => !e.endsAt || e.endsAt > e.startsAt, 'endsAt must come after startsAt'),
    key: ['slug'],
    refKey: bySlug,
    toData: (r, ref) => ({
      ...r,
      startsAt: instant(r.startsAt),
      endsAt: instant(r.endsAt),
      region: r.region ? ref('regions', r.region) : null,
      organisers: r.organisers.map((o) => ref('members', o)),
      function: ref('functions', r.function),
      proceedings: r.proceedings.map((p) => ref('resources', p)),
      axes: r.axes.map((n) => ref('axes', n)),
    }),
  }),
  set({
    file: 'seed/data/budget.ts',
    collection: 'budget-lines',
    records: budgetLines,
    schema: z.strictObject({
      year,
      direction: z.enum(['expense', 'income']),
      kind: z.enum(['cash', 'in-kind']),
      category: z.string().min(1),
      label: z.string().min(1),
      funder: slug.optional(),
      planned: euros,
      status: z.enum(['draft', 'proposed', 'validated']),
    }),
    key: ['year', 'direction', 'kind', 'category', 'funder'],
    refKey: (r) => `${r.year}/${r.direction}/${r.label}`,
    toData: (r, ref) => ({ ...r, funder: r.funder ? ref('members', r.funder) : null }),
  }),
  set({
    file: 'seed/data/milestones.ts',
    collection: 'milestones',
    records: milestones,
    schema: z.strictObject({
      period: z.string().regex(/^\d{4}-S[12]$/, 'a period is YYYY-S1 or YYYY-S2'),
      dueOn: day,
      function: slug,
      title: z.string().min(1),
      deliverables: z.array(slug).default([]),
    }),
    key: ['period', 'title'],
    refKey: (r) => `${r.period} ${r.title}`,
    toData: (r, ref) => ({
      ...r,
      dueOn: instant(r.dueOn),
      function: ref('functions', r.function),
      deliverables: r.deliverables.map((d) => ({
        relationTo: 'trainings',
        value: ref('trainings', d),
      })),
    }),
  }),
]

export const demoUserSet = (password: string): SeedSet =>
  set({
    file: 'seed/data/users.ts',
    collection: 'users',
    records: demoUsers,
    schema: z.strictObject({
      email: z.email(),
      name: z.string().min(1),
      roles: z.array(z.enum(['admin', 'coordinator', 'member'])).min(1),
      organisation: slug.optional(),
      orgRole: z.enum(['manager', 'contributor']).optional(),
    }),
    key: ['email'],
    refKey: (r) => r.email,
    toData: (r, ref) => ({
      ...r,
      organisation: r.organisation ? ref('members', r.organisation) : null,
    }),
    createOnly: () => ({ password }),
  })

/** The whole seed: the 2014 programme, and the demo accounts outside production. */
export const seed = (
  payload: Payload,
  { production }: { production: boolean },
): Promise<SeedReport> =>
  loadSeed(payload, [...contentSets, ...(production ? [] : [demoUserSet(DEMO_PASSWORD)])])

/** Seeds a database that holds no organisation yet; a database in use is left alone. */
export const seedIfEmpty = async (payload: Payload, options: { production: boolean }) => {
  const { totalDocs } = await payload.count({ collection: 'members' })
  if (totalDocs > 0) return undefined
  payload.logger.info('empty database: loading the 2014 programme')
  return seed(payload, options)
}
