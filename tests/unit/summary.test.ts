import { describe, expect, it } from 'vitest'

import { formatEuros } from '../../src/plugins/budget/format'
import { balanceOf, type Line, summarise, summaryRows } from '../../src/plugins/budget/summary'

const line = (overrides: Partial<Line>): Line => ({
  direction: 'expense',
  kind: 'cash',
  category: 'staff',
  planned: 0,
  ...overrides,
})

describe('summarise', () => {
  it('is all zeros and balanced for no lines', () => {
    const summary = summarise(2025, [])
    const zero = { planned: 0, actual: null, variance: null }
    expect(summary).toEqual({
      year: 2025,
      currency: 'EUR',
      lines: 0,
      totals: {
        expense: { cash: zero, 'in-kind': zero, all: zero },
        income: { cash: zero, 'in-kind': zero, all: zero },
      },
      balanced: { cash: true, all: true },
      byKind: [],
      byCategory: [],
      byFunder: [],
      byFunction: [],
    })
  })

  it('adds in cents: 0.1 + 0.2 is 0.3', () => {
    const summary = summarise(2025, [line({ planned: 0.1 }), line({ planned: 0.2 })])
    expect(summary.totals.expense.all!.planned).toBe(0.3)
  })

  it('has no actual nor variance until something is spent, and counts an actual of 0', () => {
    const none = summarise(2025, [line({ planned: 100, actual: null })])
    expect(none.totals.expense.all).toEqual({ planned: 100, actual: null, variance: null })
    const zero = summarise(2025, [line({ planned: 100, actual: 0 })])
    expect(zero.totals.expense.all).toEqual({ planned: 100, actual: 0, variance: -100 })
  })

  it('gives the variance as actual − planned, over the lines that have an actual too', () => {
    const summary = summarise(2025, [
      line({ planned: 1000, actual: 1200.5 }),
      line({ planned: 500 }),
    ])
    // The planned total keeps every line; the variance compares it with what is known.
    expect(summary.totals.expense.all).toEqual({ planned: 1500, actual: 1200.5, variance: -299.5 })
  })

  it('totals by direction and kind, and says whether planned expenses equal planned income', () => {
    const lines = [
      line({ direction: 'expense', kind: 'cash', planned: 700 }),
      line({ direction: 'expense', kind: 'in-kind', planned: 300 }),
      line({ direction: 'income', kind: 'cash', planned: 700, funder: 1 }),
      line({ direction: 'income', kind: 'in-kind', planned: 250, funder: 2 }),
    ]
    const summary = summarise(2024, lines)
    expect(summary.lines).toBe(4)
    expect(summary.totals.expense.cash!.planned).toBe(700)
    expect(summary.totals.expense['in-kind']!.planned).toBe(300)
    expect(summary.totals.expense.all!.planned).toBe(1000)
    expect(summary.totals.income.all!.planned).toBe(950)
    expect(summary.balanced).toEqual({ cash: true, all: false })
    expect(summary.byKind).toEqual([
      { direction: 'expense', kind: 'cash', planned: 700, actual: null, variance: null },
      { direction: 'expense', kind: 'in-kind', planned: 300, actual: null, variance: null },
      { direction: 'income', kind: 'cash', planned: 700, actual: null, variance: null },
      { direction: 'income', kind: 'in-kind', planned: 250, actual: null, variance: null },
    ])
  })

  it('groups by category within a direction, in the order first seen', () => {
    const summary = summarise(2025, [
      line({ category: 'travel', planned: 10 }),
      line({ category: 'staff', planned: 20 }),
      line({ category: 'travel', planned: 5, actual: 4 }),
      line({ direction: 'income', category: 'travel', planned: 1 }),
    ])
    expect(summary.byCategory).toEqual([
      { direction: 'expense', category: 'travel', planned: 15, actual: 4, variance: -11 },
      { direction: 'expense', category: 'staff', planned: 20, actual: null, variance: null },
      { direction: 'income', category: 'travel', planned: 1, actual: null, variance: null },
    ])
  })

  it('groups income by funder, populated or not, and leaves expenses out', () => {
    const summary = summarise(2025, [
      line({ direction: 'income', planned: 100, funder: { id: 7, name: 'Région' } }),
      line({ direction: 'income', planned: 50, funder: 7 }),
      line({ direction: 'income', planned: 20, funder: null }),
      line({ direction: 'expense', planned: 999, funder: 7 }),
    ])
    expect(summary.byFunder).toEqual([
      { funder: { id: 7, name: 'Région' }, planned: 150, actual: null, variance: null },
      { funder: null, planned: 20, actual: null, variance: null },
    ])
  })

  it('groups by function within a direction', () => {
    const fn = { id: 3, slug: 'observatoire', title: 'Observatoire' }
    const summary = summarise(2025, [
      line({ planned: 10, function: fn }),
      line({ planned: 5, function: 3 }),
      line({ planned: 1 }),
      line({ direction: 'income', planned: 2, function: 3 }),
    ])
    expect(summary.byFunction).toEqual([
      { direction: 'expense', function: fn, planned: 15, actual: null, variance: null },
      { direction: 'expense', function: null, planned: 1, actual: null, variance: null },
      { direction: 'income', function: { id: 3 }, planned: 2, actual: null, variance: null },
    ])
  })
})

