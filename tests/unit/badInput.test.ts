import { describe, expect, it } from 'vitest'

import { badInput } from '../../src/plugins/errors/badInput'

// A driver error as pg gives it, wrapped as drizzle and Payload wrap it.
const wrapped = (driver: Record<string, unknown>) =>
  Object.assign(new Error('Payload'), {
    cause: Object.assign(new Error('drizzle'), { cause: driver }),
  })

describe('badInput', () => {
  it('is nothing for errors that are not about the input', () => {
    expect(badInput(new Error('boom'))).toBeUndefined()
    expect(badInput(wrapped({ code: '57014' }))).toBeUndefined()
    expect(badInput(wrapped({ code: '08006' }))).toBeUndefined()
    expect(badInput(null)).toBeUndefined()
    expect(badInput('text')).toBeUndefined()
  })

  it('answers 409 for a value already taken, naming the constraint', () => {
    expect(badInput(wrapped({ code: '23505', constraint: 'users_email_idx' }), 'en')).toEqual({
      status: 409,
      body: {
        errors: [
          {
            name: 'ValidationError',
            message: 'This value is already taken (users_email_idx)',
            data: { errors: [{ path: 'users_email_idx', message: 'This value is already taken' }] },
          },
        ],
      },
    })
  })

  it('answers 400 in French by default, the column before the constraint', () => {
    const answer = badInput(wrapped({ code: '22003', column: 'year', constraint: 'c' }))
    expect(answer?.status).toBe(400)
    expect(answer?.body.errors[0]?.message).toBe('Nombre hors des limites (year)')
  })

  it('names no path when PostgreSQL does not say which', () => {
    expect(badInput(wrapped({ code: '22P02' }), 'en')).toEqual({
      status: 400,
      body: {
        errors: [{ name: 'ValidationError', message: 'Value refused by the database' }],
      },
    })
  })

  it('explains each kind of refusal', () => {
    const message = (code: string) => badInput({ code }, 'en')?.body.errors[0]?.message
    expect(message('23503')).toBe('The related document does not exist')
    expect(message('23502')).toBe('This field is required')
    expect(message('22001')).toBe('Value too long')
    expect(message('54000')).toBe('Value too long')
    expect(message('54001')).toBe('Value too long')
    expect(message('22021')).toBe('Character not accepted (the NUL character \\u0000?)')
    expect(message('22P05')).toBe('Character not accepted (the NUL character \\u0000?)')
    expect(message('22007')).toBe('Invalid date')
    expect(message('22008')).toBe('Invalid date')
    expect(message('42883')).toBe('Operator that does not apply to this field')
    expect(message('54002')).toBeUndefined()
    expect(message('2350')).toBeUndefined()
  })

  it('looks no deeper than eight causes', () => {
    let error: Record<string, unknown> = { code: '23505' }
    for (let i = 0; i < 7; i++) error = { cause: error }
    expect(badInput(error)?.status).toBe(409)
    expect(badInput({ cause: error })).toBeUndefined()
  })
})
