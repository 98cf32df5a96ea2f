import { describe, expect, it } from 'vitest'

import { inThisRequest, noteDatabaseError, withRequestState } from '../../src/db/requestContext'

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
  code: 'ECONNREFUSED',
})

describe('inThisRequest', () => {
  it('notes a failure called back from another request for the request that made the call', async () => {
    let callback: (() => void) | undefined
    let release: () => void = () => undefined
    const released = new Promise<void>((resolve) => (release = resolve))
    const caller = withRequestState(async () => {
      callback = inThisRequest(() => noteDatabaseError(refused))
      await released
    })
    // pg-pool calls back a queued request from whichever request released or failed the connection.
    const other = await withRequestState(async () => {
      callback!()
      release()
    })
    expect((await caller).databaseFailed).toBe(true)
    expect(other.databaseFailed).toBe(false)
  })

  it('leaves a callback made outside any request as it is', () => {
    const callback = () => undefined
    expect(inThisRequest(callback)).toBe(callback)
  })
})
