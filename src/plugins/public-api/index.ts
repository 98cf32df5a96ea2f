import { NoSchemaIntrospectionCustomRule } from 'graphql'
import depthLimit from 'graphql-depth-limit'
import type { Plugin } from 'payload'

export type PublicApiOptions = {
  /** Origins of the partner sites allowed to call the API from a browser (CORS and CSRF). None by default. */
  origins?: string[]
  /** GraphQL introspection (`__schema`, `__type`). Default false. */
  introspection?: boolean
  /** Highest GraphQL query complexity (Payload counts each field, relationships more). Default 500. */
  maxComplexity?: number
  /** Deepest GraphQL selection. Default 8. */
  maxQueryDepth?: number
  /** Highest `depth` (relationship population) a REST or Local API call may ask for. Default 3. */
  maxDepth?: number
}

/**
 * What makes the API safe to open to partner sites: browsers may call it only from the listed
 * origins, and a query cannot ask for more than a page's worth of work. An abusive GraphQL query
 * is refused before it runs, with an error that says which limit it hit.
 */
export const publicApi =
  ({ origins = [], introspection = false, maxComplexity = 500, maxQueryDepth = 8, maxDepth = 3 }: PublicApiOptions = {}): Plugin =>
  (config) => ({
    ...config,
    cors: origins,
    csrf: [...(config.csrf ?? []), ...origins],
    maxDepth,
    graphQL: {
      ...config.graphQL,
      maxComplexity,
      // Payload's own switch reads NODE_ENV, which the host always sets to production for Next.
      disableIntrospectionInProduction: false,
      validationRules: (args) => [
        ...(config.graphQL?.validationRules?.(args) ?? []),
        depthLimit(maxQueryDepth),
        ...(introspection ? [] : [NoSchemaIntrospectionCustomRule]),
      ],
    },
  })
