import { describe, expect, it } from 'vitest'

import { DatabaseBusyError } from '../../src/db/gate'
import {
  databaseUnavailable,
  isDatabaseUnavailable,
  unavailableAnswer,
} from '../../src/plugins/errors/unavailable'

const wrapped = (cause: unknown) => Object.assign(new Error('Payload'), { cause })

/** The SQLSTATEs of a server going away or refusing work. */
const unavailableCodes = [
  '08006',
  '08001',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '57014',
  '25P03',
  '55P03',
  '40P01',
]

describe('isDatabaseUnavailable', () => {
  it.each(unavailableCodes)(
    'knows the SQLSTATE %s of a server going away or refusing work',
    (code) => expect(isDatabaseUnavailable(wrapped({ code }))).toBe(true),
  )

  it('does not take bad input or other faults for unavailability', () => {
    for (const code of ['23505', '22P02', '57P04', '42P01', '0800', '080000'])
      expect(isDatabaseUnavailable(wrapped({ code }))).toBe(false)
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false)
    expect(isDatabaseUnavailable(null)).toBe(false)
  })

  it('knows network failures and the gate’s busy error', () => {
    expect(isDatabaseUnavailable(wrapped({ code: 'ECONNREFUSED' }))).toBe(true)
    expect(isDatabaseUnavailable(new DatabaseBusyError('busy'))).toBe(true)
  })

  it('knows the messages pg and pg-pool give without a code', () => {
    for (const message of [
      'timeout exceeded when trying to connect',
      'Connection terminated unexpectedly',
      'FATAL: the database system is starting up',
      'Cannot use a pool after calling end on the pool',
    ])
      expect(isDatabaseUnavailable(wrapped(new Error(message)))).toBe(true)
  })
})

describe('databaseUnavailable', () => {
  it('answers 503 with Retry-After in the caller’s language', () => {
    expect(databaseUnavailable(wrapped({ code: '57P01' }), 'en', 7)).toEqual({
      status: 503,
      headers: { 'Retry-After': '7' },
      body: {
        errors: [
          {
            name: 'ServiceUnavailable',
            message: 'The database is temporarily unavailable or busy: retry in a few seconds.',
          },
        ],
      },
    })
    expect(databaseUnavailable(new Error('boom'), 'en', 7)).toBeUndefined()
  })

  it('says it in French by default, retrying after 5 s', () => {
    const answer = unavailableAnswer(undefined)
    expect(answer.headers).toEqual({ 'Retry-After': '5' })
    expect(answer.body.errors[0]!.message).toMatch(/^La base de données est momentanément/)
  })
})
