import type { Field } from 'payload'

import { draftContentAccess } from '../access/published'
import { relationship, text, textarea } from './build'
import { label, type Label } from './labels'
import { whenFields } from './dates'
import { email, url } from './validators'

/** The function of the Pôle a document belongs to: what delegation keys on. */
export const functionField = relationship(
  'function',
  label('Fonction du Pôle', 'Function'),
  'functions',
  {
    index: true,
    admin: { position: 'sidebar' },
  },
)

export const axesField = relationship('axes', label('Axes de travail', 'Work axes'), 'axes', {
  hasMany: true,
})

export const regionField = relationship('region', label('Région', 'Region'), 'regions', {
  index: true,
})

export const titleField = text('title', label('Titre', 'Title'), {
  required: true,
  localized: true,
})

export const summaryField = textarea('summary', label('Résumé', 'Summary'), { localized: true })

/** A web address (http or https, written in full). */
export const urlField = (name: string, title: Label) => text(name, title, { validate: url })

/** An email address. */
export const emailField = (name: string, title: Label) => text(name, title, { validate: email })

export const dayOnly = { date: { pickerAppearance: 'dayOnly' as const } }

/** Drafts and a bounded history for content that is prepared before it is shown. */
export const drafts = { drafts: true, maxPerDoc: 50 }

/** Content prepared in drafts, published to all (the delegation plugin adds its pilots). */
export const draftedContent = { versions: drafts, access: draftContentAccess }

/** When and where something happens: an event, a training session. */
export const whenAndWhere: Field[] = [
  ...whenFields,
  text('place', label('Lieu', 'Place')),
  regionField,
]
