import type { Access, Where } from 'payload'

// Not Payload's combineWhereConstraints: it wraps a lone condition in `and`/`or`, and the kept
// counts (src/db/pages.ts) recognise a pilot's list by the bare shape these give.

/** Every condition given, or the only one. */
export const allOf = (...wheres: Array<Where | undefined>): Where => {
  const parts = wheres.filter((w): w is Where => Boolean(w))
  return parts.length === 1 ? parts[0]! : { and: parts }
}

/** Any of the conditions given; none at all is a refusal. */
export const anyOf = (wheres: Array<Where | undefined>): Where | false => {
  const parts = wheres.filter((w): w is Where => Boolean(w))
  return parts.length === 0 ? false : parts.length === 1 ? parts[0]! : { or: parts }
}

/**
 * Allowed when either rule allows: `true` wins, conditions are joined with `or`. How a plugin adds
 * what it grants to a collection's own access without widening it.
 */
export const either =
  (own: Access | undefined, added: Access): Access =>
  async (args) => {
    const first = own ? await own(args) : false
    if (first === true) return true
    const second = await added(args)
    if (second === true) return true
    return anyOf([first, second].map((r) => (r && typeof r === 'object' ? r : undefined)))
  }
