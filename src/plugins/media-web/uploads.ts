import { readFile } from 'node:fs/promises'

import {
  ValidationError,
  type CollectionAfterErrorHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import sharp, { type Metadata } from 'sharp'

import { t } from './translations'
import type { ResolvedMediaWebOptions } from './types'

/** Raster images sharp decodes; SVG is XML, which Payload inspects for scripts itself. */
const RASTER = /^image\/(?!svg)/
const RASTER_NAME = /\.(avif|bmp|gif|heic|heif|jpe?g|png|tiff?|webp)$/i

type UploadedFile = NonNullable<PayloadRequest['file']>

const bytesOf = async (file: UploadedFile) =>
  file.data?.length || !file.tempFilePath ? file.data : readFile(file.tempFilePath)

const refuse = (req: PayloadRequest, message: string) =>
  new ValidationError({ errors: [{ path: 'file', message }] }, req.t)

/**
 * A file that says it is an image (by its type or its name) is decoded in full before anything
 * is written: one that is not an image, is cut short, or would decode into more pixels than
 * allowed answers 400 naming it, where sharp's failure inside Payload's upload gave a nameless
 * error after the checks, and a bomb cost the memory it was made to take.
 */
export const refuseUnreadableImages =
  (options: ResolvedMediaWebOptions): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    const file = req.file
    if (!file || (operation !== 'create' && operation !== 'update')) return args
    if (!RASTER.test(file.mimetype) && !RASTER_NAME.test(file.name)) return args
    const image = sharp(await bytesOf(file), { limitInputPixels: options.maxInputPixels })
    let metadata: Metadata
    try {
      metadata = await image.metadata()
    } catch (error) {
      throw refuse(req, t(req, 'mediaWeb:notAnImage', { file: file.name, reason: String(error) }))
    }
    const { width = 0, height = 0 } = metadata
    if (width * height > options.maxInputPixels)
      throw refuse(
        req,
        t(req, 'mediaWeb:tooManyPixels', {
          file: file.name,
          width,
          height,
          max: Math.floor(options.maxInputPixels / 1e6),
        }),
      )
    // The whole image, decoded: a header alone (a truncated file) reads as fine above.
    await image.stats().catch((error: unknown) => {
      throw refuse(req, t(req, 'mediaWeb:notAnImage', { file: file.name, reason: String(error) }))
    })
    return args
  }

type ErrorBody = {
  errors?: Array<{ message?: string; data?: { errors?: Array<{ message?: string }> } }>
}

/**
 * Payload's own refusals of a file (an SVG with a script, an image sharp could not resize) do
 * not say which file: the REST answer names it, as ours do. Uploads come through REST only
 * (GraphQL takes no files; a Local API caller holds the file it sent).
 */
export const nameRefusedFile: CollectionAfterErrorHook = ({ error, req, result }) => {
  const name = req.file?.name
  const status = (error as { status?: number }).status ?? 500
  if (!name || status >= 500) return
  const named = (message?: string) =>
    message && !message.includes(name) ? `“${name}”: ${message}` : message
  const body = result as ErrorBody
  return {
    response: {
      ...body,
      errors: body.errors?.map((e) => ({
        ...e,
        message: named(e.message),
        ...(e.data?.errors && {
          data: {
            ...e.data,
            errors: e.data.errors.map((d) => ({ ...d, message: named(d.message) })),
          },
        }),
      })),
    },
  } as ReturnType<CollectionAfterErrorHook>
}
