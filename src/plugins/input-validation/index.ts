import {
  type CollectionBeforeOperationHook,
  type Field,
  NotFound,
  type PayloadRequest,
  type Plugin,
  type SanitizedCollectionConfig,
} from 'payload'

import { withTranslations } from '../../utilities/translator'
import { adjustSanitizedCollections } from '../sanitized'
import { credentialsProblems, dataProblems } from './data'
import { messages, refuse } from './messages'
import { translations } from './translations'
import { idProblems, type OperationArgs, parameterProblems } from './params'
import { checkLocalesOfEndpoints, graphqlLocales } from './locales'
import { unreadablePathProblems } from './readable'
import { fieldListProblems, whereProblems } from './where'
import { mapCollections, mapFields } from '../../utilities/fields'
import { prependHooks } from '../../utilities/hooks'

export type InputValidationPluginOptions = {
  /**
   * Longest value of a `text` field that sets no `maxLength` of its own: titles, names, slugs.
   * Default 500 characters, which any index can hold (a B-tree entry takes about 2,700 bytes;
   * 500 characters are at most 2,000).
   */
  textMaxLength?: number
}

const AUTH_OPERATIONS = new Set(['login', 'forgotPassword', 'resetPassword', 'unlock'])

const withTextLimit =
  (max: number) =>
  (field: Field): Field =>
    field.type === 'text' && field.maxLength === undefined ? { ...field, maxLength: max } : field

// Payload routes /versions of every collection over REST, and fails on one that keeps none. Only
// the route's own collection: restoring a version of a resource reads functions on the way.
const asksForVersionsItDoesNotKeep = (req: PayloadRequest, collection: SanitizedCollectionConfig) =>
  !collection.versions &&
  req.payloadAPI === 'REST' &&
  req.routeParams?.collection === collection.slug &&
  /\/versions(\/|$)/.test(req.pathname)

/**
 * Every operation's input checked against the collection's own fields before anything runs:
 * ids, `where`, `sort`, paging, the REST query string, and the data of creates and updates
 * (drafts included); `where` and `sort` name only what the caller may read (readable.ts).
 * Server code that overrides access is trusted with its own input.
 */
const validateInput: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (overrideAccess) return
  if (asksForVersionsItDoesNotKeep(req, collection)) throw new NotFound(req.t)
  const m = messages(req.i18n?.language)
  const given = args as OperationArgs
  const problems = [
    ...parameterProblems(req, given, m),
    ...idProblems(req, given, m),
    ...whereProblems(req.payload, collection, given.where, m),
    ...fieldListProblems(req.payload, collection, 'sort', given.sort, m),
    ...fieldListProblems(req.payload, collection, 'field', given.field, m),
    ...(operation === 'create' || operation === 'update'
      ? await dataProblems(req, collection, given.data, m)
      : []),
    ...(AUTH_OPERATIONS.has(operation) ? credentialsProblems(given.data, m) : []),
    ...(await unreadablePathProblems(req, collection, given, m)),
  ]
  if (problems.length) refuse(req, collection.slug, problems)
}

/**
 * Bad input is a 400 naming the parameter or field, in the caller's language, before anything
 * is written: one `beforeOperation` hook on every collection serves REST, GraphQL, the Local API
 * (with `overrideAccess: false`) and the admin alike; a locale it does not know is refused on
 * every REST endpoint and in GraphQL. What PostgreSQL would refuse (a NUL byte,
 * an id past 2^31, an option or a related document that does not exist) never reaches it.
 */
export const inputValidationPlugin =
  ({ textMaxLength = 500 }: InputValidationPluginOptions = {}): Plugin =>
  (config) =>
    // Payload's own collections (locks, preferences) are added after the plugins run: their
    // input is checked too (a lock on a document that does not exist is a 400, not a 500).
    adjustSanitizedCollections(
      withTranslations(
        {
          ...mapCollections(config, (collection) => ({
            ...collection,
            fields: mapFields(collection.fields, withTextLimit(textMaxLength)),
            hooks: prependHooks(collection.hooks, { beforeOperation: [validateInput] }),
          })),
          // Payload's own endpoints too are added after the plugins run.
          onInit: async (payload) => {
            checkLocalesOfEndpoints(payload)
            await config.onInit?.(payload)
          },
          graphQL: {
            ...config.graphQL,
            validationRules: (args) => [
              ...(config.graphQL?.validationRules?.(args) ?? []),
              graphqlLocales(args),
            ],
          },
        },
        translations,
      ),
      (collection) => {
        const hooks = collection.hooks.beforeOperation ?? []
        if (!hooks.includes(validateInput))
          collection.hooks.beforeOperation = [validateInput, ...hooks]
      },
    )
