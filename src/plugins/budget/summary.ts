/** Sums of budget lines, done in cents so that 0.1 + 0.2 stays 0.30 €. */

export type Line = {
  direction: 'expense' | 'income'
  kind: 'cash' | 'in-kind'
  category: string
  planned: number
  actual?: number | null
  funder?: { id: number | string; name?: string } | number | null
  function?: { id: number | string; slug?: string | null; title?: string } | number | null
}

type Sum = { planned: number; actual: number; hasActual: boolean }
export type Figures = { planned: number; actual: number | null; variance: number | null }

const cents = (euros: number) => Math.round(euros * 100)
const empty = (): Sum => ({ planned: 0, actual: 0, hasActual: false })
const add = (sum: Sum, line: Line) => {
  sum.planned += cents(line.planned)
  if (line.actual !== null && line.actual !== undefined) {
    sum.actual += cents(line.actual)
    sum.hasActual = true
  }
}
/** Euros again, with the variance actual − planned when something was spent or received. */
const figures = (sum: Sum): Figures => ({
  planned: sum.planned / 100,
  actual: sum.hasActual ? sum.actual / 100 : null,
  variance: sum.hasActual ? (sum.actual - sum.planned) / 100 : null,
})

const group = <K>(lines: Line[], keyOf: (line: Line) => K, id: (key: K) => string) => {
  const sums = new Map<string, { key: K; sum: Sum }>()
  for (const line of lines) {
    const key = keyOf(line)
    const entry = sums.get(id(key)) ?? { key, sum: empty() }
    add(entry.sum, line)
    sums.set(id(key), entry)
  }
  return [...sums.values()].map(({ key, sum }) => ({ ...key, ...figures(sum) }))
}

const ref = (value: Line['funder'] | Line['function']) =>
  value === null || value === undefined ? null : typeof value === 'object' ? value : { id: value }

export const summarise = (year: number, lines: Line[]) => {
  const directions = ['expense', 'income'] as const
  const totals = Object.fromEntries(
    directions.map((direction) => {
      const of = lines.filter((l) => l.direction === direction)
      const by = (kind?: Line['kind']) => {
        const sum = empty()
        of.filter((l) => !kind || l.kind === kind).forEach((l) => add(sum, l))
        return sum
      }
      return [direction, { cash: by('cash'), 'in-kind': by('in-kind'), all: by() }]
    }),
  ) as Record<(typeof directions)[number], Record<'cash' | 'in-kind' | 'all', Sum>>
  const balanced = (kind: 'cash' | 'in-kind' | 'all') =>
    totals.expense[kind].planned === totals.income[kind].planned
  const asFigures = (direction: (typeof directions)[number]) =>
    Object.fromEntries(Object.entries(totals[direction]).map(([kind, sum]) => [kind, figures(sum)]))

  return {
    year,
    currency: 'EUR',
    lines: lines.length,
    totals: { expense: asFigures('expense'), income: asFigures('income') },
    // The programme balances when planned expenses equal planned income.
    balanced: { cash: balanced('cash'), all: balanced('all') },
    byKind: group(
      lines,
      (l) => ({ direction: l.direction, kind: l.kind }),
      (k) => `${k.direction}/${k.kind}`,
    ),
    byCategory: group(
      lines,
      (l) => ({ direction: l.direction, category: l.category }),
      (k) => `${k.direction}/${k.category}`,
    ),
    byFunder: group(
      lines.filter((l) => l.direction === 'income'),
      (l) => ({ funder: ref(l.funder) }),
      (k) => String(k.funder?.id ?? ''),
    ),
    byFunction: group(
      lines,
      (l) => ({ direction: l.direction, function: ref(l.function) }),
      (k) => `${k.direction}/${k.function?.id ?? ''}`,
    ),
  }
}

export type Summary = ReturnType<typeof summarise>

/**
 * By how much income exceeds expenses (negative: a deficit), planned and actual, in cents like
 * every sum here; `actual` is null until something was spent or received on either side.
 */
export const balanceOf = (summary: Summary, kind: 'cash' | 'in-kind' | 'all') => {
  const income = summary.totals.income[kind]!
  const expense = summary.totals.expense[kind]!
  const gap = (a: number, b: number) => (cents(a) - cents(b)) / 100
  return {
    planned: gap(income.planned, expense.planned),
    actual:
      income.actual === null && expense.actual === null
        ? null
        : gap(income.actual ?? 0, expense.actual ?? 0),
  }
}

/** One row per figure, for spreadsheets: section, direction, key, planned, actual, variance. */
export const summaryRows = (summary: Summary) => {
  const name = (
    value: { id: number | string; name?: string; title?: string; slug?: string | null } | null,
  ) => (value ? (value.name ?? value.title ?? value.slug ?? String(value.id)) : '')
  return [
    ...(['expense', 'income'] as const).flatMap((direction) =>
      Object.entries(summary.totals[direction]).map(([kind, f]) => ({
        section: 'total',
        direction,
        key: kind,
        ...f,
      })),
    ),
    ...summary.byCategory.map(({ direction, category, ...f }) => ({
      section: 'category',
      direction,
      key: category,
      ...f,
    })),
    ...summary.byFunder.map(({ funder, ...f }) => ({
      section: 'funder',
      direction: 'income',
      key: name(funder),
      ...f,
    })),
    ...summary.byFunction.map(({ direction, function: fn, ...f }) => ({
      section: 'function',
      direction,
      key: name(fn),
      ...f,
    })),
  ]
}
