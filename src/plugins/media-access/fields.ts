import type { Field, FieldAccess } from 'payload'

import { label } from '../../../fields/labels'
import { personOf, type MediaContext } from './access'

const nobody: FieldAccess = () => false

/** What the plugin adds to the media: who uploaded each file, and what uses it. */
export const mediaFields = (ctx: MediaContext): Field[] => {
  const coordinators: FieldAccess = ({ req }) => ctx.options.isCoordinator({ req })
  const people: FieldAccess = ({ req }) => Boolean(personOf(req, ctx))
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
      access: { read: people, create: nobody, update: nobody },
      label: label('Déposé par', 'Uploaded by'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'usedByPublished',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: nobody, update: nobody },
      label: label('Utilisé par un document publié', 'Used by a published document'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      // Which drafts use a file is known to those who read them, not to every reader of the file.
      name: 'usage',
      type: 'text',
      hasMany: true,
      index: true,
      access: { read: coordinators, create: nobody, update: nobody },
      label: label('Utilisé par', 'Used by'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'usedInFunctions',
      type: 'text',
      hasMany: true,
      index: true,
      access: { read: coordinators, create: nobody, update: nobody },
      label: label('Fonctions qui l’utilisent', 'Functions using it'),
      admin: { hidden: true },
    },
  ]
}
