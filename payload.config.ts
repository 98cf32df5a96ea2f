import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig, type CollectionSlug, deepMergeSimple } from 'payload'
import sharp from 'sharp'

import { ApiClients } from './collections/api-clients'
import { Axes } from './collections/axes'
import { BudgetLines, budgetLineValidation } from './collections/budget-lines'
import { Events } from './collections/events'
import { eventJsonLd } from './collections/events/jsonLd'
import { Functions } from './collections/functions'
import { Media } from './collections/media'
import { Members } from './collections/members'
import { memberJsonLd } from './collections/members/jsonLd'
import { Milestones } from './collections/milestones'
import { Regions } from './collections/regions'
import { RegionalGroups } from './collections/regional-groups'
import { Resources } from './collections/resources'
import { resourceJsonLd } from './collections/resources/jsonLd'
import { Trainings } from './collections/trainings'
import { trainingJsonLd } from './collections/trainings/jsonLd'
import { Users } from './collections/users'
import { isCoordinator } from './access/roles'
import { groups, inAdminGroup } from './fields/labels'
import { payloadTranslations } from './fields/payloadTranslations'
import { translations as fieldTranslations } from './fields/translations'
import { YEARS } from './fields/validators'
import { databaseAdapter } from './src/db/adapter'
import { logger } from './src/logger'
import {
  emailFrom,
  ownOrigins,
  publicPages,
  publicSiteUrl,
  readEnv,
  serverUrl,
  smtpOf,
  webhooksAllowPrivate,
} from './src/env'
import { apiDescriptionPlugin } from './src/plugins/api-description'
import { authenticationPlugin } from './src/plugins/authentication'
import { budgetPlugin } from './src/plugins/budget'
import { calendarPlugin } from './src/plugins/calendar'
import { concurrencyPlugin } from './src/plugins/concurrency'
import { dashboardPlugin } from './src/plugins/dashboard'
import { dateEntryPlugin } from './src/plugins/date-entry'
import {
  delegationPlugin,
  pilotedFunctions,
  type DelegationPluginOptions,
} from './src/plugins/delegation'
import { draftsPlugin } from './src/plugins/drafts'
import { emailPlugin } from './src/plugins/email'
import { errorsPlugin } from './src/plugins/errors'
import { feedsPlugin } from './src/plugins/feeds'
import { inputValidationPlugin } from './src/plugins/input-validation'
import { localizedPublishingPlugin } from './src/plugins/localized-publishing'
import { localeFallbackPlugin } from './src/plugins/locale-fallback'
import { mediaAccessPlugin } from './src/plugins/media-access'
import { mediaWebPlugin } from './src/plugins/media-web'
import { notificationsPlugin } from './src/plugins/notifications'
import { internalCollectionsPlugin } from './src/plugins/internal-collections'
import { publicApiPlugin } from './src/plugins/public-api'
import { regionHistoryPlugin, regionsAcrossReform } from './src/plugins/region-history'
import { richTextFormatsPlugin } from './src/plugins/rich-text-formats'
import { scheduledPublishingPlugin } from './src/plugins/scheduled-publishing'
import { searchPlugin, type SearchPluginOptions } from './src/plugins/search'
import { structuredDataPlugin } from './src/plugins/structured-data'
import { mediaStoragePlugin } from './src/plugins/media-storage'
import { webhooksPlugin } from './src/plugins/webhooks'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()

/**
 * The content prepared in drafts and published to partner sites (`contentCollection`): its
 * publications are notified, sent to webhooks and can be scheduled.
 */
const content = [Resources, Trainings, RegionalGroups, Events]
const publishedContent = content.map((collection) => collection.slug as CollectionSlug)

