import {
  combineQueries,
  flattenTopLevelFields,
  validations,
  type CollectionConfig,
  type CollectionSlug,
  type Field,
  type PayloadRequest,
  type Plugin,
  type RelationshipField,
  type SelectField,
  type UIField,
} from 'payload'

import {
  delegatedAccess,
  delegatedFunctions,
  isUnbound,
  onlyDelegatedFunction,
  type DelegationContext,
} from './access'
import { auditChange, auditDelete, auditLogCollection } from './auditLog'
import { editableFunctions } from './delegations'
import { pilotsField } from './fields/pilots'
import { explainRefusalByID, reportRefusedInBulk } from './refusals'
import { judgeResultingDocument } from './resultingDocument'
import { withAdminComponents } from '../../utilities/adminComponents'
import { withTranslations } from '../../utilities/translator'
import { translations } from './translations'
import type { DelegationPluginOptions, ResolvedOptions } from './types'
import { appendHooks } from '../../utilities/hooks'

export type { DelegationPluginOptions } from './types'
export { PILOT_ROLES, type PilotRole } from './fields/pilots'

const resolve = (options: DelegationPluginOptions): ResolvedOptions => ({
  collections: Object.fromEntries(
    Object.entries(options.collections).map(([slug, rules]) => [
      slug,
      rules === true || rules === undefined ? {} : rules,
    ]),
  ),
  isCoordinator: options.isCoordinator,
  users: options.users ?? 'users',
  functions: options.functions ?? 'functions',
  organisations: options.organisations ?? 'members',
  functionField: options.functionField ?? 'function',
  organisationOf:
    options.organisationOf ?? ((user) => (user as { organisation?: unknown }).organisation),
  timeZone: options.timeZone ?? 'Europe/Paris',
  auditLog: options.auditLog?.slug ?? ('audit-log' as CollectionSlug),
})

/**
 * The function field of a delegable collection: required for everyone but the coordination (and
 * marked so in the admin), preset when a pilot has a single function, and offering a pilot only
 * the functions it may use.
 */
const delegatedFunctionField = (
  field: RelationshipField,
  ctx: DelegationContext,
): RelationshipField =>
  ({
    ...field,
    filterOptions: delegatedFunctions(ctx),
    defaultValue: ({ req }) => onlyDelegatedFunction(ctx, req),
    validate: (value, args) =>
      validations.relationship(value, {
        ...args,
        required: args.required || !isUnbound(ctx, args.req),
      }),
    admin: {
      ...field.admin,
      components: {
        ...field.admin?.components,
        Label: {
          path: '/plugins/delegation/components/FunctionLabel#FunctionLabel',
          serverProps: { delegation: ctx },
        },
      },
    },
  }) as RelationshipField

/** The field holding the locking value: a pilot is not offered the value it may not set. */
const lockField = (field: SelectField, ctx: DelegationContext): SelectField => {
  const own = field.filterOptions
  return {
    ...field,
    // Values only: the admin sends them to the browser, which takes no label function.
    filterOptions: (args) => {
      const values = (own ? own(args) : args.options).map((option) =>
        typeof option === 'string' ? option : option.value,
      )
      return isUnbound(ctx, args.req)
        ? values
        : values.filter((value) => value !== ctx.rules.lock?.value)
    },
  }
}

const withDelegatedFields = (fields: Field[], ctx: DelegationContext): Field[] =>
  fields.map((field) => {
    if (
      'name' in field &&
      field.name === ctx.options.functionField &&
      field.type === 'relationship'
    )
      return delegatedFunctionField(field, ctx)
    if ('name' in field && field.name === ctx.rules.lock?.field && field.type === 'select')
      return lockField(field, ctx)
    if (field.type === 'row' || field.type === 'collapsible')
      return { ...field, fields: withDelegatedFields(field.fields, ctx) }
    return field
  })

/** At the top of each document: why the person may read it but not edit it, when so. */
const readOnlyBanner = (ctx: DelegationContext): UIField => ({
  name: 'delegationReadOnly',
  type: 'ui',
  admin: {
    disableListColumn: true,
    components: {
      Field: {
        path: '/plugins/delegation/components/ReadOnlyBanner#ReadOnlyBanner',
        serverProps: { delegation: ctx },
      },
    },
  },
})

