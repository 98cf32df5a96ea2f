import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionSlug, Plugin } from 'payload'
import { z } from 'zod'

const s3Env = z.object({
  S3_BUCKET: z.string().min(1),
  S3_REGION: z.string().default('us-east-1'),
  S3_ENDPOINT: z.url().optional(),
  S3_ACCESS_KEY_ID: z.string().min(1),
  S3_SECRET_ACCESS_KEY: z.string().min(1),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false'),
})

export type MediaStoragePluginOptions = {
  /** Upload collections to store in S3 when it is configured. */
  collections: CollectionSlug[]
  /**
   *
   * @default process.env
   */
  env?: Record<string, string | undefined>
}

/**
 * Media stay on disk (`media/`) unless `S3_BUCKET` is set; then they go to that S3-compatible
 * bucket, so that several app processes can serve the same files.
 */
export const mediaStoragePlugin =
  ({ collections, env = process.env }: MediaStoragePluginOptions): Plugin =>
  (config) => {
    if (!env.S3_BUCKET) return config
    const parsed = s3Env.safeParse(env)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      throw new Error(`S3_BUCKET is set but ${issue.path.join('.')} is invalid: ${issue.message}`)
    }
    const s3 = parsed.data
    return s3Storage({
      bucket: s3.S3_BUCKET,
      collections: Object.fromEntries(collections.map((slug) => [slug, true])),
      config: {
        region: s3.S3_REGION,
        endpoint: s3.S3_ENDPOINT,
        forcePathStyle: s3.S3_FORCE_PATH_STYLE === 'true',
        credentials: { accessKeyId: s3.S3_ACCESS_KEY_ID, secretAccessKey: s3.S3_SECRET_ACCESS_KEY },
      },
    })(config)
  }
