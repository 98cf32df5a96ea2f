import type { ImageSize } from 'payload'

import type { ResolvedMediaWebOptions } from './types'

/** `photo-card-800x500.webp`: the size's name keeps a WebP original's two variants apart. */
const named =
  (suffix: string): ImageSize['generateImageName'] =>
  ({ originalName, sizeName, width, height, extension }) =>
    `${originalName}-${sizeName.replace(/Webp$/, '')}${suffix}-${width}x${height}.${extension}`

/**
 * Each width in the image's format and in WebP. Height follows the image, so that every size
 * fits one `srcset`; an image narrower than a size has none of it (Payload leaves it null
 * when `withoutEnlargement` is unset): nothing is enlarged.
 */
export const imageSizes = ({ widths, webpQuality }: ResolvedMediaWebOptions): ImageSize[] =>
  Object.entries(widths).flatMap(([name, width]) => [
    { name, width, generateImageName: named('') },
    {
      name: `${name}Webp`,
      width,
      formatOptions: { format: 'webp', options: { quality: webpQuality } },
      generateImageName: named('-webp'),
    },
  ])
