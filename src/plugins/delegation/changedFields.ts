// Bookkeeping that changes on every save says nothing about what the user did.
const unremarkable = new Set(['id', 'createdAt', 'updatedAt'])

/**
 * A related document counts by its id: a write's result is read populated, the document it
 * replaced is not, and the same function must not read as changed.
 */
const comparable = (value: unknown) =>
  JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && 'id' in v && 'createdAt' in v
      ? (v as { id: unknown }).id
      : v,
  )

/** The fields a write changed, as the audit log names them: none of the bookkeeping. */
export const changedFields = (
  doc: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
) =>
  Object.keys({ ...previous, ...doc })
    .filter((key) => !unremarkable.has(key))
    .filter((key) =>
      previous
        ? comparable(doc[key]) !== comparable(previous[key])
        : doc[key] !== null && doc[key] !== undefined,
    )
