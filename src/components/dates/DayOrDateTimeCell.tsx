'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { formatWhen } from './format'

/** A list cell: « 1 janvier 2015 » for an all-day entry, « 4 juillet 2013, 09:30 » (Paris) else. */
export const DayOrDateTimeCell = ({ cellData, rowData }: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  if (cellData === null || cellData === undefined || cellData === '') return null
  return (
    <span>
      {formatWhen(
        String(cellData),
        Boolean((rowData as { allDay?: boolean }).allDay),
        i18n.language,
      )}
    </span>
  )
}
