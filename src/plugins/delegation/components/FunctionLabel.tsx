import { getTranslation, type I18nClient } from '@payloadcms/translations'
import { FieldLabel } from '@payloadcms/ui'
import type { ClientField, PayloadRequest, StaticLabel } from 'payload'
import React from 'react'

import { isUnbound, type DelegationContext } from '../access'

type Props = {
  clientField: ClientField & { label?: StaticLabel; localized?: boolean; required?: boolean }
  path?: string
  /** Absent where the label heads a list's column. */
  req?: PayloadRequest
  i18n: I18nClient
  delegation: DelegationContext
}

/**
 * The function field's label, marked required for those who must choose one (everyone but the
 * coordination): its config cannot say so, since the coordination may leave it empty. A list's
 * column heading is the label's text, as the others are.
 */
export const FunctionLabel = ({ clientField, path, req, i18n, delegation }: Props) =>
  req ? (
    <FieldLabel
      label={clientField.label}
      localized={clientField.localized}
      path={path}
      required={Boolean(clientField.required) || !isUnbound(delegation, req)}
    />
  ) : (
    <>{clientField.label ? getTranslation(clientField.label, i18n) : null}</>
  )
