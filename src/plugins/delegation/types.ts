import type { CollectionSlug, LabelFunction, PayloadRequest, StaticLabel, TypedUser } from 'payload'

/**
 * What a delegable collection adds to the rules. Its own access stays the baseline (the
 * coordination, and what every reader sees); the pilots of a function get its documents on top.
 */
export type DelegatedCollectionOptions = {
  /**
   * A value of a field that only the coordination may set, and that locks the document for
   * pilots once set (a validated budget line).
   */
  lock?: {
    field: string
    value: string
    /**
     * What a pilot is told when it tries to set the value, in the reader's language (« Seule la
     * coordination valide une ligne budgétaire »). Default: a sentence naming the field's and
     * the value's labels.
     */
    message?: LabelFunction | StaticLabel
  }
  /**
   * A pilot's admin list shows only the documents of the functions it pilots (the others stay
   * readable through the API and by their links).
   * @default false
   */
  pilotsListOwnFunctions?: boolean
}

export type DelegationPluginOptions = {
  /** The delegable collections, each with its own rules. */
  collections: Partial<Record<CollectionSlug, DelegatedCollectionOptions | true>>
  /** Who runs the network and so needs no delegation (admins, coordinators). */
  isCoordinator: (args: { req: PayloadRequest }) => boolean
  /**
   * The auth collection of the people who may pilot (not API clients).
   * @default `users`
   */
  users?: CollectionSlug
  /**
   * The collection holding the functions; the plugin adds their `pilots` rows to it.
   * @default 'functions'
   */
  functions?: CollectionSlug
  /**
   * The member organisations a function is delegated to.
   * @default 'members'
   */
  organisations?: CollectionSlug
  /**
   * The relationship field that ties a document to a function.
   * @default `function`
   */
  functionField?: string
  /** The member organisation a user belongs to. Default: `user.organisation`. */
  organisationOf?: (user: TypedUser) => unknown
  /**
   * Delegations run by calendar day in this time zone.
   * @default `Europe/Paris`
   */
  timeZone?: string
  /** The append-only audit trail. Default slug `audit-log`. */
  auditLog?: { slug?: CollectionSlug }
  /**
   * Turn the plugin off (everything stays coordinator-only).
   * @default true
   */
  enabled?: boolean
}

export type ResolvedOptions = {
  collections: Record<string, DelegatedCollectionOptions>
  isCoordinator: DelegationPluginOptions['isCoordinator']
  users: CollectionSlug
  functions: CollectionSlug
  organisations: CollectionSlug
  functionField: string
  organisationOf: (user: TypedUser) => unknown
  timeZone: string
  auditLog: CollectionSlug
}
