import type { CollectionConfig } from 'payload'

import { updateOwnOrganisation } from '../../access/organisation'
import { anyone, coordinatorsOnly, isCoordinator } from '../../access/roles'
import { refuseForbiddenFieldChanges } from '../../hooks/refuseForbiddenFieldChanges'
import { dayOnly, emailField, urlField } from '../../fields/common'
import { date, media, relationship, richText, row, select, text } from '../../fields/build'
import { groups, label, options } from '../../fields/labels'
import { translations } from './translations'
import { slug } from '../../fields/slug'
import { statusField } from '../../fields/status'
import { rna, siren, siret } from '../../fields/validators'

export const memberRelationOptions = options(translations, 'memberRelation')

export const memberKindOptions = options(translations, 'memberKind')

export const memberScopeOptions = options(translations, 'memberScope')

export const memberTerritoryOptions = options(translations, 'memberTerritory')

export const memberStatusOptions = options(translations, 'memberStatus')

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
    group: groups.network,
    // The pickers search the title field only: it holds the acronym too (« Unadel — … »).
    useAsTitle: 'displayName',
    defaultColumns: ['name', 'acronym', 'relation', 'kind', 'scope', 'status'],
    listSearchableFields: ['name', 'acronym', 'slug'],
  },
  defaultSort: 'name',
  access: {
    read: anyone,
    create: isCoordinator,
    update: updateOwnOrganisation,
    delete: isCoordinator,
  },
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
    select('relation', label('Relation au Pôle', 'Relation to the Pôle'), memberRelationOptions, {
      required: true,
      index: true,
      defaultValue: 'member',
      access: byCoordinationOnly,
    }),
    select('kind', label('Type de structure', 'Kind of organisation'), memberKindOptions, {
      index: true,
    }),
    select('scope', label('Échelle', 'Scope'), memberScopeOptions),
    relationship('regions', 'regions', label('Régions', 'Regions'), { hasMany: true }),
    select('territory', label('Territoires', 'Territory'), memberTerritoryOptions),
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
        options: memberStatusOptions,
      }),
      access: byCoordinationOnly,
    },
  ],
}
