import type { Access, CollectionConfig, FieldHook, Validate } from 'payload'

import { urlProblem } from './address'
import { resendEndpoint } from './resend'
import { t, translated } from './translations'
import {
  DELIVERIES,
  ENDPOINTS,
  WEBHOOK_EVENTS,
  type ResolvedOptions,
  type WebhookEvent,
} from './types'

/** The delivery statuses, in the order a delivery goes through them. */
export const DELIVERY_STATUSES = ['pending', 'retrying', 'delivered', 'failed'] as const

const nobody = () => false

const MIN_SECRET = 16
const MAX_SECRET = 256

/**
 * The secret as typed (`secret`) is never stored nor read back: a virtual field, empty on every
 * read. What signs is `signingSecret`, hidden and unreadable (absent from REST, null in GraphQL,
 * refused in filters, no admin field): the delivery task alone reads it, with `showHiddenFields`.
 */
const SIGNING = 'signingSecret'

const fitsLength = (value: string) => value.length >= MIN_SECRET && value.length <= MAX_SECRET

// A secret of the wrong length is refused by `secret`'s own validation, under its name.
const keepTyped: FieldHook = ({ siblingData, value }) => {
  if (typeof value === 'string' && fitsLength(value)) siblingData[SIGNING] = value
  return undefined
}

const secretValid: Validate<string | null | undefined> = (value, { operation, req }) => {
  const typed = typeof value === 'string' && value !== ''
  // Saving an endpoint without typing a secret keeps the one it has.
  if (!typed) return operation === 'create' ? t(req, 'webhooks:secretRequired') : true
  return fitsLength(value) ? true : t(req, 'webhooks:secretLength')
}

/** A collection's name in the admin, as a select option's label takes it. */
export type CollectionLabel = NonNullable<NonNullable<CollectionConfig['labels']>['plural']>

// What signs, written directly (REST or GraphQL) rather than through `secret`, is held to the same length.
const signingValid: Validate<string | null | undefined> = (value, { req }) =>
  value === undefined || value === null || fitsLength(value) || t(req, 'webhooks:secretLength')

const endpointsOf = (
  options: ResolvedOptions,
  coordination: Access,
  labels: Record<string, CollectionLabel>,
): CollectionConfig => {
  const urlValid: Validate<string | null | undefined> = (value, { req }) => {
    if (value === undefined || value === null || value === '') return t(req, 'webhooks:urlInvalid')
    const problem = urlProblem(value, options.allowPrivateAddresses)
    return problem ? t(req, `webhooks:${problem}`) : true
  }
  return {
    slug: ENDPOINTS,
    labels: { singular: translated('webhooks:endpoint'), plural: translated('webhooks:endpoints') },
    admin: {
      group: translated('webhooks:group'),
      useAsTitle: 'name',
      defaultColumns: ['name', 'url', 'collections', 'events', 'active'],
    },
    access: {
      read: coordination,
      create: coordination,
      update: coordination,
      delete: coordination,
    },
    fields: [
      { name: 'name', type: 'text', required: true, label: translated('webhooks:name') },
      {
        name: 'url',
        type: 'text',
        required: true,
        validate: urlValid,
        label: translated('webhooks:url'),
        admin: { description: translated('webhooks:urlHelp') },
      },
      {
        name: 'secret',
        type: 'text',
        virtual: true,
        validate: secretValid,
        label: translated('webhooks:secret'),
        hooks: { beforeChange: [keepTyped], afterRead: [() => undefined] },
        // Payload shows a virtual field read-only unless told: this one is typed in.
        admin: { readOnly: false, description: translated('webhooks:secretHelp') },
      },
      {
        name: SIGNING,
        type: 'text',
        hidden: true,
        // GraphQL still lists a hidden field (always null): no reader, whatever the caller.
        access: { read: nobody },
        validate: signingValid,
      },
      {
        name: 'collections',
        type: 'select',
        hasMany: true,
        required: true,
        label: translated('webhooks:collections'),
        options: options.collections.map((slug) => ({ value: slug, label: labels[slug] ?? slug })),
      },
      {
        name: 'events',
        type: 'select',
        hasMany: true,
        required: true,
        label: translated('webhooks:events'),
        defaultValue: [...WEBHOOK_EVENTS],
        options: WEBHOOK_EVENTS.map((value) => ({
          value,
          label: translated(`webhooks:event-${value}`),
        })),
      },
      {
        name: 'active',
        type: 'checkbox',
        defaultValue: true,
        label: translated('webhooks:active'),
      },
    ],
  }
}

/**
 * The log: one row per event and endpoint, written by the plugin alone (in the write's
 * transaction, then by the delivery task); the coordination reads it, and may clear it.
 */
const deliveriesOf = (coordination: Access): CollectionConfig => ({
  slug: DELIVERIES,
  labels: { singular: translated('webhooks:delivery'), plural: translated('webhooks:deliveries') },
  admin: {
    group: translated('webhooks:group'),
    useAsTitle: 'eventId',
    defaultColumns: [
      'event',
      'collection',
      'documentId',
      'endpoint',
      'status',
      'attempts',
      'lastStatusCode',
      'createdAt',
    ],
  },
  access: { read: coordination, create: nobody, update: nobody, delete: coordination },
  // The log only grows by deliveries: no document lock, no form to hold.
  lockDocuments: false,
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'resend',
      type: 'ui',
      admin: {
        components: { Field: '/plugins/webhooks/components/ResendButton#ResendButton' },
      },
    },
    {
      name: 'endpoint',
      type: 'relationship',
      relationTo: ENDPOINTS,
      index: true,
      label: translated('webhooks:endpoint'),
    },
    {
      name: 'eventId',
      type: 'text',
      required: true,
      index: true,
      label: translated('webhooks:eventId'),
    },
    {
      name: 'event',
      type: 'select',
      required: true,
      label: translated('webhooks:event'),
      options: WEBHOOK_EVENTS.map((value: WebhookEvent) => ({
        value,
        label: translated(`webhooks:event-${value}`),
      })),
    },
    { name: 'collection', type: 'text', required: true, label: translated('webhooks:collection') },
    { name: 'documentId', type: 'text', required: true, label: translated('webhooks:documentId') },
    { name: 'body', type: 'textarea', required: true, label: translated('webhooks:body') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: translated('webhooks:status'),
      options: DELIVERY_STATUSES.map((value) => ({
        value,
        label: translated(`webhooks:status-${value}`),
      })),
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: translated('webhooks:attempts'),
    },
    { name: 'lastStatusCode', type: 'number', label: translated('webhooks:lastStatusCode') },
    { name: 'lastError', type: 'text', label: translated('webhooks:lastError') },
    {
      name: 'nextAttemptAt',
      type: 'date',
      label: translated('webhooks:nextAttemptAt'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'deliveredAt',
      type: 'date',
      label: translated('webhooks:deliveredAt'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ].map((field) => ({
    ...field,
    admin: { ...field.admin, readOnly: true },
  })) as CollectionConfig['fields'],
})

/** The plugin's two collections, the coordination's alone, and « Renvoyer » on the log. */
export const webhookCollections = (
  options: ResolvedOptions,
  labels: Record<string, CollectionLabel>,
): CollectionConfig[] => {
  const coordination: Access = ({ req }) => options.isCoordinator({ req })
  return [
    endpointsOf(options, coordination, labels),
    { ...deliveriesOf(coordination), endpoints: [resendEndpoint(options)] },
  ]
}