/** A pilot's admin list, when the collection asks for it: the documents of its functions only. */
const pilotsOwnList = (
  ctx: DelegationContext,
  admin: CollectionConfig['admin'] = {},
): CollectionConfig['admin'] => {
  if (!ctx.rules.pilotsListOwnFunctions) return admin
  const own = admin.baseFilter ?? admin.baseListFilter
  return {
    ...admin,
    baseFilter: async (args) => {
      const base = own ? await own(args) : null
      if (isUnbound(ctx, args.req)) return base
      const ids = await editableFunctions(args.req, ctx.slug, ctx.options)
      return combineQueries(base ?? {}, { [ctx.options.functionField]: { in: ids } })
    },
  }
}

/** A misnamed collection or field fails at start, not on the first pilot's request. */
const assertCollectionsExist = (collections: CollectionConfig[], options: ResolvedOptions) => {
  const slugs = new Set(collections.map((collection) => collection.slug))
  for (const slug of [options.functions, options.organisations, options.users])
    if (!slugs.has(slug)) throw new Error(`delegation plugin: no collection "${slug}"`)
  for (const slug of Object.keys(options.collections)) {
    const collection = collections.find((candidate) => candidate.slug === slug)
    if (!collection) throw new Error(`delegation plugin: no collection "${slug}" to delegate`)
    if (!hasFunctionField(collection.fields, options.functionField))
      throw new Error(
        `delegation plugin: "${slug}" has no relationship field "${options.functionField}" to ${options.functions}`,
      )
  }
}

const hasFunctionField = (fields: Field[], name: string): boolean =>
  flattenTopLevelFields(fields).some(
    (field) => field.name === name && field.type === 'relationship',
  )

const audited = (
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig['hooks'] =>
  appendHooks(collection.hooks, {
    afterChange: [auditChange(options, collection)],
    afterDelete: [auditDelete(options, collection)],
  })

/**
 * Delegated pilotage (DESIGN, "Delegation of pilotage"): the coordination delegates a function
 * of the Pôle to a member organisation for a period; its users then write the documents of that
 * function in the collections the delegation covers, and nothing else. Every write is audited.
 */
export const delegationPlugin =
  (pluginOptions: DelegationPluginOptions): Plugin =>
  (config) => {
    if (pluginOptions.enabled === false) return config
    const options = resolve(pluginOptions)
    assertCollectionsExist(config.collections ?? [], options)
    const collections = (config.collections ?? []).map((collection): CollectionConfig => {
      const rules = options.collections[collection.slug]
      if (rules) {
        const ctx = { slug: collection.slug, rules, options }
        return {
          ...collection,
          access: delegatedAccess(ctx, collection.access),
          admin: pilotsOwnList(ctx, collection.admin),
          fields: [readOnlyBanner(ctx), ...withDelegatedFields(collection.fields, ctx)],
          // A pilot's list is « published, or of my functions »: its total is kept per function
          // (src/db/counts.ts), and the drafts of its functions are one index away.
          custom: { ...collection.custom, countBy: options.functionField },
          indexes:
            collection.versions &&
            typeof collection.versions === 'object' &&
            collection.versions.drafts
              ? [...(collection.indexes ?? []), { fields: [options.functionField, '_status'] }]
              : collection.indexes,
          hooks: appendHooks(audited(collection, options), {
            beforeChange: [judgeResultingDocument(ctx)],
            beforeOperation: [explainRefusalByID(ctx)],
            afterOperation: [reportRefusedInBulk(ctx)],
          }),
        }
      }
      if (collection.slug === options.functions)
        return {
          ...collection,
          fields: [...collection.fields, pilotsField(options, config.collections ?? [])],
          hooks: audited(collection, options),
        }
      return collection
    })
    return withAdminComponents(
      withTranslations(
        { ...config, collections: [...collections, auditLogCollection(options)] },
        translations,
      ),
      {
        beforeDashboard: [
          {
            path: '/plugins/delegation/components/MyDelegations#MyDelegations',
            serverProps: { delegationOptions: options },
          },
        ],
      },
    )
  }

/**
 * The functions whose documents of `collection` the user's organisation pilots today, for the
 * plugins whose rules follow those documents (media); none for a collection not delegated.
 */
export const pilotedFunctions = (pluginOptions: DelegationPluginOptions) => {
  const options = resolve(pluginOptions)
  return async (req: PayloadRequest, collection: string): Promise<Array<number | string>> =>
    pluginOptions.enabled !== false && options.collections[collection]
      ? editableFunctions(req, collection, options)
      : []
}
