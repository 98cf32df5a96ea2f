import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Payload, PayloadRequest, TypeWithID } from 'payload'

type Stored = TypeWithID & { filename?: string | null; mimeType?: string | null }

/** A stored file's bytes: from the storage adapter's handler (S3) when it has one, else disk. */
const bytesOf = async (req: PayloadRequest, collection: CollectionSlug, doc: Stored) => {
  const upload = req.payload.collections[collection].config.upload
  const filename = doc.filename!
  for (const handler of upload.handlers ?? []) {
    const response = await handler(req, { doc, params: { collection, filename } })
    if (response?.ok) return Buffer.from(await response.arrayBuffer())
  }
  return readFile(path.resolve(upload.staticDir!, filename))
}

/**
 * The sizes of images uploaded before they were configured (or when they change): each image
 * without its first size is uploaded again in place, which makes every size. An image
 * narrower than that size is made again to no effect, and one whose file is gone is reported.
 */
export const regenerateImageSizes = async (
  payload: Payload,
  req: PayloadRequest,
  collection: CollectionSlug = 'media',
) => {
  const first = payload.collections[collection].config.upload.imageSizes?.[0]?.name
  if (!first) return
  const { docs } = await payload.find({
    collection,
    where: {
      mimeType: { like: 'image/' },
      [`sizes.${first}.filename`]: { exists: false },
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const doc of docs as Stored[]) {
    const data = await bytesOf(req, collection, doc).catch(() => undefined)
    if (!data) {
      payload.logger.warn(`${collection} ${doc.id}: ${doc.filename} not found, no sizes made`)
      continue
    }
    await payload.update({
      collection,
      id: doc.id,
      data: {},
      file: { data, mimetype: doc.mimeType!, name: doc.filename!, size: data.length },
      overwriteExistingFiles: true,
      overrideAccess: true,
      req,
    })
  }
}
