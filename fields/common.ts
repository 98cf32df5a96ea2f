import type { Field, TextField } from 'payload'

import { draftContentAccess } from '../access/published'
import { label } from './labels'
import { whenFields } from './dates'
import { email, url } from './validators'

/** The function of the Pôle a document belongs to: what delegation keys on. */
export const functionField: Field = {
  name: 'function',
  type: 'relationship',
  relationTo: 'functions',
  index: true,
  label: label('Fonction du Pôle', 'Function'),
  admin: { position: 'sidebar' },
}

export const axesField: Field = {
  name: 'axes',
  type: 'relationship',
  relationTo: 'axes',
  hasMany: true,
  label: label('Axes de travail', 'Work axes'),
}

export const regionField: Field = {
  name: 'region',
  type: 'relationship',
  relationTo: 'regions',
  index: true,
  label: label('Région', 'Region'),
}

export const titleField: Field = {
  name: 'title',
  type: 'text',
  required: true,
  localized: true,
  label: label('Titre', 'Title'),
}

export const summaryField: Field = {
  name: 'summary',
  type: 'textarea',
  localized: true,
  label: label('Résumé', 'Summary'),
}

/** A web address (http or https, written in full). */
export const urlField = (name: string, title: ReturnType<typeof label>): TextField => ({
  name,
  type: 'text',
  validate: url,
  label: title,
})

/** An email address. */
export const emailField = (name: string, title: ReturnType<typeof label>): TextField => ({
  name,
  type: 'text',
  validate: email,
  label: title,
})

export const dayOnly = { date: { pickerAppearance: 'dayOnly' as const } }

/** Drafts and a bounded history for content that is prepared before it is shown. */
export const drafts = { drafts: true, maxPerDoc: 50 }

/** Content prepared in drafts, published to all (the delegation plugin adds its pilots). */
export const draftedContent = { versions: drafts, access: draftContentAccess }

/** When and where something happens: an event, a training session. */
export const whenAndWhere: Field[] = [
  ...whenFields,
  { name: 'place', type: 'text', label: label('Lieu', 'Place') },
  regionField,
]
