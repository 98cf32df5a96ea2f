/** A document's id as a route, a hook or a relationship gives it. */
export type Id = number | string

/** The id of a relationship value, whether populated or not. */
export const idOf = (value: unknown): Id | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return value as Id
}

/** Whether two relationship values point to the same document. */
export const sameId = (a: unknown, b: unknown): boolean => {
  const left = idOf(a)
  const right = idOf(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}
