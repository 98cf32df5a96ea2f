'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { formatEuros } from '../format'

/** A list cell: « 35 000 € », not 35000. */
export const AmountCell = ({ cellData }: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  if (typeof cellData !== 'number') return null
  return <span style={{ whiteSpace: 'nowrap' }}>{formatEuros(cellData, i18n.language)}</span>
}
