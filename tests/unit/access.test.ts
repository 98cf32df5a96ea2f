import './stubs'
import type { PayloadRequest } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { draftContentAccess } from '../../access/published'
import { isCoordinator } from '../../access/roles'
import {
  delegatedAccess,
  delegatedFunctions,
  type DelegationContext,
  isUnbound,
} from '../../src/plugins/delegation/access'
import type { PilotRow } from '../../src/plugins/delegation/delegations'
import type { ResolvedOptions } from '../../src/plugins/delegation/types'

// Delegation access in `src/plugins/delegation/access.ts`, against the pilot rows a fake pool gives.

type Row = PilotRow
const row = (fn: number, overrides: Partial<Row> = {}): Row => ({
  fn,
  row: `row-${fn}`,
  role: 'pilot',
  organisation: 1,
  starts_on: new Date('2000-01-01T00:00:00.000Z'),
  ends_on: null,
  collections: [],
  ...overrides,
})

const ROWS: Row[] = [
  row(3),
  row(3, { row: 'row-3b', role: 'co-pilot' }),
  row(4, { collections: ['events'] }),
  row(5, { ends_on: new Date('2001-01-01T00:00:00.000Z') }),
  row(6, { starts_on: new Date('2999-01-01T00:00:00.000Z') }),
]

const options: ResolvedOptions = {
  collections: {},
  isCoordinator,
  users: 'users',
  functions: 'functions',
  functionField: 'function',
  organisationOf: (user: { organisation?: unknown }) => user.organisation,
  timeZone: 'Europe/Paris',
  auditLog: 'audit-log',
} as unknown as ResolvedOptions

const contextOf = (slug: string): DelegationContext => ({
  slug,
  rules: slug === 'budget-lines' ? { lock: { field: 'status', value: 'validated' } } : {},
  options,
})

const requestOf = (user: Record<string, unknown> | null, rows: Row[] = ROWS) => {
  const query = vi.fn(async () => ({ rows }))
  const payload = {
    db: { tableNameMap: new Map([['functions', 'functions']]), pool: { query } },
  }
  const req = {
    user: user && { collection: 'users', ...user },
    payload,
  } as unknown as PayloadRequest
  return { args: { req }, query }
}

const pilot = { id: 2, roles: ['member'], organisation: { id: 10 } }
const coordinator = { id: 1, roles: ['coordinator'] }
const published = { _status: { equals: 'published' } }

describe('delegatedAccess', () => {
  const resources = delegatedAccess(contextOf('resources'), draftContentAccess)!
  const events = delegatedAccess(contextOf('events'), draftContentAccess)!
  const budget = delegatedAccess(contextOf('budget-lines'), draftContentAccess)!

  it('lets a pilot read the documents of the functions piloted today, besides what is published', async () => {
    const { args, query } = requestOf(pilot)
    expect(await resources.read!(args)).toEqual({ or: [published, { function: { in: [3] } }] })
    // One query per request, for the organisation, whatever the number of checks.
    expect(await resources.readVersions!(args)).toEqual({ 'version.function': { in: [3] } })
    expect(query).toHaveBeenCalledTimes(1)
    expect(query.mock.calls[0]).toEqual([expect.stringContaining('"functions_pilots"'), [10]])
  })

  it('counts a delegation limited to some collections for those only', async () => {
    const { args } = requestOf(pilot)
    expect(await events.update!(args)).toEqual({ function: { in: [3, 4] } })
    expect(await resources.update!(args)).toEqual({ function: { in: [3] } })
  })

  it('never counts ended or future delegations', async () => {
    const { args } = requestOf(pilot, [ROWS[3]!, ROWS[4]!])
    expect(await resources.read!(args)).toEqual(published)
    expect(await resources.create!(args)).toBe(false)
    expect(await resources.update!(args)).toBe(false)
    expect(await resources.delete!(args)).toBe(false)
    expect(await resources.readVersions!(args)).toBe(false)
  })

  it('lets a pilot create, update and delete, never past the lock', async () => {
    const { args } = requestOf(pilot)
    expect(await budget.create!(args)).toBe(true)
    const writable = {
      and: [{ function: { in: [3] } }, { status: { not_equals: 'validated' } }],
    }
    expect(await budget.update!(args)).toEqual(writable)
    expect(await budget.delete!(args)).toEqual(writable)
  })

  it('leaves the coordination its own access, without asking the database', async () => {
    const { args, query } = requestOf(coordinator)
    for (const op of ['read', 'create', 'update', 'delete', 'readVersions'] as const)
      expect(await resources[op]!(args)).toBe(true)
    expect(query).not.toHaveBeenCalled()
  })

  it('gives nobody signed in, and a user without organisation, only what is published', async () => {
    for (const user of [null, { id: 7, roles: ['member'] }]) {
      const { args, query } = requestOf(user)
      expect(await resources.read!(args)).toEqual(published)
      expect(await resources.update!(args)).toBe(false)
      expect(query).not.toHaveBeenCalled()
    }
  })

  it('keeps the collection’s other access rules', () => {
    const unlock = () => true
    expect(delegatedAccess(contextOf('resources'), { unlock })!.unlock).toBe(unlock)
  })
})

describe('isUnbound and delegatedFunctions', () => {
  const ctx = contextOf('resources')

  it('binds people who are not the coordination', () => {
    expect(isUnbound(ctx, requestOf(pilot).args.req)).toBe(false)
    expect(isUnbound(ctx, requestOf(coordinator).args.req)).toBe(true)
    expect(isUnbound(ctx, requestOf(null).args.req)).toBe(true)
  })

  it('offers a pilot only the functions piloted today for the collection', async () => {
    const pick = delegatedFunctions(ctx) as (args: unknown) => Promise<unknown>
    expect(await pick(requestOf(pilot).args)).toEqual({ id: { in: [3] } })
    expect(await pick(requestOf(pilot, []).args)).toEqual({ id: { in: [] } })
    expect(await pick(requestOf(coordinator).args)).toBe(true)
  })
})
