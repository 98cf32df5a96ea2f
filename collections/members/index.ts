import type { CollectionConfig } from 'payload'

import { updateOwnOrganisation } from '../../access/organisation'
import { anyone, coordinatorsOnly, isCoordinator } from '../../access/roles'
import { refuseForbiddenFieldChanges } from '../../hooks/refuseForbiddenFieldChanges'
import { dayOnly, emailField, urlField } from '../../fields/common'
import { groups, label, options } from '../../fields/labels'
import { slug } from '../../fields/slug'
import { statusField } from '../../fields/status'
import { rna, siren, siret } from '../../fields/validators'

export const memberRelationOptions = options(
  ['member', 'Membre', 'Member'],
  ['partner', 'Partenaire', 'Partner'],
  ['funder', 'Financeur', 'Funder'],
)

export const memberKindOptions = options(
  ['institution', 'Institution', 'Institution'],
  ['training', 'Organisme de formation', 'Training body'],
  ['research', 'Recherche', 'Research'],
  ['local-development', 'Structure de développement local', 'Local development body'],
  ['professional-network', 'Réseau de professionnels', 'Professional network'],
  ['resource-centre', 'Centre de ressources', 'Resource centre'],
  ['employer', 'Employeur', 'Employer'],
  ['local-authority', 'Collectivité territoriale', 'Local authority'],
)

export const memberScopeOptions = options(
  ['national', 'Nationale', 'National'],
  ['regional', 'Régionale', 'Regional'],
  ['local', 'Locale', 'Local'],
)

export const memberTerritoryOptions = options(
  ['urban', 'Urbains', 'Urban'],
  ['rural', 'Ruraux', 'Rural'],
  ['mixed', 'Urbains et ruraux', 'Mixed'],
)

export const memberStatusOptions = options(
  ['active', 'Actif', 'Active'],
  ['former', 'Ancien membre', 'Former'],
)

/** How the network names an organisation: its acronym first when it has one (« Unadel — … »). */
export const displayName = (
  data: { name?: unknown; acronym?: unknown },
  stored?: { name?: unknown; acronym?: unknown },
) => {
  const name = String(data.name ?? stored?.name ?? '').trim()
  const acronym = String((data.acronym !== undefined ? data.acronym : stored?.acronym) ?? '').trim()
  return acronym && acronym.toLowerCase() !== name.toLowerCase() ? `${acronym} — ${name}` : name
}

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
    { name: 'name', type: 'text', required: true, label: label('Nom', 'Name') },
    { name: 'acronym', type: 'text', label: label('Sigle', 'Acronym') },
    {
      name: 'displayName',
      type: 'text',
      index: true,
      label: label('Nom affiché', 'Display name'),
      admin: { hidden: true },
      hooks: {
        beforeChange: [({ siblingData, originalDoc }) => displayName(siblingData, originalDoc)],
      },
    },
    slug('name'),
    {
      name: 'relation',
      type: 'select',
      required: true,
      // The place of an organisation in the network is Unadel's decision (DESIGN, rule 5).
      access: { create: coordinatorsOnly, update: coordinatorsOnly },
      index: true,
      defaultValue: 'member',
      label: label('Relation au Pôle', 'Relation to the Pôle'),
      options: memberRelationOptions,
    },
    {
      name: 'kind',
      type: 'select',
      index: true,
      label: label('Type de structure', 'Kind of organisation'),
      options: memberKindOptions,
    },
    {
      name: 'scope',
      type: 'select',
      label: label('Échelle', 'Scope'),
      options: memberScopeOptions,
    },
    {
      name: 'regions',
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      label: label('Régions', 'Regions'),
    },
    {
      name: 'territory',
      type: 'select',
      label: label('Territoires', 'Territory'),
      options: memberTerritoryOptions,
    },
    {
      type: 'row',
      fields: [
        { name: 'siren', type: 'text', validate: siren, label: label('SIREN', 'SIREN') },
        { name: 'siret', type: 'text', validate: siret, label: label('SIRET', 'SIRET') },
        { name: 'rna', type: 'text', validate: rna, label: label('RNA', 'RNA number') },
      ],
    },
    urlField('website', label('Site web', 'Website')),
    emailField('email', label('E-mail de contact', 'Contact email')),
    { name: 'logo', type: 'upload', relationTo: 'media', label: label('Logo', 'Logo') },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: label('Présentation', 'Description'),
    },
    {
      name: 'memberSince',
      type: 'date',
      admin: dayOnly,
      label: label('Membre depuis', 'Member since'),
    },
    {
      ...statusField({
        title: label('Statut', 'Status'),
        defaultValue: 'active',
        options: memberStatusOptions,
      }),
      // The place of an organisation in the network is Unadel's decision (DESIGN, rule 5).
      access: { create: coordinatorsOnly, update: coordinatorsOnly },
    },
  ],
}
