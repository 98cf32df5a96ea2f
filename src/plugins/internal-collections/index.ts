import {
  type Access,
  combineQueries,
  type CollectionSlug,
  type Endpoint,
  Forbidden,
  NotFound,
  type PayloadRequest,
  type Plugin,
  type SanitizedCollectionConfig,
  type TypedUser,
  type Where,
} from 'payload'

import { sameId } from '../../utilities/idOf'
import { byApiKey } from '../public-api/apiKeys'
import { adjustSanitizedCollections } from '../sanitized'

export type InternalCollectionsPluginOptions = {
  /**
   * The auth collections whose users are people, who hold locks and preferences.
   * @default `['users']`
   */
  people?: CollectionSlug[]
}

const LOCKS = 'payload-locked-documents'
const PREFERENCES = 'payload-preferences'

type Reference = { relationTo?: unknown; value?: unknown }
type Lock = { document?: Reference | null; user?: Reference | null }

/** Whether the caller may update the document: its collection's update access, for that id. */
export const mayUpdate = async (
  req: PayloadRequest,
  document: Reference | null | undefined,
): Promise<boolean> => {
  const collection = req.payload.collections[document?.relationTo as CollectionSlug]
  if (!collection || !document || document.value === undefined || document.value === null)
    return false
  const byId = { id: { equals: document.value } }
  const doc = await req.payload.db.findOne({ collection: collection.config.slug, where: byId, req })
  if (!doc) return false
  const allowed = await collection.config.access.update({
    id: document.value as number,
    data: doc,
    req,
  })
  if (typeof allowed === 'boolean') return allowed
  const { totalDocs } = await req.payload.db.count({
    collection: collection.config.slug,
    where: combineQueries(allowed, byId),
    req,
  })
  return totalDocs > 0
}

/**
 * The locks and preferences the admin keeps for each editor. Payload lets any signed-in caller,
 * an API key included, lock any document for anyone (others then get 423 on their own documents)
 * and write preferences. Here they belong to people only, each for oneself:
 * - a lock names its holder, who must be the caller, and a document the caller may update (the
 *   document's own update access, run for that id); taking a lock over (the admin's "take over")
 *   is an update to oneself under the same rule; only the holder releases it; people read locks,
 *   which is how the admin says who is editing;
 * - preferences are read and written only by their owner (Payload's own rule), never by an API key.
 */
export const internalCollectionsPlugin =
  ({ people = ['users'] as CollectionSlug[] }: InternalCollectionsPluginOptions = {}): Plugin =>
  (config) => {
    const personOf = (req: PayloadRequest): TypedUser | null =>
      req.user && people.includes(req.user.collection as CollectionSlug) && !byApiKey(req)
        ? req.user
        : null

    const isCaller = (req: PayloadRequest, holder: Reference | null | undefined) => {
      const person = personOf(req)
      return Boolean(
        person && holder?.relationTo === person.collection && sameId(holder.value, person.id),
      )
    }

    const createOwnLocks: Access = async ({ req, data }) => {
      const lock = (data ?? {}) as Lock
      return isCaller(req, lock.user) && (await mayUpdate(req, lock.document))
    }

    /** Judged on the lock that results: the holder is the caller, on a document the caller may update. */
    const updateOwnLocks: Access = async ({ req, id, data }) => {
      if (!personOf(req) || id === undefined) return false
      const current = (await req.payload.db.findOne({
        collection: LOCKS,
        where: { id: { equals: id } },
        req,
      })) as Lock | null
      if (!current) return false
      const lock = { ...current, ...(data as Lock | undefined) }
      return isCaller(req, lock.user) && (await mayUpdate(req, lock.document))
    }

    const ownedBy = (person: TypedUser): Where[] => [
      { 'user.relationTo': { equals: person.collection } },
      { 'user.value': { equals: person.id } },
    ]

    const deleteOwnLocks: Access = ({ req }) => {
      const person = personOf(req)
      return person ? { and: ownedBy(person) } : false
    }

    const signedInPeople: Access = ({ req }) => Boolean(personOf(req))

    const onlyPeople =
      (access: Access): Access =>
      (args) =>
        personOf(args.req) ? access(args) : false

    /**
     * The admin's preference routes (`/:key`) write through the database adapter, past access:
     * people only. Deleting a preference one does not have is a 404 (the adapter fails on it).
     */
    const forPeople = (endpoint: Endpoint): Endpoint =>
      endpoint.path !== '/:key' || endpoint.method === 'get'
        ? endpoint
        : {
            ...endpoint,
            handler: async (req) => {
              const person = personOf(req)
              if (!person) throw new Forbidden(req.t)
              if (endpoint.method === 'delete') {
                const where = {
                  and: [{ key: { equals: req.routeParams?.key } }, ...ownedBy(person)],
                }
                const { totalDocs } = await req.payload.db.count({
                  collection: PREFERENCES,
                  where,
                  req,
                })
                if (!totalDocs) throw new NotFound(req.t)
              }
              return endpoint.handler(req)
            },
          }

    const adjust = (collection: SanitizedCollectionConfig) => {
      if (collection.slug === LOCKS) {
        collection.access = {
          ...collection.access,
          read: signedInPeople,
          create: createOwnLocks,
          update: updateOwnLocks,
          delete: deleteOwnLocks,
        }
      }
      if (collection.slug === PREFERENCES) {
        const { read, update, delete: remove } = collection.access
        collection.access = {
          ...collection.access,
          create: signedInPeople,
          read: onlyPeople(read),
          update: onlyPeople(update),
          delete: onlyPeople(remove),
        }
        if (collection.endpoints) collection.endpoints = collection.endpoints.map(forPeople)
      }
    }

    return adjustSanitizedCollections(config, adjust)
  }
