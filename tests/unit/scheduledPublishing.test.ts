import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { scheduledPublishingPlugin } from '../../src/plugins/scheduled-publishing'

const collections: CollectionConfig[] = [
  { slug: 'resources', fields: [], versions: { drafts: true } },
  { slug: 'axes', fields: [] },
]
const config = { collections } as Config

describe('scheduled publishing: options checked at start', () => {
  it('a collection that does not exist', () => {
    expect(() => scheduledPublishingPlugin({ collections: ['reports' as never] })(config)).toThrow(
      'scheduled publishing plugin: no collection "reports"',
    )
  })

  it('a collection without drafts', () => {
    expect(() => scheduledPublishingPlugin({ collections: ['axes'] })(config)).toThrow(
      '"axes" has no drafts',
    )
  })

  it('turns on Payload’s scheduled publish with a 24-hour picker, on the collections named only', () => {
    const built = scheduledPublishingPlugin({ collections: ['resources'] })(config) as Config
    expect(built.collections![0]!.versions).toEqual({
      drafts: { schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 15 } },
    })
    expect(built.collections![1]).toBe(config.collections![1])
  })
})