/** Delegated pilotage: which collections a function's pilots write (the media follow them). */
const delegationOptions: DelegationPluginOptions = {
  collections: {
    resources: true,
    trainings: true,
    'regional-groups': true,
    events: true,
    'budget-lines': {
      // Only the coordination validates; a validated line is locked for pilots.
      lock: budgetLineValidation,
      // A pilot works on its function's lines; the whole budget is the coordination's view
      // (and the summary), so its list shows those lines only, not twelve others first.
      pilotsListOwnFunctions: true,
    },
    milestones: true,
  },
  isCoordinator,
}

/** Full-text search: what it indexes; the index's migration fills it with the same options. */
export const searchOptions: SearchPluginOptions = {
  collections: {
    resources: {
      title: 'title',
      content: ['summary', 'body', 'authors'],
      axes: 'axes',
      function: 'function',
    },
    trainings: {
      title: 'title',
      content: ['objectives', 'sessions.place'],
      axes: 'axes',
      function: 'function',
      regions: ['sessions.region'],
    },
    events: {
      title: 'title',
      content: ['place'],
      axes: 'axes',
      function: 'function',
      regions: ['region'],
    },
    members: {
      title: 'name',
      content: ['acronym', 'description'],
      regions: ['regions'],
      typos: true,
    },
  },
  regionsOf: regionsAcrossReform(),
}

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' — Pôle métiers' },
    // Gravatar is an outside request; the admin must work on a closed network.
    avatar: 'default',
  },
  // The admin's navigation: its groups, and the collections in each. Their order is also that of
  // the generated types and the API description (media last).
  collections: [
    ...inAdminGroup(groups.network, [Members, Functions, Axes, Regions]),
    ...inAdminGroup(groups.content, content),
    ...inAdminGroup(groups.steering, [BudgetLines, Milestones]),
    ...inAdminGroup(groups.content, [Media]),
    ...inAdminGroup(groups.administration, [Users, ApiClients]),
  ],
  editor: lexicalEditor(),
  i18n: {
    fallbackLanguage: 'fr',
    supportedLanguages: { fr, en },
    // The project's own strings (each plugin adds its own), and Payload's French mended.
    translations: deepMergeSimple(fieldTranslations, payloadTranslations),
  },
  localization: {
    locales: [
      // Named in the editor's language: « Publier en anglais ».
      { code: 'fr', label: { fr: 'français', en: 'French' } },
      { code: 'en', label: { fr: 'anglais', en: 'English' } },
    ],
    defaultLocale: 'fr',
    fallback: true,
  },
  upload: { limits: { fileSize: 25 * 1024 * 1024 } },
  // Image sizes (src/plugins/media-web): Payload resizes with the sharp it is given.
  sharp,
  secret: process.env.PAYLOAD_SECRET ?? '',
  db: databaseAdapter({
    url: process.env.DATABASE_URL ?? '',
    migrationDir: path.resolve(dirname, 'migrations'),
    pool: {
      max: env.DB_POOL_MAX,
      acquireTimeoutMs: env.DB_POOL_ACQUIRE_TIMEOUT_MS,
      statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
      idleInTransactionTimeoutMs: env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
  }),
  plugins: [
    delegationPlugin(delegationOptions),
    // Where the programme stands, on the coordination's dashboard (after delegation: its audit log).
    dashboardPlugin({ isCoordinator }),
    // Locks and preferences: people only, each for oneself, on documents they may update.
    internalCollectionsPlugin({ people: ['users'] }),
    authenticationPlugin({ origins: ownOrigins(env) }),
    // Every message on the jobs queue, through SMTP_*, else kept in DATA_DIR/mail.
    emailPlugin({
      smtp: smtpOf(env),
      from: emailFrom(env),
      captureDir: path.join(env.DATA_DIR, 'mail'),
      production: env.NODE_ENV === 'production',
      serverUrl: serverUrl(env),
      retryDelaySeconds: env.EMAIL_RETRY_DELAY_SECONDS,
      mayRunJobs: isCoordinator,
    }),
    notificationsPlugin({
      serverUrl: serverUrl(env),
      isCoordinator,
      proposals: { collection: 'budget-lines', field: 'status', value: 'proposed' },
      publications: publishedContent,
    }),
    // Partner sites told of what they show (on the jobs queue the email plugin runs).
    webhooksPlugin({
      collections: [...publishedContent, 'members'],
      isCoordinator,
      allowPrivateAddresses: webhooksAllowPrivate(env),
      retryDelaySeconds: env.WEBHOOKS_RETRY_DELAY_SECONDS,
      timeoutSeconds: env.WEBHOOKS_TIMEOUT_SECONDS,
    }),
    publicApiPlugin({
      origins: env.CORS_ORIGINS,
      introspection: env.NODE_ENV !== 'production' || env.GRAPHQL_INTROSPECTION,
      maxLimit: env.API_MAX_LIMIT,
      maxCost: env.GRAPHQL_MAX_COST,
      maxReads: env.GRAPHQL_MAX_READS,
    }),
    searchPlugin(searchOptions),
    // The budget view in the admin is the coordination's: it adds up every function's lines.
    budgetPlugin({ years: YEARS, canView: isCoordinator }),
    calendarPlugin({ regionsOf: regionsAcrossReform({ code: 'code' }) }),
    // A filter on a region finds what is tagged with the regions merged into it, and back.
    regionHistoryPlugin(),
    structuredDataPlugin({
      serverUrl: serverUrl(env),
      collections: {
        resources: resourceJsonLd,
        trainings: trainingJsonLd,
        events: eventJsonLd,
        members: memberJsonLd,
      },
    }),
    mediaAccessPlugin({
      collection: 'media',
      isCoordinator,
      pilotedFunctions: pilotedFunctions(delegationOptions),
    }),
    // Image sizes, absolute URLs and `sources` for partner sites; unreadable images refused.
    mediaWebPlugin({ collection: 'media', serverUrl: serverUrl(env) }),
    mediaStoragePlugin({ collections: ['media'] }),
    errorsPlugin(),
    concurrencyPlugin(),
    // A save that names no status keeps a published document published.
    draftsPlugin(),
    // « Programmer la publication »: a job publishes (or unpublishes) later, as whoever planned it.
    scheduledPublishingPlugin({ collections: publishedContent }),
    // A published document has its required text in French, whatever language it was edited in.
    localizedPublishingPlugin(),
    // A document read in English lists the fields given in French (`_fallback`).
    localeFallbackPlugin(),
    // Last, so that its hook runs first: bad input never reaches another plugin's lock or query.
    inputValidationPlugin(),
    // Rich text also as HTML and plain text for partner sites (read-only, computed as read).
    richTextFormatsPlugin({ serverUrl: serverUrl(env) }),
    // Atom feeds and the sitemap of what is published, linking to the public site's pages (after
    // rich-text-formats: a resource without a summary is summed up by its body's text).
    feedsPlugin({
      serverUrl: serverUrl(env),
      siteUrl: publicSiteUrl(env),
      pages: publicPages(env),
      feeds: {
        resources: { collection: 'resources', summary: ['summary', 'bodyText'] },
        events: {
          collection: 'events',
          dates: { start: 'startsAt', end: 'endsAt', allDay: 'allDay' },
        },
      },
      sitemapMaxUrls: env.SITEMAP_MAX_URLS,
    }),
    // Every date picker in French, typed as in France (after the plugins that add date fields).
    dateEntryPlugin(),
    // Last: it describes every endpoint the others added (/api/openapi.json, the GraphQL SDL).
    apiDescriptionPlugin({
      serverUrl: serverUrl(env),
      title: 'Pôle métiers',
      description:
        'The content of the Pôle national des métiers du développement territorial, for partner sites (docs/api.md).',
    }),
  ],
  // The committed types are regenerated on purpose (npm run generate:types), and a test checks
  // they match; Payload's own regeneration on every start would hide a stale file.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  logger,
  telemetry: false,
})
