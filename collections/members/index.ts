import type { CollectionConfig } from 'payload'

import { updateOwnOrganisation } from '../../access/organisation'
import { coordinationWrites, coordinatorsOnly } from '../../access/roles'
import { refuseForbiddenFieldChanges } from '../../hooks/refuseForbiddenFieldChanges'
import { dayOnly, emailField, urlField } from '../../fields/common'
import { date, media, relationship, richText, row, select, text } from '../../fields/build'
import { label } from '../../fields/labels'
import { slug } from '../../fields/slug'
import { statusField } from '../../fields/status'
import { rna, siren, siret } from '../../fields/validators'
import { memberOptions } from './options'

/** How the network names an organisation: its acronym first when it has one (« Unadel — … »). */
export const displayName = (
  data: { name?: unknown; acronym?: unknown },
  stored?: { name?: unknown; acronym?: unknown },
) => {
  const name = String(data.name ?? stored?.name ?? '').trim()
  const acronym = String((data.acronym !== undefined ? data.acronym : stored?.acronym) ?? '').trim()
  return acronym && acronym.toLowerCase() !== name.toLowerCase() ? `${acronym} — ${name}` : name
}

/** The place of an organisation in the network is Unadel's decision (DESIGN, rule 5). */
const byCoordinationOnly = { create: coordinatorsOnly, update: coordinatorsOnly }

export const Members: CollectionConfig = {
  slug: 'members',
  labels: {
    singular: label('Organisation membre', 'Member organisation'),
    plural: label('Organisations', 'Organisations'),
  },
  admin: {
    // The pickers search the title field only: it holds the acronym too (« Unadel — … »).
    useAsTitle: 'displayName',
    defaultColumns: ['name', 'acronym', 'relation', 'kind', 'scope', 'status'],
    listSearchableFields: ['name', 'acronym', 'slug'],
  },
  defaultSort: 'name',
  // Reference data, but an organisation keeps its own page up to date.
  access: { ...coordinationWrites, update: updateOwnOrganisation },
  hooks: { beforeOperation: [refuseForbiddenFieldChanges] },
  fields: [
    text('name', label('Nom', 'Name'), { required: true }),
    text('acronym', label('Sigle', 'Acronym')),
    text('displayName', label('Nom affiché', 'Display name'), {
      index: true,
      admin: { hidden: true },
      hooks: {
        beforeChange: [({ siblingData, originalDoc }) => displayName(siblingData, originalDoc)],
      },
    }),
    slug('name'),
    select('relation', label('Relation au Pôle', 'Relation to the Pôle'), memberOptions.relation, {
      required: true,
      index: true,
      defaultValue: 'member',
      access: byCoordinationOnly,
    }),
    select('kind', label('Type de structure', 'Kind of organisation'), memberOptions.kind, {
      index: true,
    }),
    select('scope', label('Échelle', 'Scope'), memberOptions.scope),
    relationship('regions', label('Régions', 'Regions'), 'regions', { hasMany: true }),
    select('territory', label('Territoires', 'Territory'), memberOptions.territory),
    row(
      text('siren', label('SIREN', 'SIREN'), { validate: siren }),
      text('siret', label('SIRET', 'SIRET'), { validate: siret }),
      text('rna', label('RNA', 'RNA number'), { validate: rna }),
    ),
    urlField('website', label('Site web', 'Website')),
    emailField('email', label('E-mail de contact', 'Contact email')),
    media('logo', label('Logo', 'Logo')),
    richText('description', label('Présentation', 'Description'), { localized: true }),
    date('memberSince', label('Membre depuis', 'Member since'), { admin: dayOnly }),
    {
      ...statusField({
        title: label('Statut', 'Status'),
        defaultValue: 'active',
        options: memberOptions.status,
      }),
      access: byCoordinationOnly,
    },
  ],
}
