import Papa from 'papaparse'
import { createLocalReq, handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import config from '../../payload.config'
import { YEARS } from '../../fields/validators'
import { readSummary, readYears } from '../../src/plugins/budget/report'
import { login, payload } from '../helpers/api'
import { signIn } from '../helpers/surfaces'

// The coordination opens the budget report in a French spreadsheet, as it is downloaded.
let token: string
beforeAll(async () => {
  token = await login('coordination@unadel.test')
  // Something spent under what was planned: a negative variance.
  const line = await handleEndpoints({
    config,
    request: new Request('http://localhost/api/budget-lines', {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        year: 2014,
        direction: 'expense',
        kind: 'cash',
        label: 'Reprographie',
        category: 'other',
        planned: 100,
        actual: 40.5,
        status: 'validated',
      }),
    }),
  })
  expect(line.status).toBe(201)
})

const download = async (format: string) => {
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost/api/budget-lines/summary?year=2014&format=${format}`, {
      headers: { authorization: `JWT ${token}` },
    }),
  })
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) }
}

describe('the budget report for French spreadsheets (format=csv-fr)', () => {
  it('is semicolon-separated UTF-8 with a byte-order mark, French headers and labels, decimal commas', async () => {
    const { response, bytes } = await download('csv-fr')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain('budget-2014-fr.csv')
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    const { data } = Papa.parse<string[]>(text.trim(), { delimiter: ';' })
    expect(data[0]).toEqual(['Rubrique', 'Sens', 'Poste', 'Prévu (€)', 'Réalisé (€)', 'Écart (€)'])
    const total = data.find((r) => r[0] === 'Total' && r[1] === 'Dépense' && r[2] === 'Ensemble')
    expect(total?.[3]).toBe('123100')
    expect(data.some((r) => r[0] === 'Total' && r[1] === 'Recette')).toBe(true)
    expect(data.some((r) => r[0] === 'Catégorie')).toBe(true)
    // A negative variance is a number to a spreadsheet, not text.
    expect(data.some((r) => /^-\d/.test(r[5] ?? ''))).toBe(true)
    for (const row of data.slice(1)) {
      expect(row).toHaveLength(6)
      for (const cell of row.slice(3)) expect(cell).toMatch(/^(-?\d+(,\d{1,2})?)?$/)
    }
  })

  it('leaves the comma-separated CSV as it was', async () => {
    const { bytes } = await download('csv')
    const text = new TextDecoder().decode(bytes)
    expect(bytes[0]).not.toBe(0xef)
    expect(text.split('\n')[0]!.trim()).toBe('section,direction,key,planned,actual,variance')
  })
})

// What the admin's budget view reads: the same summary as the report, with the viewer's access.
describe("the budget view's data", () => {
  const asUser = async (email: string) => {
    const { user } = await signIn(email, email)
    return createLocalReq({ user }, await payload())
  }

  it('counts only the lines its reader may read, and offers only the years they have', async () => {
    // A line being drafted for 2019 stays with the coordination (DESIGN, rule 4).
    await (
      await payload()
    ).create({
      collection: 'budget-lines',
      data: {
        year: 2019,
        direction: 'income',
        kind: 'cash',
        label: 'Subvention envisagée',
        category: 'subsidy',
        planned: 5000,
        status: 'draft',
      },
    })
    const coordination = await asUser('coordination@unadel.test')
    const member = await asUser('membre@irdsu.test')
    expect(await readYears(coordination, 'budget-lines')).toEqual([2019, 2014])
    expect(await readYears(member, 'budget-lines')).toEqual([2014])
    const draft = await readSummary(coordination, 'budget-lines', 2019)
    expect(draft.lines).toBe(1)
    expect(draft.balanced.all).toBe(false)
    expect((await readSummary(member, 'budget-lines', 2019)).lines).toBe(0)
  })
})

describe("the report's year", () => {
  // A year out of range, fractional or given twice was told « is required »: the caller could not
  // tell what to send. Each answer now says the range the collection accepts.
  it.each(['', '1899', '2014.5', '99999999999999999999', '0x7DE', '2.014e3', '2014&year=2015'])(
    '?year=%s answers 400 with the range',
    async (year) => {
      const response = await handleEndpoints({
        config,
        request: new Request(`http://localhost/api/budget-lines/summary?year=${year}`, {
          headers: { authorization: `JWT ${token}`, 'accept-language': 'en' },
        }),
      })
      expect(response.status).toBe(400)
      const { errors } = await response.json()
      expect(errors[0].data.errors).toEqual([
        {
          path: 'year',
          message: `a year from ${YEARS.min} to ${YEARS.max} is expected, e.g. ?year=2014`,
        },
      ])
    },
  )
})
