import type { CollectionSlug } from 'payload'

export type MediaWebPluginOptions = {
  /**
   * The upload collection whose images get sizes and absolute URLs.
   * @default 'media'
   */
  collection?: CollectionSlug
  /** The server's public origin (`SERVER_URL`): relative file URLs are made absolute on it. */
  serverUrl: string
  /**
   * The sizes made of each image, by name and width in pixels (height follows the image), each
   * in the image's own format and in WebP (`<name>Webp`). The first is the admin's thumbnail.
   * @default { thumbnail: 400, card: 800, large: 1280 }
   */
  widths?: Record<string, number>
  /**
   * WebP quality (1–100).
   * @default 80
   */
  webpQuality?: number
  /**
   * The largest image accepted, in pixels (width × height): a decompression bomb is refused
   * before it is decoded.
   * @default 40_000_000
   */
  maxInputPixels?: number
}

export type ResolvedMediaWebOptions = Required<MediaWebPluginOptions>
