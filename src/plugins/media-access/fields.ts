import type { Field, FieldAccess, TextField } from 'payload'

import { label } from '../../../fields/labels'
import { personOf, type MediaContext } from './access'

const nobody: FieldAccess = () => false
/** Written by the plugin's hooks only, never through the API. */
const keptByPlugin = { create: nobody, update: nobody }

/** What the plugin adds to the media: who uploaded each file, and what uses it. */
export const mediaFields = (ctx: MediaContext): Field[] => {
  const coordinators: FieldAccess = ({ req }) => ctx.options.isCoordinator({ req })
  const people: FieldAccess = ({ req }) => Boolean(personOf(req, ctx))
  /** A list the plugin keeps of what uses a file, which the coordination alone reads. */
  const usageList = (name: string, text: TextField['label'], admin: TextField['admin']): Field => ({
    name,
    type: 'text',
    hasMany: true,
    index: true,
    access: { read: coordinators, ...keptByPlugin },
    label: text,
    admin,
  })
  return [
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: coordinators, update: coordinators },
      label: label('Public', 'Public'),
      admin: {
        position: 'sidebar',
        description: label(
          'Coché par la coordination : visible de tous même si aucun document publié ne l’utilise.',
          'Ticked by the coordination: visible to everyone even when no published document uses it.',
        ),
      },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: ctx.options.organisations,
      index: true,
      // Set from the uploader on create; only the coordination hands a file over to another.
      access: { create: coordinators, update: coordinators },
      label: label('Organisation déposante', 'Uploading organisation'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: ctx.options.users,
      access: { read: people, ...keptByPlugin },
      label: label('Déposé par', 'Uploaded by'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'usedByPublished',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: keptByPlugin,
      label: label('Utilisé par un document publié', 'Used by a published document'),
      admin: { position: 'sidebar', readOnly: true },
    },
    // Which drafts use a file is known to those who read them, not to every reader of the file.
    usageList('usage', label('Utilisé par', 'Used by'), { position: 'sidebar', readOnly: true }),
    usageList('usedInFunctions', label('Fonctions qui l’utilisent', 'Functions using it'), {
      hidden: true,
    }),
  ]
}