describe('summaryRows', () => {
  it('has the six totals for no lines', () => {
    const rows = summaryRows(summarise(2025, []))
    expect(rows.map((r) => `${r.section}/${r.direction}/${r.key}`)).toEqual([
      'total/expense/cash',
      'total/expense/in-kind',
      'total/expense/all',
      'total/income/cash',
      'total/income/in-kind',
      'total/income/all',
    ])
  })

  it('names funders and functions by name, title, slug, then id; nothing as empty', () => {
    const rows = summaryRows(
      summarise(2025, [
        line({ direction: 'income', planned: 1, funder: { id: 7, name: 'Région' } }),
        line({ direction: 'income', planned: 2, funder: 8 }),
        line({ direction: 'income', planned: 4 }),
        line({ planned: 3, category: 'staff', function: { id: 3, slug: 'obs', title: 'Obs.' } }),
        line({ planned: 5, category: 'staff', function: { id: 4, slug: 'veille' } }),
      ]),
    ).filter((r) => r.section !== 'total')
    expect(rows).toEqual([
      {
        section: 'category',
        direction: 'income',
        key: 'staff',
        planned: 7,
        actual: null,
        variance: null,
      },
      {
        section: 'category',
        direction: 'expense',
        key: 'staff',
        planned: 8,
        actual: null,
        variance: null,
      },
      {
        section: 'funder',
        direction: 'income',
        key: 'Région',
        planned: 1,
        actual: null,
        variance: null,
      },
      {
        section: 'funder',
        direction: 'income',
        key: '8',
        planned: 2,
        actual: null,
        variance: null,
      },
      { section: 'funder', direction: 'income', key: '', planned: 4, actual: null, variance: null },
      {
        section: 'function',
        direction: 'income',
        key: '',
        planned: 7,
        actual: null,
        variance: null,
      },
      {
        section: 'function',
        direction: 'expense',
        key: 'Obs.',
        planned: 3,
        actual: null,
        variance: null,
      },
      {
        section: 'function',
        direction: 'expense',
        key: 'veille',
        planned: 5,
        actual: null,
        variance: null,
      },
    ])
  })
})

describe('balanceOf', () => {
  it('is income minus expenses in cents, planned and actual, per kind', () => {
    const summary = summarise(2025, [
      line({ direction: 'income', planned: 0.3, actual: 0.1 }),
      line({ planned: 0.1 }),
      line({ planned: 0.1, kind: 'in-kind' }),
    ])
    expect(balanceOf(summary, 'cash')).toEqual({ planned: 0.2, actual: 0.1 })
    expect(balanceOf(summary, 'all')).toEqual({ planned: 0.1, actual: 0.1 })
    expect(balanceOf(summary, 'in-kind')).toEqual({ planned: -0.1, actual: null })
  })
})

describe('formatEuros', () => {
  // Intl's French groups with a narrow no-break space and puts a no-break space before €.
  const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')
  it('groups thousands and shows cents only when there are some', () => {
    expect(plain(formatEuros(35000, 'fr'))).toBe('35 000 €')
    expect(plain(formatEuros(1234567.5, 'fr'))).toBe('1 234 567,50 €')
    expect(plain(formatEuros(-40.5, 'fr'))).toBe('-40,50 €')
    expect(formatEuros(35000, 'en')).toBe('€35,000')
  })
})
