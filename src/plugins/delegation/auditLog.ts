import {
  APIError,
  type Access,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type CollectionSlug,
  type FieldAccess,
  type PayloadRequest,
  type TypedLocale,
} from 'payload'

import { idOf, sameId } from '../../utilities/idOf'
import { inLocale } from '../../utilities/inLocale'
import type { AuditValue } from './components/AuditEntry'
import { changedFields } from './changedFields'
import { currentDelegations, delegationFor } from './delegations'
import { translated } from './translations'
import type { ResolvedOptions } from './types'

type Entry = {
  action: 'create' | 'update' | 'delete'
  collection: string
  doc: Record<string, unknown>
  changedFields: string[]
  title?: unknown
  req: PayloadRequest
}

/** The delegation that allowed the write; none when the coordination (or the system) wrote. */
const allowedBy = async (options: ResolvedOptions, { req, collection, doc }: Entry) => {
  if (!req.user || options.isCoordinator({ req })) return undefined
  const delegation = await delegationFor(req, collection, doc[options.functionField], options)
  return (
    delegation && { function: delegation.function, pilotRow: delegation.row, role: delegation.role }
  )
}

/** The function the write belongs to; a deleted function can no longer be pointed to. */
const functionOf = (options: ResolvedOptions, { collection, doc, action }: Entry) => {
  if (collection !== options.functions) return idOf(doc[options.functionField])
  return action === 'delete' ? undefined : idOf(doc.id)
}

const record = async (options: ResolvedOptions, entry: Entry) => {
  const { req, doc } = entry
  const user = req.user
  await req.payload.create({
    collection: options.auditLog,
    data: {
      user: user?.id,
      // Kept as text too: the entry must still say who once the account is gone.
      userEmail: user && 'email' in user ? user.email : undefined,
      organisation: user ? idOf(options.organisationOf(user)) : undefined,
      action: entry.action,
      collection: entry.collection,
      document: String(doc.id),
      documentTitle: typeof entry.title === 'string' ? entry.title : undefined,
      changedFields: entry.changedFields,
      function: functionOf(options, entry),
      delegation: await allowedBy(options, entry),
    } as Record<string, unknown> as never, // the slug is an option, so the data cannot be typed by it
    // The entry is part of the write: same transaction, rolled back with it.
    req,
    overrideAccess: true,
  })
}

/**
 * The document's title as the network names it: in the default language, whatever language the
 * write was made in (an English save is still listed under its French title).
 */
const titleOf = async (
  collection: CollectionConfig,
  doc: Record<string, unknown>,
  req: PayloadRequest,
) => {
  const name = collection.admin?.useAsTitle ?? 'id'
  const localization = req.payload.config.localization
  const localized = collection.fields.some(
    (field) => 'name' in field && field.name === name && 'localized' in field && field.localized,
  )
  if (!localization || !localized || req.locale === localization.defaultLocale) return doc[name]
  const inDefault = await req.payload.findByID({
    collection: collection.slug as CollectionSlug,
    id: doc.id as number | string,
    depth: 0,
    draft: true,
    select: { [name]: true },
    req: inLocale(req, localization.defaultLocale as TypedLocale),
    overrideAccess: true,
    disableErrors: true,
  })
  return (inDefault as Record<string, unknown> | null)?.[name] ?? doc[name]
}

/** Writes to the delegable collections, and to the functions (their `pilots` rows above all). */
export const auditChange =
  (options: ResolvedOptions, collection: CollectionConfig): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    const fields = changedFields(doc, operation === 'update' ? previousDoc : undefined)
    // A save that changed nothing (the admin re-saving a form) is not a change.
    if (operation === 'update' && fields.length === 0) return doc
    await record(options, {
      action: operation,
      collection: collection.slug,
      doc,
      changedFields: fields,
      title: await titleOf(collection, doc, req),
      req,
    })
    return doc
  }

export const auditDelete =
  (options: ResolvedOptions, collection: CollectionConfig): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await record(options, {
      action: 'delete',
      collection: collection.slug,
      doc,
      changedFields: [],
      title: doc[collection.admin?.useAsTitle ?? 'id'],
      req,
    })
  }

