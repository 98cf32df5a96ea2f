import type { I18nClient } from '@payloadcms/translations'
import { Link } from '@payloadcms/ui'
import { createLocalReq, type Payload, type TypedUser } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { translator } from '../../../utilities/translator'
import type { BudgetTranslationKey } from '../translations'
import type { BudgetViewOptions } from '../types'

type Props = {
  payload: Payload
  user?: TypedUser | null
  i18n: I18nClient
  budget: BudgetViewOptions
}

/** In the nav, for those who may open it only: the budget view, styled as Payload's own links. */
export const BudgetNavLink = async ({ payload, user, i18n, budget }: Props) => {
  if (!user) return null
  if (!budget.canView({ req: await createLocalReq({ user }, payload) })) return null
  return (
    <Link
      className="nav__link"
      href={formatAdminURL({ adminRoute: payload.config.routes.admin, path: budget.path })}
      prefetch={false}
    >
      <span className="nav__link-label">
        {translator<BudgetTranslationKey>(i18n.t)('budget:view')}
      </span>
    </Link>
  )
}
