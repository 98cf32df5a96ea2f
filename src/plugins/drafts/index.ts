import {
  combineQueries,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type Plugin,
  type Where,
} from 'payload'
import { mapCollections } from '../../utilities/fields'
import { appendHooks } from '../../utilities/hooks'

/** Per request: the published documents, by collection, that a save naming no status keeps published. */
const KEPT = 'keepPublished'
type Kept = Record<string, Set<string>>

/**
 * Payload builds a save from the latest version, a pending draft included, and so stores the
 * draft's `_status`: a plain PATCH of a published resource with a draft waiting would unpublish
 * it. A save that is not a draft and names no `_status` keeps a published document published
 * instead (it publishes the latest version with its changes); `_status: "draft"` unpublishes.
 * The caller's own data says whether a status was named, before Payload fills it in.
 */
const recordPublished: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const { data, draft, id, where } = args as {
    data?: Record<string, unknown>
    draft?: boolean
    id?: number | string
    where?: Where
  }
  if (operation !== 'update' || draft || !data || data._status !== undefined) return args
  const target: Where | undefined = id !== undefined ? { id: { equals: id } } : where
  if (!target) return args
  const { docs } = await req.payload.db.find({
    collection: collection.slug,
    where: combineQueries(target, { _status: { equals: 'published' } }),
    pagination: false,
    req,
  })
  const kept = ((req.context[KEPT] as Kept | undefined) ??= {})
  kept[collection.slug] = new Set([
    ...(kept[collection.slug] ?? []),
    ...docs.map((d) => String(d.id)),
  ])
  return args
}

const keepPublished: CollectionBeforeValidateHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const kept = (req.context[KEPT] as Kept | undefined)?.[collection.slug]
  if (operation !== 'update' || !data || !kept?.has(String(originalDoc?.id))) return data
  return { ...data, _status: 'published' }
}

/** Every collection with drafts, on every path that updates it (REST, GraphQL, Local API, admin, bulk). */
export const draftsPlugin = (): Plugin => (config) =>
  mapCollections(config, (collection) =>
    typeof collection.versions === 'object' && collection.versions.drafts
      ? {
          ...collection,
          hooks: appendHooks(collection.hooks, {
            beforeOperation: [recordPublished],
            beforeValidate: [keepPublished],
          }),
        }
      : collection,
  )
