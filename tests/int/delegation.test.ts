import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { budgetLineBasics, memberAccount, payload } from '../helpers/api'
import {
  perform,
  signIn,
  surfaces,
  type Operation,
  type Outcome,
  type Subject,
} from '../helpers/surfaces'

/*
 * The access matrix of DESIGN, "Delegation of pilotage". One table: a row per subject and
 * action, a column per delegable collection; `yes` allowed, `no` refused, `-` does not apply.
 *
 * Subjects (the delegations are rows of the function « Expertise et prospective », made below
 * with dates relative to today):
 *   pilot-manager      Collectif Ville Campagne's manager; CVC pilots the function since 2014
 *   pilot-contributor  a contributor of CVC: delegation is the organisation's, not the person's
 *   co-pilot           ETD, co-pilot since 2020, no end
 *   ended-pilot        CIEDEL, pilot until yesterday
 *   future-pilot       CNAM, pilot from tomorrow
 *   narrow-pilot       INDL, pilot today, but its row covers events only
 *   member             ARADEL, no delegation at all
 *
 * Actions: list and read a published document (for budget lines, a proposed one), read a draft
 * (a draft line), create, update, move to another function, delete, read the versions; then the
 * other paths to a document: duplicate it, restore an earlier version (published, or as a draft),
 * restore a version from when it belonged to another function, and update, move and delete it
 * through a bulk request (`where`; GraphQL has none).
 */
