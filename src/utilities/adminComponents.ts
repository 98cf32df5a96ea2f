import type { Config } from 'payload'

type Components = NonNullable<NonNullable<Config['admin']>['components']>
type List = NonNullable<Components['beforeDashboard']>

/**
 * The config with these admin components added: panels before the dashboard and links before
 * the navigation after those already there (`first` puts them before), views beside the others.
 */
export const withAdminComponents = (
  config: Config,
  add: {
    beforeDashboard?: List
    beforeNavLinks?: List
    views?: Components['views']
    first?: boolean
  },
): Config => {
  const components = config.admin?.components
  const joined = (had: List = [], added: List = []) =>
    add.first ? [...added, ...had] : [...had, ...added]
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...components,
        ...(add.beforeDashboard && {
          beforeDashboard: joined(components?.beforeDashboard, add.beforeDashboard),
        }),
        ...(add.beforeNavLinks && {
          beforeNavLinks: joined(components?.beforeNavLinks, add.beforeNavLinks),
        }),
        ...(add.views && { views: { ...components?.views, ...add.views } }),
      },
    },
  }
}
