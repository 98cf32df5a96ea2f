import { NotFound, type UploadConfig } from 'payload'

import type { MediaContext } from './access'

type Handler = NonNullable<UploadConfig['handlers']>[number]

/**
 * A file is served only when a media document names it (as its file or one of its sizes). Payload checks access against the
 * documents, and serves what is on disk: to the coordination (read access `true`) it gave any
 * file of the folder, even one no document names, and a 500 for one missing.
 */
const onlyFilesOfDocuments =
  (ctx: MediaContext): Handler =>
  async (req, { params: { filename } }) => {
    // An image's sizes are files of its document too (and as private as it: Payload checks
    // read access on the document that names the size).
    const sizes = req.payload.collections[ctx.options.collection].config.upload.imageSizes ?? []
    const { totalDocs } = await req.payload.db.count({
      collection: ctx.options.collection,
      where: {
        or: [
          { filename: { equals: filename } },
          ...sizes.map(({ name }) => ({ [`sizes.${name}.filename`]: { equals: filename } })),
        ],
      },
      req,
    })
    if (!totalDocs) throw new NotFound(req.t)
  }

/** A download is what its type says: browsers must not guess another (an HTML page in a "PDF"). */
const noSniff: UploadConfig['modifyResponseHeaders'] = ({ headers }) => {
  headers.set('X-Content-Type-Options', 'nosniff')
  return headers
}

export const servedFiles = (
  ctx: MediaContext,
  upload: UploadConfig | boolean | undefined,
): UploadConfig => {
  const own = typeof upload === 'object' ? upload : {}
  return {
    ...own,
    handlers: [onlyFilesOfDocuments(ctx), ...(own.handlers ?? [])],
    modifyResponseHeaders: (args) =>
      noSniff({ headers: own.modifyResponseHeaders?.(args) || args.headers }),
  }
}
