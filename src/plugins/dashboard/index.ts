import type { CollectionSlug, Plugin, PayloadRequest } from 'payload'

import { withAdminComponents } from '../../utilities/adminComponents'
import { withTranslations } from '../../utilities/translator'
import { translations } from './translations'

export type DashboardPluginOptions = {
  /** Who sees where the programme stands (the others keep Payload's dashboard). */
  isCoordinator: (args: { req: PayloadRequest }) => boolean
  /** @default 'functions' */
  functions?: CollectionSlug
  /** @default 'milestones' */
  milestones?: CollectionSlug
  /** @default ['events', 'trainings'] — their `startsAt` (or `sessions.startsAt`) */
  dated?: CollectionSlug[]
  /** @default 'budget-lines' */
  budget?: CollectionSlug
  /** @default 'audit-log' */
  auditLog?: CollectionSlug
  /**
   * A delegation ending within this many days is flagged.
   * @default 30
   */
  endingWithinDays?: number
  /**
   * The network's time zone, for « today ».
   * @default 'Europe/Paris'
   */
  timeZone?: string
}

export type ResolvedDashboardOptions = Required<DashboardPluginOptions>

/**
 * The coordination's dashboard: current delegations (those ending soon flagged), the semester's
 * milestones, what is coming up, the year's budget balance and the pilots' latest changes, each
 * linking to its list, above Payload's list of collections.
 */
export const dashboardPlugin =
  (options: DashboardPluginOptions): Plugin =>
  (config) => {
    const resolved: ResolvedDashboardOptions = {
      functions: 'functions' as CollectionSlug,
      milestones: 'milestones' as CollectionSlug,
      dated: ['events', 'trainings'] as CollectionSlug[],
      budget: 'budget-lines' as CollectionSlug,
      auditLog: 'audit-log' as CollectionSlug,
      endingWithinDays: 30,
      timeZone: 'Europe/Paris',
      ...options,
    }
    const slugs = new Set((config.collections ?? []).map((c) => c.slug))
    // Composed after the delegation plugin, which adds the audit log.
    for (const slug of [
      resolved.functions,
      resolved.milestones,
      resolved.budget,
      resolved.auditLog,
      ...resolved.dated,
    ])
      if (!slugs.has(slug)) throw new Error(`dashboard plugin: no collection "${slug}"`)
    // First: where the programme stands, then the rest of the dashboard.
    return withAdminComponents(withTranslations(config, translations), {
      first: true,
      beforeDashboard: [
        {
          path: '/plugins/dashboard/components/ProgrammeOverview#ProgrammeOverview',
          serverProps: { dashboardOptions: resolved },
        },
      ],
    })
  }
