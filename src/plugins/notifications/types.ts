import type { CollectionSlug, PayloadRequest } from 'payload'

export type NotificationsPluginOptions = {
  /** The server's public origin: the links in messages. */
  serverUrl: string
  /** The coordination (admins, coordinators): it hears of proposals, and proposing is not its own. */
  isCoordinator: (args: { req: PayloadRequest }) => boolean
  /**
   * The roles whose users are the coordination, told when a pilot proposes a budget line.
   * @default ['admin', 'coordinator']
   */
  coordinationRoles?: string[]
  /** Budget lines: a pilot setting `field` to `value` (on create or update) tells the coordination. */
  proposals: { collection: CollectionSlug; field: string; value: string }
  /** Collections with drafts whose publication by someone else the function's pilots hear of. */
  publications: CollectionSlug[]
  /** @default 'users' */
  users?: CollectionSlug
  /** The collection whose `pilots` rows are the delegations. @default 'functions' */
  functions?: CollectionSlug
  /** @default 'members' */
  organisations?: CollectionSlug
  /** The relationship from a document to its function. @default 'function' */
  functionField?: string
  /** Days are counted in this time zone. @default 'Europe/Paris' */
  timeZone?: string
  /**
   * When the daily check of delegations runs (cron, server time); it also runs after every
   * change to a function. @default '0 6 * * *'
   */
  delegationsCron?: string
  /**
   * The notice before a delegation ends, and how late a start or an end is still announced
   * (a missed check), in days. @default 7
   */
  noticeDays?: number
}

/** The person who wrote, as the messages name them. */
export type Person = {
  id: number | string
  name?: string | null
  email?: string | null
  organisation?: unknown
}

export type ResolvedOptions = Required<NotificationsPluginOptions>

export const resolveOptions = (options: NotificationsPluginOptions): ResolvedOptions => ({
  coordinationRoles: ['admin', 'coordinator'],
  users: 'users' as CollectionSlug,
  functions: 'functions' as CollectionSlug,
  organisations: 'members' as CollectionSlug,
  functionField: 'function',
  timeZone: 'Europe/Paris',
  delegationsCron: '0 6 * * *',
  noticeDays: 7,
  ...options,
})
