// Bookkeeping that changes on every save says nothing about what the user did.
const unremarkable = new Set(['id', 'createdAt', 'updatedAt'])

/** The fields a write changed, as the audit log names them: none of the bookkeeping. */
export const changedFields = (
  doc: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
) =>
  Object.keys({ ...previous, ...doc })
    .filter((key) => !unremarkable.has(key))
    .filter((key) =>
      previous
        ? JSON.stringify(doc[key] ?? null) !== JSON.stringify(previous[key] ?? null)
        : doc[key] !== null && doc[key] !== undefined,
    )
