import type { CollectionConfig } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>

const joined = (had: Hooks | undefined, added: Hooks, first: boolean): Hooks => {
  const hooks = { ...had } as Record<string, unknown[]>
  for (const [name, list] of Object.entries(added) as Array<[keyof Hooks, unknown[]]>) {
    const before = (had?.[name] ?? []) as unknown[]
    hooks[name] = first ? [...list, ...before] : [...before, ...list]
  }
  return hooks as Hooks
}

/** A collection's hooks with these run after those it has: how a plugin adds its own. */
export const appendHooks = (had: Hooks | undefined, added: Hooks): Hooks =>
  joined(had, added, false)

/** A collection's hooks with these run before those it has (a check that must come first). */
export const prependHooks = (had: Hooks | undefined, added: Hooks): Hooks =>
  joined(had, added, true)
