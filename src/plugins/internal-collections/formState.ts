import type { ServerFunction } from 'payload'

import { mayUpdate } from '.'

type LockArgs = { collectionSlug?: string; id?: number | string; returnLockStatus?: boolean }

/**
 * The admin's `form-state` server function takes a document's lock for the caller through the
 * database adapter, past access, for whatever collection and id it is sent. Wrapped, it takes one
 * only for a caller who may update the document; others get the form state without a lock.
 */
export const lockOnlyWhatOneMayUpdate =
  <A extends LockArgs, R>(
    formState: ServerFunction<A, Promise<R>>,
  ): ServerFunction<A, Promise<R>> =>
  async (args) => {
    const { collectionSlug, id, returnLockStatus } = args
    const locks = Boolean(returnLockStatus && id !== undefined && collectionSlug !== undefined)
    const allowed = locks && (await mayUpdate(args.req, { relationTo: collectionSlug, value: id }))
    return formState(locks && !allowed ? { ...args, returnLockStatus: false } : args)
  }
