import type { CollectionAfterReadHook, Field } from 'payload'

import type { ResolvedMediaWebOptions } from './types'

/** One file of a medium a browser may pick: the original or one of its sizes. */
export type Source = { url: string; width: number; height: number; mimeType: string }

type FileFields = {
  url?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
}
type MediumRead = FileFields & {
  thumbnailURL?: string | null
  sizes?: Record<string, FileFields | undefined>
  sources?: Source[] | null
}

const isSource = (file: FileFields | undefined): file is Source =>
  Boolean(file?.url && file.width && file.height && file.mimeType)

/**
 * Every file of an image, widest last: what `<img srcset>` and `<picture><source type>` take
 * (a partner filters on `mimeType`). Empty for a file that is not an image.
 */
export const sourcesField: Field = {
  name: 'sources',
  type: 'json',
  virtual: true,
  admin: { hidden: true, readOnly: true },
  typescriptSchema: [
    () => ({
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['url', 'width', 'height', 'mimeType'],
        properties: {
          url: { type: 'string' },
          width: { type: 'number' },
          height: { type: 'number' },
          mimeType: { type: 'string' },
        },
      },
    }),
  ],
  // Filled by the collection's afterRead, once the URLs it lists are absolute.
  hooks: { beforeChange: [() => undefined] },
}

/**
 * Partner sites show files from another origin: `url`, `thumbnailURL` and each size's URL are
 * made absolute on the server's origin (files go through Payload, S3 or not, so that the
 * media-access rules decide who downloads them), and `sources` lists them with their widths
 * (with the URL, which a `select` may leave out).
 */
export const absoluteUrls =
  ({ serverUrl }: ResolvedMediaWebOptions): CollectionAfterReadHook =>
  ({ doc }) => {
    const medium = doc as MediumRead
    const absolute = (url: string | null | undefined) =>
      url?.startsWith('/') ? new URL(url, serverUrl).href : url
    const file = (fields: FileFields | undefined) =>
      fields && 'url' in fields ? { ...fields, url: absolute(fields.url) } : fields
    const sizes =
      medium.sizes &&
      Object.fromEntries(Object.entries(medium.sizes).map(([name, size]) => [name, file(size)]))
    const original = file(medium)!
    const sources = [original, ...Object.values(sizes ?? {})]
      .filter(isSource)
      .map(({ url, width, height, mimeType }) => ({ url, width, height, mimeType }))
      .sort((a, b) => a.width - b.width || a.mimeType.localeCompare(b.mimeType))
    return {
      ...original,
      // An image narrower than the thumbnail is its own thumbnail.
      ...('thumbnailURL' in medium && {
        thumbnailURL: absolute(medium.thumbnailURL) ?? sources[0]?.url ?? null,
      }),
      ...(sizes && { sizes }),
      ...('url' in medium && { sources }),
    }
  }
