'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'

import { formatEuros } from '../format'

/**
 * Under an amount being typed (the input takes a plain number): the amount as it reads,
 * « 35 000 € », so that a zero too many shows.
 */
export const AmountPreview = ({ path }: { path: string }) => {
  const value = useFormFields(([fields]) => fields[path]?.value)
  const { i18n } = useTranslation()
  if (typeof value !== 'number' || !Number.isFinite(value)) return null
  return (
    <div className="field-description budget-amount" style={{ marginTop: 'calc(var(--base) / 4)' }}>
      {formatEuros(value, i18n.language)}
    </div>
  )
}