const matrix = `
subject            action        resources trainings regional-groups events budget-lines milestones
anonymous          list          yes       yes       yes             yes    no           yes
anonymous          read          yes       yes       yes             yes    no           yes
anonymous          draft         no        no        no              no     no           -
anonymous          create        no        no        no              no     no           no
anonymous          update        no        no        no              no     no           no
anonymous          move          no        no        no              no     no           no
anonymous          delete        no        no        no              no     no           no
anonymous          versions      no        no        no              no     -            -
anonymous          duplicate     no        no        no              no     no           no
anonymous          restore       no        no        no              no     -            -
anonymous          restore-draft no        no        no              no     -            -
anonymous          restore-other no        no        no              no     -            -
anonymous          bulk-update   no        no        no              no     no           no
anonymous          bulk-move     no        no        no              no     no           no
anonymous          bulk-delete   no        no        no              no     no           no
admin              list          yes       yes       yes             yes    yes          yes
admin              read          yes       yes       yes             yes    yes          yes
admin              draft         yes       yes       yes             yes    yes          -
admin              create        yes       yes       yes             yes    yes          yes
admin              update        yes       yes       yes             yes    yes          yes
admin              move          yes       yes       yes             yes    yes          yes
admin              delete        yes       yes       yes             yes    yes          yes
admin              versions      yes       yes       yes             yes    -            -
admin              duplicate     yes       yes       yes             yes    yes          yes
admin              restore       yes       yes       yes             yes    -            -
admin              restore-draft yes       yes       yes             yes    -            -
admin              restore-other yes       yes       yes             yes    -            -
admin              bulk-update   yes       yes       yes             yes    yes          yes
admin              bulk-move     yes       yes       yes             yes    yes          yes
admin              bulk-delete   yes       yes       yes             yes    yes          yes
coordinator        list          yes       yes       yes             yes    yes          yes
coordinator        read          yes       yes       yes             yes    yes          yes
coordinator        draft         yes       yes       yes             yes    yes          -
coordinator        create        yes       yes       yes             yes    yes          yes
coordinator        update        yes       yes       yes             yes    yes          yes
coordinator        move          yes       yes       yes             yes    yes          yes
coordinator        delete        yes       yes       yes             yes    yes          yes
coordinator        versions      yes       yes       yes             yes    -            -
coordinator        duplicate     yes       yes       yes             yes    yes          yes
coordinator        restore       yes       yes       yes             yes    -            -
coordinator        restore-draft yes       yes       yes             yes    -            -
coordinator        restore-other yes       yes       yes             yes    -            -
coordinator        bulk-update   yes       yes       yes             yes    yes          yes
coordinator        bulk-move     yes       yes       yes             yes    yes          yes
coordinator        bulk-delete   yes       yes       yes             yes    yes          yes
pilot-manager      list          yes       yes       yes             yes    yes          yes
pilot-manager      read          yes       yes       yes             yes    yes          yes
pilot-manager      draft         yes       yes       yes             yes    yes          -
pilot-manager      create        yes       yes       yes             yes    yes          yes
pilot-manager      update        yes       yes       yes             yes    yes          yes
pilot-manager      move          no        no        no              no     no           no
pilot-manager      delete        yes       yes       yes             yes    yes          yes
pilot-manager      versions      yes       yes       yes             yes    -            -
pilot-manager      duplicate     yes       yes       yes             yes    yes          yes
pilot-manager      restore       yes       yes       yes             yes    -            -
pilot-manager      restore-draft yes       yes       yes             yes    -            -
pilot-manager      restore-other no        no        no              no     -            -
pilot-manager      bulk-update   yes       yes       yes             yes    yes          yes
pilot-manager      bulk-move     no        no        no              no     no           no
pilot-manager      bulk-delete   yes       yes       yes             yes    yes          yes
pilot-contributor  list          yes       yes       yes             yes    yes          yes
pilot-contributor  read          yes       yes       yes             yes    yes          yes
pilot-contributor  draft         yes       yes       yes             yes    yes          -
pilot-contributor  create        yes       yes       yes             yes    yes          yes
pilot-contributor  update        yes       yes       yes             yes    yes          yes
pilot-contributor  move          no        no        no              no     no           no
pilot-contributor  delete        yes       yes       yes             yes    yes          yes
pilot-contributor  versions      yes       yes       yes             yes    -            -
pilot-contributor  duplicate     yes       yes       yes             yes    yes          yes
pilot-contributor  restore       yes       yes       yes             yes    -            -
pilot-contributor  restore-draft yes       yes       yes             yes    -            -
pilot-contributor  restore-other no        no        no              no     -            -
pilot-contributor  bulk-update   yes       yes       yes             yes    yes          yes
pilot-contributor  bulk-move     no        no        no              no     no           no
pilot-contributor  bulk-delete   yes       yes       yes             yes    yes          yes
co-pilot           list          yes       yes       yes             yes    yes          yes
co-pilot           read          yes       yes       yes             yes    yes          yes
co-pilot           draft         yes       yes       yes             yes    yes          -
co-pilot           create        yes       yes       yes             yes    yes          yes
co-pilot           update        yes       yes       yes             yes    yes          yes
co-pilot           move          no        no        no              no     no           no
co-pilot           delete        yes       yes       yes             yes    yes          yes
co-pilot           versions      yes       yes       yes             yes    -            -
co-pilot           duplicate     yes       yes       yes             yes    yes          yes
co-pilot           restore       yes       yes       yes             yes    -            -
co-pilot           restore-draft yes       yes       yes             yes    -            -
co-pilot           restore-other no        no        no              no     -            -
co-pilot           bulk-update   yes       yes       yes             yes    yes          yes
co-pilot           bulk-move     no        no        no              no     no           no
co-pilot           bulk-delete   yes       yes       yes             yes    yes          yes
ended-pilot        list          yes       yes       yes             yes    yes          yes
ended-pilot        read          yes       yes       yes             yes    yes          yes
ended-pilot        draft         no        no        no              no     no           -
ended-pilot        create        no        no        no              no     no           no
ended-pilot        update        no        no        no              no     no           no
ended-pilot        move          no        no        no              no     no           no
ended-pilot        delete        no        no        no              no     no           no
ended-pilot        versions      no        no        no              no     -            -
ended-pilot        duplicate     no        no        no              no     no           no
ended-pilot        restore       no        no        no              no     -            -
ended-pilot        restore-draft no        no        no              no     -            -
ended-pilot        restore-other no        no        no              no     -            -
ended-pilot        bulk-update   no        no        no              no     no           no
ended-pilot        bulk-move     no        no        no              no     no           no
ended-pilot        bulk-delete   no        no        no              no     no           no
future-pilot       list          yes       yes       yes             yes    yes          yes
future-pilot       read          yes       yes       yes             yes    yes          yes
future-pilot       draft         no        no        no              no     no           -
future-pilot       create        no        no        no              no     no           no
future-pilot       update        no        no        no              no     no           no
future-pilot       move          no        no        no              no     no           no
future-pilot       delete        no        no        no              no     no           no
future-pilot       versions      no        no        no              no     -            -
future-pilot       duplicate     no        no        no              no     no           no
future-pilot       restore       no        no        no              no     -            -
future-pilot       restore-draft no        no        no              no     -            -
future-pilot       restore-other no        no        no              no     -            -
future-pilot       bulk-update   no        no        no              no     no           no
future-pilot       bulk-move     no        no        no              no     no           no
future-pilot       bulk-delete   no        no        no              no     no           no
narrow-pilot       list          yes       yes       yes             yes    yes          yes
narrow-pilot       read          yes       yes       yes             yes    yes          yes
narrow-pilot       draft         no        no        no              yes    no           -
narrow-pilot       create        no        no        no              yes    no           no
narrow-pilot       update        no        no        no              yes    no           no
narrow-pilot       move          no        no        no              no     no           no
narrow-pilot       delete        no        no        no              yes    no           no
narrow-pilot       versions      no        no        no              yes    -            -
narrow-pilot       duplicate     no        no        no              yes    no           no
narrow-pilot       restore       no        no        no              yes    -            -
narrow-pilot       restore-draft no        no        no              yes    -            -
narrow-pilot       restore-other no        no        no              no     -            -
narrow-pilot       bulk-update   no        no        no              yes    no           no
narrow-pilot       bulk-move     no        no        no              no     no           no
narrow-pilot       bulk-delete   no        no        no              yes    no           no
member             list          yes       yes       yes             yes    yes          yes
member             read          yes       yes       yes             yes    yes          yes
member             draft         no        no        no              no     no           -
member             create        no        no        no              no     no           no
member             update        no        no        no              no     no           no
member             move          no        no        no              no     no           no
member             delete        no        no        no              no     no           no
member             versions      no        no        no              no     -            -
member             duplicate     no        no        no              no     no           no
member             restore       no        no        no              no     -            -
member             restore-draft no        no        no              no     -            -
member             restore-other no        no        no              no     -            -
member             bulk-update   no        no        no              no     no           no
member             bulk-move     no        no        no              no     no           no
member             bulk-delete   no        no        no              no     no           no
`

type Cell = { subject: string; action: string; collection: CollectionSlug; allowed: boolean }

const parse = (table: string): Cell[] => {
  const [header, ...rows] = table
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
  const collections = header!.slice(2) as CollectionSlug[]
  return rows.flatMap(([subject, action, ...cells]) =>
    cells.flatMap((cell, i) =>
      cell === '-'
        ? []
        : [
            {
              subject: subject!,
              action: action!,
              collection: collections[i]!,
              allowed: cell === 'yes',
            },
          ],
    ),
  )
}

const cells = parse(matrix)

