import { expect } from 'vitest'

/** Checks that `predicate` holds for each value of `yes` and for none of `no`, naming the value that fails. */
export const expectPredicate = <T>(predicate: (value: T) => boolean, yes: T[], no: T[]) => {
  for (const value of yes) expect(predicate(value), String(value)).toBe(true)
  for (const value of no) expect(predicate(value), String(value)).toBe(false)
}
