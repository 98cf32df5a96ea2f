import type { CollectionConfig, Plugin } from 'payload'

import { withTranslations } from '../../utilities/translator'
import { imageSizes } from './sizes'
import { translations } from './translations'
import type { MediaWebPluginOptions, ResolvedMediaWebOptions } from './types'
import { nameRefusedFile, refuseUnreadableImages } from './uploads'
import { absoluteUrls, sourcesField } from './urls'
import { appendHooks } from '../../utilities/hooks'

export type { MediaWebPluginOptions } from './types'
export type { Source } from './urls'
export { regenerateImageSizes } from './regenerate'

const resolve = (options: MediaWebPluginOptions): ResolvedMediaWebOptions => ({
  collection: options.collection ?? 'media',
  serverUrl: options.serverUrl,
  widths: options.widths ?? { thumbnail: 400, card: 800, large: 1280 },
  webpQuality: options.webpQuality ?? 80,
  maxInputPixels: options.maxInputPixels ?? 40_000_000,
})

/**
 * Media ready for partner sites: images in three widths, each also in WebP (sharp, which
 * `buildConfig` must be given), absolute URLs and a `srcset`-ready `sources` list; a file that
 * claims to be an image and is not a readable one of a sane size is refused before anything is
 * written.
 */
export const mediaWebPlugin =
  (pluginOptions: MediaWebPluginOptions): Plugin =>
  (config) => {
    const options = resolve(pluginOptions)
    const target = config.collections?.find(({ slug }) => slug === options.collection)
    if (!target?.upload)
      throw new Error(`media-web plugin: no upload collection "${options.collection}"`)
    const bad = Object.entries(options.widths).find(([, w]) => !Number.isInteger(w) || w < 1)
    if (bad)
      throw new Error(`media-web plugin: width of "${bad[0]}" must be a whole number of pixels`)
    const collections = (config.collections ?? []).map((collection): CollectionConfig => {
      if (collection.slug !== options.collection) return collection
      const upload = typeof collection.upload === 'object' ? collection.upload : {}
      return {
        ...collection,
        upload: {
          ...upload,
          imageSizes: imageSizes(options),
          adminThumbnail: Object.keys(options.widths)[0],
        },
        fields: [...collection.fields, sourcesField],
        hooks: appendHooks(collection.hooks, {
          beforeOperation: [refuseUnreadableImages(options)],
          afterRead: [absoluteUrls(options)],
          afterError: [nameRefusedFile],
        }),
      }
    })
    return withTranslations({ ...config, collections }, translations)
  }
