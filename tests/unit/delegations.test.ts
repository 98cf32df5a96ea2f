import './stubs'
import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  covers,
  currentDelegations,
  dayIn,
  type Delegation,
  editableFunctions,
  periodOf,
} from '../../src/plugins/delegation/delegations'
import type { ResolvedOptions } from '../../src/plugins/delegation/types'

const PARIS = 'Europe/Paris'

describe('dayIn', () => {
  it('gives the calendar day in the time zone, not in UTC', () => {
    // 23:30 UTC on 9 March is 00:30 on 10 March in Paris (UTC+1 in winter).
    expect(dayIn(PARIS, '2025-03-09T23:30:00.000Z')).toBe('2025-03-10')
    expect(dayIn('UTC', '2025-03-09T23:30:00.000Z')).toBe('2025-03-09')
    // Summer time: UTC+2, so 22:00 UTC is already the next day.
    expect(dayIn(PARIS, '2025-06-29T22:00:00.000Z')).toBe('2025-06-30')
    expect(dayIn(PARIS, '2025-06-29T21:59:59.999Z')).toBe('2025-06-29')
  })

  it('accepts a Date as well as a string', () => {
    expect(dayIn(PARIS, new Date('2025-12-31T23:00:00.000Z'))).toBe('2026-01-01')
  })
})

describe('periodOf', () => {
  // A delegation from 10 March to 30 June 2025, stored as Paris midnights.
  const row = { startsOn: '2025-03-09T23:00:00.000Z', endsOn: '2025-06-29T22:00:00.000Z' }
  const at = (iso: string) => periodOf(PARIS, row, new Date(iso))

  it('is future until the first day starts in Paris', () => {
    expect(at('2025-03-09T22:59:59.999Z')).toBe('future')
    expect(at('2025-03-09T23:00:00.000Z')).toBe('current')
  })

  it('counts the last day whole, up to midnight in Paris', () => {
    expect(at('2025-06-30T21:59:59.999Z')).toBe('current')
    expect(at('2025-06-30T22:00:00.000Z')).toBe('ended')
  })

  it('is current in between', () => {
    expect(at('2025-05-01T12:00:00.000Z')).toBe('current')
  })

  it('never ends when the end is open (null, undefined or empty)', () => {
    for (const endsOn of [null, undefined, '']) {
      const open = { startsOn: row.startsOn, endsOn }
      expect(periodOf(PARIS, open, new Date('2099-12-31T12:00:00.000Z'))).toBe('current')
      expect(periodOf(PARIS, open, new Date('2025-03-01T12:00:00.000Z'))).toBe('future')
    }
  })

  it('is current on a one-day delegation, all that day', () => {
    const oneDay = { startsOn: row.startsOn, endsOn: row.startsOn }
    expect(periodOf(PARIS, oneDay, new Date('2025-03-09T23:00:00.000Z'))).toBe('current')
    expect(periodOf(PARIS, oneDay, new Date('2025-03-10T22:59:59.999Z'))).toBe('current')
    expect(periodOf(PARIS, oneDay, new Date('2025-03-10T23:00:00.000Z'))).toBe('ended')
  })

  it('judges by the day of the given time zone', () => {
    // 22:30 UTC on 9 March, 23:30 in Paris: the first day (the 10th in Paris, the 9th in UTC)
    // has not begun in Paris, and has in UTC.
    const now = new Date('2025-03-09T22:30:00.000Z')
    expect(periodOf(PARIS, row, now)).toBe('future')
    expect(periodOf('UTC', row, now)).toBe('current')
  })

  it('defaults to now', () => {
    expect(periodOf(PARIS, { startsOn: '2000-01-01T00:00:00.000Z', endsOn: null })).toBe('current')
    expect(periodOf(PARIS, { startsOn: '2999-01-01T00:00:00.000Z' })).toBe('future')
  })
})

describe('covers', () => {
  const delegation = (collections: string[]): Delegation => ({
    function: 1,
    row: 'r',
    role: 'pilot',
    startsOn: '2025-01-01T00:00:00.000Z',
    collections,
  })

  it('covers every collection when none is named', () => {
    expect(covers(delegation([]), 'resources')).toBe(true)
  })

  it('covers only the collections named', () => {
    expect(covers(delegation(['events', 'trainings']), 'events')).toBe(true)
    expect(covers(delegation(['events', 'trainings']), 'resources')).toBe(false)
  })
})

describe('without a person signed in', () => {
  const options = { users: 'users', timeZone: PARIS } as unknown as ResolvedOptions
  // No payload on the request: reaching the database would throw.
  const requestOf = (user: unknown) => ({ user }) as unknown as PayloadRequest

  it('holds no delegation, without asking the database', async () => {
    await expect(currentDelegations(requestOf(null), options)).resolves.toEqual([])
    await expect(editableFunctions(requestOf(null), 'resources', options)).resolves.toEqual([])
  })

  it('treats an API client (another auth collection) as nobody', async () => {
    const client = { id: 1, collection: 'api-clients' }
    await expect(currentDelegations(requestOf(client), options)).resolves.toEqual([])
  })
})
