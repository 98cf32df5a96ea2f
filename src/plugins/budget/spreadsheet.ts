import type { FlattenedField, PayloadRequest } from 'payload'

import { translate } from '../../utilities/translator'
import { optionLabel as labelOf } from './labels'
import type { summaryRows } from './summary'
import { translations } from './translations'

type Row = ReturnType<typeof summaryRows>[number]

/** A number as French spreadsheets read it: a decimal comma, no grouping (35000,5). */
const french = (value: number | null) =>
  value === null
    ? ''
    : value.toLocaleString('fr-FR', { useGrouping: false, maximumFractionDigits: 2 })

/**
 * The report's rows as a French spreadsheet opens them: French headers and labels (the select
 * options' own labels for directions, kinds and categories), decimal commas.
 */
export const frenchRows = (req: PayloadRequest, fields: FlattenedField[], rows: Row[]) => {
  const t = translate(translations, 'fr')
  const optionLabel = labelOf(fields, { ...req.i18n, language: 'fr' })
  const keyOf = (row: Row) =>
    row.section === 'total'
      ? row.key === 'all'
        ? t('budget:all')
        : optionLabel('kind', row.key)
      : row.section === 'category'
        ? optionLabel('category', row.key)
        : row.key
  return {
    fields: [
      t('budget:section'),
      t('budget:direction'),
      t('budget:key'),
      t('budget:planned'),
      t('budget:actual'),
      t('budget:variance'),
    ],
    data: rows.map((row) => [
      t(`budget:section-${row.section as 'total' | 'category' | 'funder' | 'function'}`),
      optionLabel('direction', row.direction),
      keyOf(row),
      french(row.planned),
      french(row.actual),
      french(row.variance),
    ]),
  }
}
