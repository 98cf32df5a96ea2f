import { NoSchemaIntrospectionCustomRule } from 'graphql'
import type { Config, Plugin } from 'payload'

import { adjustSanitizedCollections } from '../sanitized'
import { refuseApiKeyWrites } from './apiKeys'
import { graphqlLimits } from './graphqlLimits'
import { restPageLimits } from './pageLimits'
import { withTranslations } from '../../utilities/translator'
import { translations } from './translations'
import { appendHooks } from '../../utilities/hooks'

export type PublicApiPluginOptions = {
  /** Origins of the partner sites allowed to call the API from a browser (CORS; never their session cookies). None by default. */
  origins?: string[]
  /**
   * GraphQL introspection (`__schema`, `__type`).
   * @default false
   */
  introspection?: boolean
  /**
   * Highest GraphQL query cost (a field 1, a relationship 10, a list its limit times what it selects).
   * @default 10000
   */
  maxCost?: number
  /**
   * Most reads of the database one GraphQL operation may cause: each root field (a list, a
   * document, a mutation), and each list below it once per document that holds it.
   * @default 20
   */
  maxReads?: number
  /**
   * Deepest GraphQL selection.
   * @default 8
   */
  maxQueryDepth?: number
  /**
   * Highest `depth` (relationship population) a REST or Local API call may ask for.
   * @default 3
   */
  maxDepth?: number
  /**
   * Largest page (`limit`) anonymous and API-key callers may ask for, in REST and GraphQL.
   * @default 100
   */
  maxLimit?: number
}

/**
 * What makes the API safe to open to partner sites: browsers may call it only from the listed
 * origins, a query cannot ask for more than a page's worth of work, and an API key writes nothing.
 * An abusive GraphQL query is refused before it runs, with an error that says which limit it hit.
 */
export const publicApiPlugin =
  (options: PublicApiPluginOptions = {}): Plugin =>
  (config) =>
    // Payload's own collections (locks, preferences) are added after the plugins run.
    adjustSanitizedCollections(
      withTranslations(withLimits(options)(config), translations),
      refuseApiKeyWrites,
    )

const withLimits =
  ({
    origins = [],
    introspection = false,
    maxCost = 10_000,
    maxReads = 20,
    maxQueryDepth = 8,
    maxDepth = 3,
    maxLimit = 100,
  }: PublicApiPluginOptions) =>
  (config: Config): Config => ({
    ...config,
    cors: origins,
    maxDepth,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: appendHooks(collection.hooks, { beforeOperation: [restPageLimits(maxLimit)] }),
    })),
    graphQL: {
      ...config.graphQL,
      // Payload's own rule counts fields whatever a list's limit, and cannot be taken out:
      // graphqlLimits measures instead, so Payload's ceiling is set out of reach.
      maxComplexity: Number.MAX_SAFE_INTEGER,
      // Payload's own switch reads NODE_ENV, which the host always sets to production for Next.
      disableIntrospectionInProduction: false,
      validationRules: (args) => [
        ...(config.graphQL?.validationRules?.(args) ?? []),
        graphqlLimits({ maxCost, maxReads, maxDepth: maxQueryDepth, maxLimit })(args),
        ...(introspection ? [] : [NoSchemaIntrospectionCustomRule]),
      ],
    },
  })