// Dates relative to today in the network's time zone: ended and future pilots come from dates.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())
const dayFrom = (days: number) => {
  const d = new Date(`${today}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString()
}

let n = 0
/** What a document of each collection with drafts holds besides its function and status. */
const draftable: Partial<Record<CollectionSlug, (tag: string) => Record<string, unknown>>> = {
  resources: (tag) => ({ title: `Ressource ${tag}`, type: 'tool' }),
  trainings: (tag) => ({ title: `Formation ${tag}`, format: 'action-training', status: 'design' }),
  'regional-groups': (tag) => ({ name: `Groupe ${tag}`, status: 'forming' }),
  events: (tag) => ({
    title: `Rencontre ${tag}`,
    kind: 'seminar',
    startsAt: '2015-03-02T09:00:00.000Z',
  }),
}
/** A valid document of each delegable collection in a function; published, or proposed for budget lines. */
const documentOf = (
  collection: CollectionSlug,
  fn: number,
  state: 'shared' | 'draft' = 'shared',
) => {
  const tag = `matrice ${++n}`
  const published = state === 'shared' ? 'published' : 'draft'
  const fields = draftable[collection]
  if (fields) return { ...fields(tag), function: fn, _status: published }
  switch (collection) {
    case 'budget-lines':
      return {
        ...budgetLineBasics,
        label: `Ligne ${tag}`,
        planned: 1000,
        function: fn,
        status: state === 'shared' ? 'proposed' : 'draft',
      }
    case 'milestones':
      return { title: `Jalon ${tag}`, period: '2015-S1', status: 'planned', function: fn }
    default:
      throw new Error(`no document for ${collection}`)
  }
}

/** The field a test update changes, per collection. */
const textField = (collection: CollectionSlug) =>
  collection === 'budget-lines' ? 'label' : collection === 'regional-groups' ? 'name' : 'title'

const withoutStatus = ({ _status, ...data }: Record<string, unknown>) => data

const subjects = new Map<string, Subject>()
let piloted: number // « Expertise et prospective »
let other: number // « Ressources », piloted by nobody

const p = () => payload()
const create = async (collection: CollectionSlug, data: Record<string, unknown>) =>
  (await (await p()).create({ collection, data: data as never, draft: data._status === 'draft' }))
    .id as number
const find = async (collection: CollectionSlug, id: number) =>
  (
    await (
      await p()
    ).find({ collection, where: { id: { equals: id } }, draft: true, depth: 0, limit: 1 })
  ).docs[0] as unknown as Record<string, unknown> | undefined
const count = async (collection: CollectionSlug) =>
  (await (await p()).count({ collection })).totalDocs

const idBySlug = async (collection: CollectionSlug, slug: string) => {
  const { docs } = await (
    await p()
  ).find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  return docs[0]!.id as number
}

const addUser = async (email: string, organisation: string, orgRole = 'contributor') =>
  create('users', { ...memberAccount(email, await idBySlug('members', organisation)), orgRole })

beforeAll(async () => {
  piloted = await idBySlug('functions', 'expertise-prospective')
  other = await idBySlug('functions', 'ressources')
  const fn = await (await p()).findByID({ collection: 'functions', id: piloted, depth: 0 })
  const row = async (
    organisation: string,
    startsOn: string,
    endsOn?: string,
    extra: Record<string, unknown> = {},
  ) => ({
    organisation: await idBySlug('members', organisation),
    role: 'pilot' as const,
    startsOn,
    endsOn,
    ...extra,
  })
  await (
    await p()
  ).update({
    collection: 'functions',
    id: piloted,
    data: {
      pilots: [
        ...(fn.pilots ?? []),
        await row('etd', '2020-01-01T12:00:00.000Z', undefined, { role: 'co-pilot' as const }),
        await row('ciedel', '2020-01-01T12:00:00.000Z', dayFrom(-1)),
        await row('cnam', dayFrom(1)),
        await row('indl', '2020-01-01T12:00:00.000Z', undefined, {
          collections: ['events' as const],
        }),
      ],
    },
  })
  await addUser('contributeur@collectif-ville-campagne.test', 'collectif-ville-campagne')
  await addUser('copilote@etd.test', 'etd')
  await addUser('ancien-pilote@ciedel.test', 'ciedel')
  await addUser('futur-pilote@cnam.test', 'cnam')
  await addUser('pilote-evenements@indl.test', 'indl')
  await addUser('membre@aradel.test', 'aradel')
  const accounts: Array<[string, string | undefined]> = [
    ['anonymous', undefined],
    ['admin', 'admin@pole-metiers.test'],
    ['coordinator', 'coordination@unadel.test'],
    ['pilot-manager', 'pilote@collectif-ville-campagne.test'],
    ['pilot-contributor', 'contributeur@collectif-ville-campagne.test'],
    ['co-pilot', 'copilote@etd.test'],
    ['ended-pilot', 'ancien-pilote@ciedel.test'],
    ['future-pilot', 'futur-pilote@cnam.test'],
    ['narrow-pilot', 'pilote-evenements@indl.test'],
    ['member', 'membre@aradel.test'],
  ]
  for (const [name, email] of accounts) subjects.set(name, await signIn(name, email))
})

type Scenario = {
  operation: Operation
  /** A bulk request answers the documents it changed; a refusal is an empty list, not a 403. */
  bulk?: boolean
  /** Whether the subject got what it asked: the document in the answer, or the change in the database. */
  changed: (outcome: Outcome) => Promise<boolean>
  /** After a refusal: the database is as it was. */
  unchanged?: () => Promise<boolean>
  write?: boolean
}

/** Performs a prepared scenario and checks the answer and the database against the cell. */
const verdict = async (
  surface: (typeof surfaces)[number],
  subject: Subject,
  allowed: boolean,
  s: Scenario,
) => {
  const outcome = await perform(surface, subject, s.operation)
  if (allowed) {
    expect(outcome.refused, `${outcome.status} ${outcome.message}`).toBe(false)
    expect(await s.changed(outcome)).toBe(true)
    return
  }
  expect(await s.changed(outcome)).toBe(false)
  if (s.unchanged) expect(await s.unchanged()).toBe(true)
  // Writes are refused outright: 403 in REST, an error in GraphQL and the Local API.
  if (s.write) {
    expect(outcome.refused).toBe(true)
    if (surface === 'rest' && !s.bulk) expect(outcome.status).toBe(403)
  }
}

const present = (id: number) => async (o: Outcome) => o.ids.includes(String(id))

/** Adds `suffix` to the text field of a document: changed when it holds the new text, unchanged when the old. */
const rename = async (
  collection: CollectionSlug,
  id: number,
  suffix: string,
): Promise<Scenario> => {
  const field = textField(collection)
  const before = (await find(collection, id))![field]
  return {
    operation: { op: 'update', collection, id, data: { [field]: `${before} ${suffix}` } },
    changed: async () => (await find(collection, id))![field] === `${before} ${suffix}`,
    unchanged: async () => (await find(collection, id))![field] === before,
    write: true,
  }
}

/** Moves a document of the piloted function to the other one. */
const move = (collection: CollectionSlug, id: number): Scenario => ({
  operation: { op: 'update', collection, id, data: { function: other } },
  changed: async () => (await find(collection, id))!.function === other,
  unchanged: async () => (await find(collection, id))!.function === piloted,
  write: true,
})

/** The same change to one document as a bulk request (`where`): a refusal answers an empty list. */
const inBulk = (s: Scenario): Scenario => {
  const { operation } = s
  if (operation.op === 'update') {
    const { collection, id, data } = operation
    return { ...s, operation: { op: 'bulkUpdate', collection, ids: [id], data }, bulk: true }
  }
  if (operation.op === 'delete') {
    const { collection, id } = operation
    return { ...s, operation: { op: 'bulkDelete', collection, ids: [id] }, bulk: true }
  }
  throw new Error(`no bulk form of ${operation.op}`)
}

/** A scenario of the delegable matrix: its own documents, in the piloted function. */
const delegableScenario = async (
  surface: (typeof surfaces)[number],
  cell: Cell,
): Promise<Scenario> => {
  const subject = subjects.get(cell.subject)!
  const { collection } = cell
  const fresh = async (state: 'shared' | 'draft' = 'shared') =>
    create(collection, documentOf(collection, piloted, state))
  const field = textField(collection)
  switch (cell.action) {
    case 'list': {
      const id = await fresh()
      return { operation: { op: 'find', collection, ids: [id] }, changed: present(id) }
    }
    case 'read': {
      const id = await fresh()
      return { operation: { op: 'findByID', collection, id }, changed: present(id) }
    }
    case 'draft': {
      const id = await fresh('draft')
      const draft = collection !== 'budget-lines'
      // Nor may the draft show in a list.
      const listed = await perform(surface, subject, { op: 'find', collection, ids: [id], draft })
      expect(listed.ids.includes(String(id)), `draft listed for ${cell.subject}`).toBe(cell.allowed)
      return { operation: { op: 'findByID', collection, id, draft }, changed: present(id) }
    }
    case 'create': {
      const data = withoutStatus(documentOf(collection, piloted))
      const before = await count(collection)
      return {
        operation: { op: 'create', collection, data },
        changed: async (o) =>
          !o.refused && (await find(collection, Number(o.ids[0])))?.[field] === data[field],
        unchanged: async () => (await count(collection)) === before,
        write: true,
      }
    }
    case 'update':
      return rename(collection, await fresh(), 'modifié')
    case 'move':
      return move(collection, await fresh())
    case 'delete':
      return removal(collection, await fresh())
    case 'versions': {
      const id = await fresh()
      return { operation: { op: 'findVersions', collection, parent: id }, changed: present(id) }
    }
    case 'duplicate': {
      const id = await fresh()
      const before = await count(collection)
      // GraphQL's duplicate needs the whole document; the others copy what they are not sent.
      const data =
        surface === 'graphql' ? withoutStatus(documentOf(collection, piloted)) : undefined
      return {
        operation: { op: 'duplicate', collection, id, data },
        changed: async (o) => !o.refused && (await count(collection)) === before + 1,
        unchanged: async () => (await count(collection)) === before,
        write: true,
      }
    }
    case 'restore':
    case 'restore-draft':
    case 'restore-other': {
      // A document whose first version is restored; for restore-other, that version belongs to
      // the function nobody pilots, and the document was moved to the piloted one since.
      const first = cell.action === 'restore-other' ? other : piloted
      const id = await create(collection, documentOf(collection, first))
      const original = (await find(collection, id))![field]
      await (
        await p()
      ).update({
        collection,
        id,
        data: { [field]: `${original} revu`, function: piloted } as never,
      })
      const { docs } = await (
        await p()
      ).findVersions({ collection, where: { parent: { equals: id } }, sort: 'createdAt', limit: 1 })
      const draft = cell.action !== 'restore'
      return {
        operation: { op: 'restore', collection, version: docs[0]!.id, draft },
        changed: async () => (await find(collection, id))![field] === original,
        unchanged: async () =>
          (await find(collection, id))![field] === `${original} revu` &&
          (await find(collection, id))!.function === piloted,
        write: true,
      }
    }
    case 'bulk-update':
      return inBulk(await rename(collection, await fresh(), 'modifié en lot'))
    case 'bulk-move':
      return inBulk(move(collection, await fresh()))
    case 'bulk-delete':
      return inBulk(removal(collection, await fresh()))
    default:
      throw new Error(`unknown action ${cell.action}`)
  }
}

it('the matrix has a column for every collection the delegation covers, and no other', async () => {
  // The pilots rows offer the delegated collections: the plugin's own list.
  const functions = (await payload()).collections.functions.config
  const pilots = functions.fields.find((field) => 'name' in field && field.name === 'pilots')
  const covered = (
    pilots as { fields: Array<{ name?: string; options?: Array<{ value: string }> }> }
  ).fields
    .find((field) => field.name === 'collections')!
    .options!.map((option) => option.value)
  expect([...new Set(cells.map((cell) => cell.collection))].sort()).toEqual(covered.sort())
})

describe.each(surfaces)('access matrix through %s', (surface) => {
  // GraphQL has no bulk update or delete.
  const applies = (cell: Cell) => surface !== 'graphql' || !cell.action.startsWith('bulk-')
  it.each(
    cells
      .filter(applies)
      .map(
        (c) =>
          [
            `${c.subject} ${c.action} ${c.collection}: ${c.allowed ? 'allowed' : 'refused'}`,
            c,
          ] as const,
      ),
  )('%s', async (_, cell) =>
    verdict(
      surface,
      subjects.get(cell.subject)!,
      cell.allowed,
      await delegableScenario(surface, cell),
    ),
  )
})

/*
 * Users, organisations, functions, the audit log, media, document locks and preferences. A row
 * per action, a column per subject. CVC is the pilot manager's organisation; « other »
 * organisation is ARADEL. A file is read and changed by its uploading organisation, by the
 * pilots of the function of a document using it, and read by all once a published document uses
 * it; locks and preferences are one's own, a lock only on a document one may edit.
 */
const organisationMatrix = `
action                         anonymous admin coordinator pilot-manager pilot-contributor co-pilot ended-pilot future-pilot narrow-pilot member
users:read-cvc-user            no        yes   yes         yes           yes               no       no          no           no           no
users:read-other-user          no        yes   yes         no            no                no       no          no           no           yes
users:read-email-of-cvc-user   no        yes   yes         yes           yes               no       no          no           no           no
users:update-self              -         yes   yes         yes           yes               yes      yes         yes          yes          yes
users:create-in-cvc            no        yes   yes         yes           no                no       no          no           no           no
users:update-cvc-user          no        yes   yes         yes           no                no       no          no           no           no
users:give-cvc-user-a-role     no        yes   no          no            no                no       no          no           no           no
users:move-cvc-user            no        yes   yes         no            no                no       no          no           no           no
users:promote-self             -         yes   yes         yes           no                no       no          no           no           no
users:delete-cvc-user          no        yes   yes         yes           no                no       no          no           no           no
members:read                   yes       yes   yes         yes           yes               yes      yes         yes          yes          yes
members:update-cvc-profile     no        yes   yes         yes           no                no       no          no           no           no
members:update-cvc-relation    no        yes   yes         no            no                no       no          no           no           no
members:update-cvc-status      no        yes   yes         no            no                no       no          no           no           no
members:update-other-profile   no        yes   yes         no            no                no       no          no           no           no
members:create                 no        yes   yes         no            no                no       no          no           no           no
members:delete                 no        yes   yes         no            no                no       no          no           no           no
functions:read                 yes       yes   yes         yes           yes               yes      yes         yes          yes          yes
functions:update-pilots        no        yes   yes         no            no                no       no          no           no           no
functions:update-summary       no        yes   yes         no            no                no       no          no           no           no
audit-log:read-piloted         no        yes   yes         yes           yes               yes      no          no           yes          no
audit-log:read-other-function  no        yes   yes         no            no                no       no          no           no           no
audit-log:create               no        no    no          no            no                no       no          no           no           no
audit-log:update               no        no    no          no            no                no       no          no           no           no
audit-log:delete               no        no    no          no            no                no       no          no           no           no
media:read-cvc-upload          no        yes   yes         yes           yes               no       no          no           no           no
media:read-published-use       yes       yes   yes         yes           yes               yes      yes         yes          yes          yes
media:read-piloted-draft-use   no        yes   yes         yes           yes               yes      no          no           no           no
media:update-cvc-upload        no        yes   yes         yes           yes               no       no          no           no           no
media:update-piloted-draft-use no        yes   yes         yes           yes               yes      no          no           no           no
media:update-other-upload      no        yes   yes         no            no                no       no          no           no           yes
media:delete-cvc-upload        no        yes   yes         yes           yes               no       no          no           no           no
locks:lock-piloted-document    -         yes   yes         yes           yes               yes      no          no           no           no
locks:lock-other-function      -         yes   yes         no            no                no       no          no           no           no
locks:lock-for-someone-else    -         no    no          no            no                no       no          no           no           no
preferences:create-own         -         yes   yes         yes           yes               yes      yes         yes          yes          yes
preferences:create-for-other   -         no    no          no            no                no       no          no           no           no
`

const organisationCells = (() => {
  const [header, ...rows] = organisationMatrix
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
  const names = header!.slice(1)
  return rows.flatMap(([action, ...values]) =>
    values.flatMap((v, i) =>
      v === '-' ? [] : [{ action: action!, subject: names[i]!, allowed: v === 'yes' }],
    ),
  )
})()

const get = async (collection: CollectionSlug, id: number) => (await find(collection, id))!
const field = (collection: CollectionSlug, id: number, name: string) => async () =>
  (await get(collection, id))[name]
/** A change to one field: allowed when the database holds the new value, refused when it still holds the old. */
const change = async (
  collection: CollectionSlug,
  id: number,
  name: string,
  value: unknown,
  read = field(collection, id, name),
): Promise<Scenario> => {
  const before = JSON.stringify(await read())
  return {
    operation: { op: 'update', collection, id, data: { [name]: value } },
    changed: async () => JSON.stringify(await read()) === JSON.stringify(value),
    unchanged: async () => JSON.stringify(await read()) === before,
    write: true,
  }
}
const removal = (collection: CollectionSlug, id: number): Scenario => ({
  operation: { op: 'delete', collection, id },
  changed: async () => (await find(collection, id)) === undefined,
  unchanged: async () => (await find(collection, id)) !== undefined,
  write: true,
})

let made = 0
const organisationId = (slug: string) => idBySlug('members', slug)

/** A small PDF uploaded for an organisation, used by no document. */
const mediaOf = async (organisation: string) => {
  const name = `matrice-${process.pid}-${++made}.pdf`
  const data = Buffer.from(
    `%PDF-1.4\n% ${name}\n1 0 obj<</Type/Catalog>>endobj\nxref\n0 2\ntrailer<</Size 2/Root 1 0 R>>\n%%EOF\n`,
  )
  const doc = await (
    await p()
  ).create({
    collection: 'media',
    data: { alt: `Pièce ${made}`, organisation: await organisationId(organisation) } as never,
    file: { data, mimetype: 'application/pdf', name, size: data.length },
  })
  return doc.id as number
}

const LOCKS = 'payload-locked-documents' as CollectionSlug
const PREFERENCES = 'payload-preferences' as CollectionSlug
const rowsOf = async (collection: CollectionSlug, where: Record<string, unknown>) =>
  (await (await p()).count({ collection, where: where as never })).totalDocs

/** `subject` locks a resource in the name of `holder` (itself by default). */
const lockScenario = async (
  subject: Subject,
  resource: number,
  holder = subject,
): Promise<Scenario> => {
  const where = {
    and: [
      { 'document.value': { equals: resource } },
      { 'document.relationTo': { equals: 'resources' } },
    ],
  }
  return {
    operation: {
      op: 'create',
      collection: LOCKS,
      data: {
        document: { relationTo: 'resources', value: resource },
        user: { relationTo: 'users', value: holder.user!.id },
      },
    },
    changed: async () => (await rowsOf(LOCKS, where)) === 1,
    unchanged: async () => (await rowsOf(LOCKS, where)) === 0,
    write: true,
  }
}

/**
 * `subject` saves a preference in `owner`'s name. Payload files every preference under the caller
 * whatever the data says, so one for someone else is not refused: it is the caller's own.
 */
const preferenceScenario = async (subject: Subject, owner: Subject): Promise<Scenario> => {
  const key = `matrice-${++made}`
  const ownersRow = {
    and: [{ key: { equals: key } }, { 'user.value': { equals: owner.user!.id } }],
  }
  return {
    operation: {
      op: 'create',
      collection: PREFERENCES,
      data: { key, value: { columns: [] }, user: { relationTo: 'users', value: owner.user!.id } },
    },
    changed: async () => (await rowsOf(PREFERENCES, ownersRow)) === 1,
    unchanged: async () => (await rowsOf(PREFERENCES, ownersRow)) === 0,
    write: subject === owner,
  }
}

const cvcUser = async () =>
  addUser(`collegue-${++made}@collectif-ville-campagne.test`, 'collectif-ville-campagne')
const auditEntryOf = async (fn: number) => {
  const id = await create('resources', documentOf('resources', fn))
  const { docs } = await (
    await p()
  ).find({
    collection: 'audit-log',
    where: { and: [{ collection: { equals: 'resources' } }, { document: { equals: String(id) } }] },
    depth: 0,
  })
  return docs[0]!.id as number
}

/** Creates a document, told apart by the unique value of its field `key`. */
const creation = (
  collection: CollectionSlug,
  key: string,
  data: Record<string, unknown>,
): Scenario => {
  const exists = async () =>
    (await (await p()).count({ collection, where: { [key]: { equals: data[key] } } })).totalDocs > 0
  return {
    operation: { op: 'create', collection, data },
    changed: exists,
    unchanged: async () => !(await exists()),
    write: true,
  }
}

/** Gives an organisation a website of its own. */
const newWebsite = async (organisation: string, host: string) =>
  change(
    'members',
    await organisationId(organisation),
    'website',
    `https://${host}-${++made}.example.org`,
  )

/** Sets a field of an organisation to the value of the two it does not hold. */
const toggle = async (organisation: string, name: string, [first, second]: [string, string]) => {
  const id = await organisationId(organisation)
  return change('members', id, name, (await get('members', id))[name] === first ? second : first)
}

const organisationScenarios: Record<string, (subject: Subject) => Promise<Scenario>> = {
  'users:read-cvc-user': async () => {
    const id = await cvcUser()
    return { operation: { op: 'findByID', collection: 'users', id }, changed: present(id) }
  },
  'users:read-other-user': async () => {
    const id = await addUser(`autre-${++made}@aradel.test`, 'aradel')
    return { operation: { op: 'find', collection: 'users', ids: [id] }, changed: present(id) }
  },
  'users:read-email-of-cvc-user': async (subject) => {
    const id = await cvcUser()
    const email = (await get('users', id)).email
    return {
      operation: { op: 'findByID', collection: 'users', id },
      changed: async (o) => {
        if (o.refused) return false
        const seen = await (
          await p()
        ).findByID({
          collection: 'users',
          id,
          user: subject.user,
          overrideAccess: false,
          disableErrors: true,
        })
        return seen?.email === email
      },
    }
  },
  'users:update-self': async (subject) =>
    change('users', Number(subject.user!.id), 'name', `${subject.name} renommé ${++made}`),
  'users:create-in-cvc': async () => {
    const email = `nouveau-${++made}@collectif-ville-campagne.test`
    const organisation = await organisationId('collectif-ville-campagne')
    return creation('users', 'email', memberAccount(email, organisation))
  },
  'users:update-cvc-user': async () =>
    change('users', await cvcUser(), 'name', `Renommé ${++made}`),
  'users:give-cvc-user-a-role': async () =>
    change('users', await cvcUser(), 'roles', ['coordinator']),
  'users:move-cvc-user': async () =>
    change('users', await cvcUser(), 'organisation', await organisationId('aradel')),
  'users:promote-self': async (subject) =>
    change('users', Number(subject.user!.id), 'orgRole', 'manager'),
  'users:delete-cvc-user': async () => removal('users', await cvcUser()),
  'members:read': async () => {
    const id = await organisationId('collectif-ville-campagne')
    return { operation: { op: 'findByID', collection: 'members', id }, changed: present(id) }
  },
  'members:update-cvc-profile': async () => newWebsite('collectif-ville-campagne', 'cvc'),
  'members:update-cvc-relation': async () =>
    toggle('collectif-ville-campagne', 'relation', ['member', 'partner']),
  'members:update-cvc-status': async () =>
    toggle('collectif-ville-campagne', 'status', ['active', 'former']),
  'members:update-other-profile': async () => newWebsite('aradel', 'aradel'),
  'members:create': async () =>
    creation('members', 'name', {
      name: `Nouvelle organisation ${++made}`,
      relation: 'member',
      status: 'active',
    }),
  'members:delete': async () =>
    removal(
      'members',
      await create('members', { name: `À supprimer ${++made}`, relation: 'partner' }),
    ),
  'functions:read': async () => ({
    operation: { op: 'findByID', collection: 'functions', id: piloted },
    changed: present(piloted),
  }),
  'functions:update-pilots': async () => {
    const id = await create('functions', { title: `Fonction ${++made}` })
    const organisation = await organisationId('aradel')
    const read = async () =>
      ((await get('functions', id)).pilots as Array<{ organisation: number }>).map(
        (r) => r.organisation,
      )
    const scenario = await change(
      'functions',
      id,
      'pilots',
      [{ organisation, role: 'pilot', startsOn: '2020-01-01T12:00:00.000Z' }],
      read,
    )
    return {
      ...scenario,
      changed: async () => JSON.stringify(await read()) === JSON.stringify([organisation]),
    }
  },
  'functions:update-summary': async () =>
    change(
      'functions',
      await create('functions', { title: `Fonction ${++made}` }),
      'summary',
      'Résumé revu',
    ),
  'audit-log:read-piloted': async () => {
    const id = await auditEntryOf(piloted)
    return { operation: { op: 'findByID', collection: 'audit-log', id }, changed: present(id) }
  },
  'audit-log:read-other-function': async () => {
    const id = await auditEntryOf(other)
    return { operation: { op: 'find', collection: 'audit-log', ids: [id] }, changed: present(id) }
  },
  'audit-log:create': async () => {
    const before = await count('audit-log')
    return {
      operation: {
        op: 'create',
        collection: 'audit-log',
        data: { action: 'delete', collection: 'resources', document: '1' },
      },
      changed: async (o) => !o.refused,
      unchanged: async () => (await count('audit-log')) === before,
      write: true,
    }
  },
  'audit-log:update': async () =>
    change('audit-log', await auditEntryOf(piloted), 'document', 'falsifié'),
  'media:read-cvc-upload': async () => {
    const id = await mediaOf('collectif-ville-campagne')
    return { operation: { op: 'find', collection: 'media', ids: [id] }, changed: present(id) }
  },
  'media:read-published-use': async () => {
    const id = await mediaOf('unadel')
    await create('resources', { ...documentOf('resources', other), files: [id] })
    return { operation: { op: 'findByID', collection: 'media', id }, changed: present(id) }
  },
  'media:read-piloted-draft-use': async () => {
    const id = await mediaOf('unadel')
    await create('resources', { ...documentOf('resources', piloted, 'draft'), files: [id] })
    return { operation: { op: 'find', collection: 'media', ids: [id] }, changed: present(id) }
  },
  'media:update-cvc-upload': async () =>
    change('media', await mediaOf('collectif-ville-campagne'), 'alt', `Légende ${++made}`),
  'media:update-piloted-draft-use': async () => {
    const id = await mediaOf('unadel')
    await create('resources', { ...documentOf('resources', piloted, 'draft'), files: [id] })
    return change('media', id, 'alt', `Légende ${++made}`)
  },
  'media:update-other-upload': async () =>
    change('media', await mediaOf('aradel'), 'alt', `Légende ${++made}`),
  'media:delete-cvc-upload': async () =>
    removal('media', await mediaOf('collectif-ville-campagne')),
  'locks:lock-piloted-document': async (subject) =>
    lockScenario(subject, await create('resources', documentOf('resources', piloted))),
  'locks:lock-other-function': async (subject) =>
    lockScenario(subject, await create('resources', documentOf('resources', other))),
  'locks:lock-for-someone-else': async (subject) =>
    lockScenario(
      subject,
      await create('resources', documentOf('resources', piloted)),
      subjects.get('member')!,
    ),
  'preferences:create-own': async (subject) => preferenceScenario(subject, subject),
  'preferences:create-for-other': async (subject) =>
    preferenceScenario(subject, subjects.get(subject.name === 'member' ? 'co-pilot' : 'member')!),
  'audit-log:delete': async () => removal('audit-log', await auditEntryOf(piloted)),
}

describe.each(surfaces)('users, organisations, functions and audit log through %s', (surface) => {
  it.each(
    organisationCells.map(
      (c) => [`${c.subject} ${c.action}: ${c.allowed ? 'allowed' : 'refused'}`, c] as const,
    ),
  )('%s', async (_, cell) => {
    const subject = subjects.get(cell.subject)!
    await verdict(
      surface,
      subject,
      cell.allowed,
      await organisationScenarios[cell.action]!(subject),
    )
  })
})

describe.each(surfaces)('budget lines through %s', (surface) => {
  const line = (status: string) =>
    create('budget-lines', { ...documentOf('budget-lines', piloted), status })
  const status = (id: number) => field('budget-lines', id, 'status')
  /** The pilot manager moves a line of its function from one status to another. */
  const pilotMoves = async (from: string, to: string, allowed: boolean) => {
    const id = await line(from)
    const scenario = await change('budget-lines', id, 'status', to, status(id))
    await verdict(surface, subjects.get('pilot-manager')!, allowed, scenario)
  }

  it('a pilot proposes a line of its function', async () => {
    await pilotMoves('draft', 'proposed', true)
  })

  it('a pilot cannot validate a line, nor create one validated', async () => {
    await pilotMoves('proposed', 'validated', false)
    const before = await count('budget-lines')
    const outcome = await perform(surface, subjects.get('co-pilot')!, {
      op: 'create',
      collection: 'budget-lines',
      data: { ...documentOf('budget-lines', piloted), status: 'validated' },
    })
    expect(outcome.refused).toBe(true)
    expect(await count('budget-lines')).toBe(before)
  })

  it('a validated line is locked for pilots, not for the coordination', async () => {
    const id = await line('validated')
    const pilot = subjects.get('pilot-manager')!
    await verdict(
      surface,
      pilot,
      false,
      await change('budget-lines', id, 'planned', 1, field('budget-lines', id, 'planned')),
    )
    await verdict(surface, pilot, false, removal('budget-lines', id))
    await verdict(
      surface,
      subjects.get('coordinator')!,
      true,
      await change('budget-lines', id, 'planned', 1, field('budget-lines', id, 'planned')),
    )
  })
})

describe('moving a document between functions', () => {
  let mover: Subject
  let formation: number
  beforeAll(async () => {
    formation = await idBySlug('functions', 'formation')
    const cnfpt = await organisationId('cnfpt')
    for (const fn of [piloted, formation]) {
      const { pilots } = await (await p()).findByID({ collection: 'functions', id: fn, depth: 0 })
      await (
        await p()
      ).update({
        collection: 'functions',
        id: fn,
        data: {
          pilots: [
            ...(pilots ?? []),
            { organisation: cnfpt, role: 'pilot', startsOn: '2020-01-01T12:00:00.000Z' },
          ],
        },
      })
    }
    await addUser('pilote@cnfpt.test', 'cnfpt')
    mover = await signIn('two-function pilot', 'pilote@cnfpt.test')
  })

  it.each(surfaces)('needs piloting both functions (%s)', async (surface) => {
    const id = await create('resources', documentOf('resources', piloted))
    await verdict(surface, mover, false, await change('resources', id, 'function', other))
    await verdict(surface, mover, true, await change('resources', id, 'function', formation))
  })

  it.each(surfaces)(
    'a document without a function is refused, naming the field (%s)',
    async (surface) => {
      const before = await count('resources')
      const attempt = perform(surface, mover, {
        op: 'create',
        collection: 'resources',
        data: { title: 'Sans fonction', type: 'tool' },
      })
      await expect(attempt).rejects.toThrow(/function/)
      expect(await count('resources')).toBe(before)
    },
  )
})

describe('what a pilot must send', () => {
  it.each(surfaces)(
    'the function of a pilot of one function is chosen for it (%s)',
    async (surface) => {
      const outcome = await perform(surface, subjects.get('pilot-manager')!, {
        op: 'create',
        collection: 'resources',
        data: { title: 'Sans fonction', type: 'tool' },
      })
      expect(outcome.refused).toBe(false)
      const created = await (
        await p()
      ).findByID({ collection: 'resources', id: outcome.ids[0]!, depth: 0, draft: true })
      expect(created.function).toBe(piloted)
    },
  )
})

describe('the audit trail', () => {
  const entriesOf = async (collection: string, id: number | string) =>
    (
      await (
        await p()
      ).find({
        collection: 'audit-log',
        where: {
          and: [{ collection: { equals: collection } }, { document: { equals: String(id) } }],
        },
        sort: 'createdAt',
        depth: 0,
      })
    ).docs

  it('names who wrote, for which organisation, what changed and the delegation that allowed it', async () => {
    const pilot = subjects.get('pilot-manager')!
    const created = await perform('rest', pilot, {
      op: 'create',
      collection: 'resources',
      data: { title: 'Note de prospective', type: 'survey', function: piloted },
    })
    const id = created.ids[0]!
    await perform('graphql', pilot, {
      op: 'update',
      collection: 'resources',
      id,
      data: { year: 2015 },
    })
    await perform('local', pilot, { op: 'delete', collection: 'resources', id })

    const { pilots } = await (
      await p()
    ).findByID({ collection: 'functions', id: piloted, depth: 0 })
    const cvc = await organisationId('collectif-ville-campagne')
    const row = pilots!.find((r) => r.organisation === cvc)!
    const entries = await entriesOf('resources', id)
    expect(entries.map((e) => [e.action, e.changedFields])).toEqual([
      ['create', expect.arrayContaining(['title', 'type', 'function'])],
      ['update', ['year']],
      ['delete', []],
    ])
    for (const entry of entries)
      expect(entry).toMatchObject({
        user: pilot.user!.id,
        userEmail: 'pilote@collectif-ville-campagne.test',
        organisation: cvc,
        function: piloted,
        delegation: { function: piloted, pilotRow: row.id, role: 'pilot' },
      })
  })

  it('records a publication', async () => {
    const id = await create('resources', documentOf('resources', piloted, 'draft'))
    await perform('rest', subjects.get('co-pilot')!, {
      op: 'update',
      collection: 'resources',
      id,
      data: { _status: 'published' },
    })
    const entries = await entriesOf('resources', id)
    expect(entries.at(-1)).toMatchObject({
      action: 'update',
      changedFields: ['_status'],
      userEmail: 'copilote@etd.test',
    })
    expect(entries.at(-1)!.delegation).toMatchObject({ function: piloted, role: 'co-pilot' })
  })

  it('records the coordination without a delegation, and changes to the pilots of a function', async () => {
    const coordinator = subjects.get('coordinator')!
    const id = await create('functions', { title: 'Fonction auditée' })
    await perform('rest', coordinator, {
      op: 'update',
      collection: 'functions',
      id,
      data: {
        pilots: [
          { organisation: await organisationId('aradel'), startsOn: '2020-01-01T12:00:00.000Z' },
        ],
      },
    })
    const [, update] = await entriesOf('functions', id)
    expect(update).toMatchObject({
      action: 'update',
      changedFields: ['pilots'],
      user: coordinator.user!.id,
      function: id,
    })
    expect(update!.delegation).toEqual({ function: null, pilotRow: null, role: null })
  })

  it('keeps entries even from server code: they cannot be changed or deleted', async () => {
    const [entry] = await entriesOf('functions', piloted)
    const local = await p()
    await expect(
      local.update({ collection: 'audit-log', id: entry!.id, data: { document: 'x' } }),
    ).rejects.toThrow()
    await expect(local.delete({ collection: 'audit-log', id: entry!.id })).rejects.toThrow()
    expect(
      (await local.findByID({ collection: 'audit-log', id: entry!.id, depth: 0 })).document,
    ).toBe(entry!.document)
  })
})
