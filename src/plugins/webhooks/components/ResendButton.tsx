'use client'

import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { WebhooksKey } from '../translations'

/** « Renvoyer » on a delivery of the log: queues it again, then shows the log row as it is now. */
export const ResendButton = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { t } = useTranslation<object, WebhooksKey>()
  const router = useRouter()
  const [sending, setSending] = useState(false)
  if (id === undefined) return null

  const resend = async () => {
    setSending(true)
    try {
      const response = await fetch(
        `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/resend`,
        { method: 'POST', credentials: 'include' },
      )
      if (response.ok) {
        toast.success(t('webhooks:resent'))
        router.refresh()
      } else toast.error(t('webhooks:resendFailed', { status: response.status }))
    } finally {
      setSending(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" disabled={sending} onClick={resend} size="medium">
        {t('webhooks:resend')}
      </Button>
      <div className="field-description">{t('webhooks:resendHelp')}</div>
    </div>
  )
}
