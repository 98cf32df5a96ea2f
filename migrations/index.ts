import * as migration_20261127_174838_initial from './20261127_174838_initial'
import * as migration_20261127_180235_slug_optional from './20261127_180235_slug_optional'
import * as migration_20261127_193326_audit_log from './20261127_193326_audit_log'
import * as migration_20261127_200243_api_clients from './20261127_200243_api_clients'
import * as migration_20261127_200940_search_index from './20261127_200940_search_index'
import * as migration_20261128_032730_media_access from './20261128_032730_media_access'
import * as migration_20261128_044428_parent_indexes from './20261128_044428_parent_indexes'
import * as migration_20261128_071500_function_status_indexes from './20261128_071500_function_status_indexes'
import * as migration_20261128_112158_member_display_name from './20261128_112158_member_display_name'
import * as migration_20261128_131829_event_days from './20261128_131829_event_days'
import * as migration_20261128_133003_email_notifications from './20261128_133003_email_notifications'
import * as migration_20261128_135029_budget_line_versions from './20261128_135029_budget_line_versions'
import * as migration_20261128_163922_webhooks from './20261128_163922_webhooks'
import * as migration_20261128_165111_scheduled_publishing from './20261128_165111_scheduled_publishing'
import * as migration_20261128_170433_search_locales from './20261128_170433_search_locales'
import * as migration_20261128_172237_media_sizes from './20261128_172237_media_sizes'

export const migrations = [
  {
    up: migration_20261127_174838_initial.up,
    down: migration_20261127_174838_initial.down,
    name: '20261127_174838_initial',
  },
  {
    up: migration_20261127_180235_slug_optional.up,
    down: migration_20261127_180235_slug_optional.down,
    name: '20261127_180235_slug_optional',
  },
  {
    up: migration_20261127_193326_audit_log.up,
    down: migration_20261127_193326_audit_log.down,
    name: '20261127_193326_audit_log',
  },
  {
    up: migration_20261127_200243_api_clients.up,
    down: migration_20261127_200243_api_clients.down,
    name: '20261127_200243_api_clients',
  },
  {
    up: migration_20261127_200940_search_index.up,
    down: migration_20261127_200940_search_index.down,
    name: '20261127_200940_search_index',
  },
  {
    up: migration_20261128_032730_media_access.up,
    down: migration_20261128_032730_media_access.down,
    name: '20261128_032730_media_access',
  },
  {
    up: migration_20261128_044428_parent_indexes.up,
    down: migration_20261128_044428_parent_indexes.down,
    name: '20261128_044428_parent_indexes',
  },
  {
    up: migration_20261128_071500_function_status_indexes.up,
    down: migration_20261128_071500_function_status_indexes.down,
    name: '20261128_071500_function_status_indexes',
  },
  {
    up: migration_20261128_112158_member_display_name.up,
    down: migration_20261128_112158_member_display_name.down,
    name: '20261128_112158_member_display_name',
  },
  {
    up: migration_20261128_131829_event_days.up,
    down: migration_20261128_131829_event_days.down,
    name: '20261128_131829_event_days',
  },
  {
    up: migration_20261128_133003_email_notifications.up,
    down: migration_20261128_133003_email_notifications.down,
    name: '20261128_133003_email_notifications',
  },
  {
    up: migration_20261128_135029_budget_line_versions.up,
    down: migration_20261128_135029_budget_line_versions.down,
    name: '20261128_135029_budget_line_versions',
  },
  {
    up: migration_20261128_163922_webhooks.up,
    down: migration_20261128_163922_webhooks.down,
    name: '20261128_163922_webhooks',
  },
  {
    up: migration_20261128_165111_scheduled_publishing.up,
    down: migration_20261128_165111_scheduled_publishing.down,
    name: '20261128_165111_scheduled_publishing',
  },
  {
    up: migration_20261128_170433_search_locales.up,
    down: migration_20261128_170433_search_locales.down,
    name: '20261128_170433_search_locales',
  },
  {
    up: migration_20261128_172237_media_sizes.up,
    down: migration_20261128_172237_media_sizes.down,
    name: '20261128_172237_media_sizes',
  },
]
