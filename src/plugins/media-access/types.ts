import type { CollectionSlug, PayloadRequest, TypedUser } from 'payload'

export type MediaAccessPluginOptions = {
  /**
   * The upload collection whose files follow the documents that use them.
   * @default `media`
   */
  collection?: CollectionSlug
  /** Who runs the network: reads and changes every file, marks files public. */
  isCoordinator: (args: { req: PayloadRequest }) => boolean
  /**
   * The functions whose documents of `collection` the user's organisation pilots today (it reads
   * their drafts and writes them); none for a collection no delegation covers.
   */
  pilotedFunctions: (req: PayloadRequest, collection: string) => Promise<Array<number | string>>
  /**
   * The auth collection of people (not API clients).
   * @default `users`
   */
  users?: CollectionSlug
  /**
   * The collection of member organisations.
   * @default `members`
   */
  organisations?: CollectionSlug
  /** The member organisation a user belongs to. Default: `user.organisation`. */
  organisationOf?: (user: TypedUser) => unknown
  /**
   * The relationship field that ties a document to a function.
   * @default `function`
   */
  functionField?: string
}

export type ResolvedMediaOptions = Required<MediaAccessPluginOptions>