/** Coordinators read every entry; pilots the entries of the functions they pilot today. */
const readOwnFunctionsEntries =
  (options: ResolvedOptions): Access =>
  async ({ req }) => {
    if (options.isCoordinator({ req })) return true
    const ids = [...new Set((await currentDelegations(req, options)).map((d) => d.function))]
    return ids.length ? { function: { in: ids } } : false
  }

const nobody: Access = () => false

/** Who wrote, by email: shown to the coordination and to the writer's own organisation only. */
const coordinationOrWritersOrganisation =
  (options: ResolvedOptions): FieldAccess =>
  ({ req, doc }) => {
    if (options.isCoordinator({ req })) return true
    const reader = req.user?.collection === options.users ? req.user : null
    return Boolean(reader && sameId(options.organisationOf(reader), doc?.organisation))
  }

/** Even server code cannot rewrite history: entries are only ever added. */
const appendOnly: CollectionBeforeOperationHook = ({ operation, req }) => {
  if (operation === 'update' || operation === 'delete')
    throw new APIError(req.t('error:notAllowedToPerformAction'), 403, undefined, true)
}

/** One value of an entry shown as a person reads it (AuditEntry.tsx), in a cell or on the page. */
const shown = (show: AuditValue, options: ResolvedOptions) => ({
  path: '/plugins/delegation/components/AuditEntry#AuditEntryValue',
  serverProps: { show, delegationOptions: options },
})

export const auditLogCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: options.auditLog,
  labels: {
    singular: translated('delegation:auditEntry'),
    plural: translated('delegation:auditLog'),
  },
  admin: {
    group: translated('delegation:auditGroup'),
    useAsTitle: 'documentTitle',
    defaultColumns: [
      'createdAt',
      'userEmail',
      'organisation',
      'action',
      'collection',
      'documentTitle',
      'changedFields',
    ],
    disableCopyToLocale: true,
  },
  graphQL: { singularName: 'AuditEntry', pluralName: 'AuditEntries' },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: {
    read: readOwnFunctionsEntries(options),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  hooks: { beforeOperation: [appendOnly] },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: translated('delegation:auditUser'),
    },
    {
      name: 'userEmail',
      type: 'text',
      label: translated('delegation:auditUserEmail'),
      access: { read: coordinationOrWritersOrganisation(options) },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      label: translated('delegation:organisation'),
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      label: translated('delegation:auditAction'),
      options: [
        { value: 'create', label: translated('delegation:auditAction-create') },
        { value: 'update', label: translated('delegation:auditAction-update') },
        { value: 'delete', label: translated('delegation:auditAction-delete') },
      ],
    },
    {
      name: 'collection',
      type: 'text',
      required: true,
      index: true,
      label: translated('delegation:auditCollection'),
      admin: {
        components: { Cell: shown('collection', options), Field: shown('collection', options) },
      },
    },
    {
      name: 'document',
      type: 'text',
      required: true,
      index: true,
      label: translated('delegation:auditDocument'),
      admin: {
        components: { Cell: shown('document', options), Field: shown('document', options) },
      },
    },
    {
      name: 'documentTitle',
      type: 'text',
      label: translated('delegation:auditDocumentTitle'),
      admin: { components: { Cell: shown('document', options) } },
    },
    {
      name: 'changedFields',
      type: 'text',
      hasMany: true,
      label: translated('delegation:auditChangedFields'),
      admin: {
        components: {
          Cell: shown('changedFields', options),
          Field: shown('changedFields', options),
        },
      },
    },
    {
      name: 'function',
      type: 'relationship',
      relationTo: options.functions,
      index: true,
      label: translated('delegation:auditFunction'),
    },
    {
      name: 'delegation',
      type: 'group',
      label: translated('delegation:auditDelegation'),
      admin: {
        description: translated('delegation:auditDelegationEmpty'),
        components: { Field: shown('delegation', options) },
      },
      fields: [
        {
          name: 'function',
          type: 'relationship',
          relationTo: options.functions,
          label: translated('delegation:auditPilotedFunction'),
        },
        { name: 'pilotRow', type: 'text', label: translated('delegation:auditPilotRow') },
        { name: 'role', type: 'text', label: translated('delegation:role') },
      ],
    },
  ],
})
