import {
  flattenAllFields,
  type CollectionConfig,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
  type Plugin,
} from 'payload'

import { either } from '../../utilities/combineAccess'
import { changeFollowingDocuments, readFollowingDocuments, type MediaContext } from './access'
import { servedFiles } from './files'
import { mediaFields } from './fields'
import {
  beforeDocumentChange,
  followChange,
  followDelete,
  recordUploader,
  refuseDeletingUsedMedia,
} from './hooks'
import { canReferenceMedia } from './references'
import { withTranslations } from '../../utilities/translator'
import { translations } from './translations'
import { followDocument } from './usage'
import type { MediaAccessPluginOptions, ResolvedMediaOptions } from './types'
import { appendHooks } from '../../utilities/hooks'

export type { MediaAccessPluginOptions } from './types'

type WithFollowAll = { mediaFollowAll?: (req: PayloadRequest) => Promise<void> }

/** Every document that can hold media, followed again: the usage of media made before the plugin. */
const followAll = async (req: PayloadRequest, ctx: MediaContext) => {
  for (const slug of ctx.referencing) {
    const collection = req.payload.collections[slug as CollectionSlug]!.config
    const { docs } = await req.payload.db.find({
      collection: slug as CollectionSlug,
      pagination: false,
      select: { id: true },
      req,
    })
    for (const doc of docs) await followDocument(req, collection, doc.id, ctx)
  }
}

/** For the migration that brings the plugin to an existing database. */
export const followAllDocuments = async (payload: Payload, req: PayloadRequest) => {
  const run = (payload.config.custom as WithFollowAll | undefined)?.mediaFollowAll
  if (run) await run(req)
}

const resolve = (options: MediaAccessPluginOptions): ResolvedMediaOptions => ({
  collection: options.collection ?? 'media',
  isCoordinator: options.isCoordinator,
  pilotedFunctions: options.pilotedFunctions,
  users: options.users ?? 'users',
  organisations: options.organisations ?? 'members',
  organisationOf:
    options.organisationOf ?? ((user) => (user as { organisation?: unknown }).organisation),
  functionField: options.functionField ?? 'function',
})

/**
 * Media follow the documents that use them (DESIGN, rule 8): a file is public when a published
 * document uses it or the coordination marks it public; otherwise it is read by those who read a
 * document using it (the coordination, the pilots of its function) and by the organisation that
 * uploaded it, and changed by the coordination, that organisation, or those pilots.
 *
 * Access stays a `Where` (lists, counts, downloads and GraphQL obey it alike): each medium keeps
 * what uses it (`usage`, `usedByPublished`, `usedInFunctions`), which hooks on every collection
 * that can hold media bring up to date in the write's own transaction.
 */
export const mediaAccessPlugin =
  (pluginOptions: MediaAccessPluginOptions): Plugin =>
  (config) => {
    const options = resolve(pluginOptions)
    const referencing = (config.collections ?? [])
      .filter(
        (collection) =>
          collection.slug !== options.collection &&
          canReferenceMedia(flattenAllFields({ fields: collection.fields }), {
            media: options.collection,
            blocks: config.blocks ?? [],
          }),
      )
      .map((collection) => collection.slug)
    const ctx: MediaContext = { options, referencing }

    const collections = (config.collections ?? []).map((collection): CollectionConfig => {
      if (collection.slug === options.collection) {
        const own = collection.access ?? {}
        return {
          ...collection,
          access: {
            ...own,
            read: either(own.read, readFollowingDocuments(ctx)),
            update: either(own.update, changeFollowingDocuments(ctx)),
            delete: either(own.delete, changeFollowingDocuments(ctx)),
          },
          fields: [...collection.fields, ...mediaFields(ctx)],
          upload: servedFiles(ctx, collection.upload),
          hooks: appendHooks(collection.hooks, {
            beforeChange: [recordUploader(ctx)],
            beforeDelete: [refuseDeletingUsedMedia(ctx)],
          }),
        }
      }
      if (!referencing.includes(collection.slug)) return collection
      return {
        ...collection,
        hooks: appendHooks(collection.hooks, {
          beforeChange: [beforeDocumentChange(ctx)],
          afterChange: [followChange(ctx)],
          afterDelete: [followDelete(ctx)],
        }),
      }
    })
    return withTranslations(
      {
        ...config,
        collections,
        custom: {
          ...config.custom,
          mediaFollowAll: (req: PayloadRequest) => followAll(req, ctx),
        } satisfies WithFollowAll,
      },
      translations,
    )
  }
