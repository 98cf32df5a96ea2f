import { Banner } from '@payloadcms/ui'
import type { CollectionSlug, PayloadRequest } from 'payload'
import React from 'react'

import type { DelegationContext } from '../access'
import { whyReadOnly } from '../refusals'
import { t } from '../translations'

type Props = {
  id?: number | string
  data?: Record<string, unknown>
  req: PayloadRequest
  delegation: DelegationContext
}

/**
 * At the top of a document the person may read but not edit: why (the function it belongs to,
 * which its organisation does not pilot, and who does; or the value that locks it), where the
 * greyed-out form alone says nothing.
 */
export const ReadOnlyBanner = async ({ id, data, req, delegation }: Props) => {
  if (id === undefined || !data) return null
  const collection = req.payload.collections[delegation.slug as CollectionSlug]?.config
  if (!collection) return null
  const reason = await whyReadOnly(
    req,
    delegation,
    collection,
    data,
    t(req, 'delegation:thisDocument'),
  )
  if (!reason) return null
  return (
    <div className="delegation-read-only" role="note">
      <Banner type="info">
        <strong>{t(req, 'delegation:readOnly')}</strong> — {reason}
      </Banner>
    </div>
  )
}
