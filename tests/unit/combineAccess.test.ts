import type { Access, PayloadRequest } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { allOf, anyOf, either } from '../../src/utilities/combineAccess'

const a = { a: { equals: 1 } }
const b = { b: { equals: 2 } }

describe('allOf', () => {
  it('gives the only condition as it is', () => {
    expect(allOf(a)).toBe(a)
    expect(allOf(undefined, a, undefined)).toBe(a)
  })

  it('joins several with and', () => {
    expect(allOf(a, undefined, b)).toEqual({ and: [a, b] })
  })

  it('is an empty and (no restriction) for none', () => {
    expect(allOf()).toEqual({ and: [] })
  })
})

describe('anyOf', () => {
  it('refuses when there is no condition', () => {
    expect(anyOf([])).toBe(false)
    expect(anyOf([undefined, undefined])).toBe(false)
  })

  it('gives the only condition as it is', () => {
    expect(anyOf([undefined, b])).toBe(b)
  })

  it('joins several with or', () => {
    expect(anyOf([a, b])).toEqual({ or: [a, b] })
  })
})

describe('either', () => {
  const args = { req: {} as PayloadRequest }
  const rule = (result: Awaited<ReturnType<Access>>): Access => vi.fn(() => result)

  it('allows when the collection’s own rule does, without asking the added one', async () => {
    const added = rule(a)
    expect(await either(rule(true), added)(args)).toBe(true)
    expect(added).not.toHaveBeenCalled()
  })

  it('allows when the added rule does', async () => {
    expect(await either(rule(false), rule(true))(args)).toBe(true)
    expect(await either(rule(a), rule(true))(args)).toBe(true)
    expect(await either(undefined, rule(true))(args)).toBe(true)
  })

  it('refuses when both refuse, or there is no own rule and the added one refuses', async () => {
    expect(await either(rule(false), rule(false))(args)).toBe(false)
    expect(await either(undefined, rule(false))(args)).toBe(false)
  })

  it('keeps a condition of one side as it is, never widening it', async () => {
    expect(await either(rule(a), rule(false))(args)).toBe(a)
    expect(await either(rule(false), rule(b))(args)).toBe(b)
    expect(await either(undefined, rule(b))(args)).toBe(b)
  })

  it('joins conditions of both sides with or', async () => {
    expect(await either(rule(a), rule(b))(args)).toEqual({ or: [a, b] })
  })

  it('waits for asynchronous rules and passes them the same arguments', async () => {
    const own = vi.fn(async () => a)
    const added = vi.fn(async () => b)
    expect(await either(own, added)(args)).toEqual({ or: [a, b] })
    expect(own).toHaveBeenCalledWith(args)
    expect(added).toHaveBeenCalledWith(args)
  })
})
