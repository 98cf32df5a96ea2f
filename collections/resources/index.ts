import type { CollectionConfig } from 'payload'

import {
  axesField,
  draftedContent,
  functionField,
  summaryField,
  titleField,
  urlField,
} from '../../fields/common'
import { groups, label, options } from '../../fields/labels'
import { slug } from '../../fields/slug'
import { countOrZero, romeCode, year } from '../../fields/validators'

export const resourceTypeOptions = options(
  ['job-profile', 'Fiche métier', 'Job profile'],
  ['competency-framework', 'Référentiel de compétences', 'Competency framework'],
  ['training-guide', 'Guide des formations', 'Training guide'],
  ['survey', 'Enquête ou étude', 'Survey or study'],
  ['action-research', 'Recherche-action', 'Action research'],
  ['tool', 'Outil', 'Tool'],
  ['proceedings', 'Actes', 'Proceedings'],
  ['brochure', 'Plaquette', 'Brochure'],
  ['teaching-tool', 'Outil pédagogique', 'Teaching tool'],
  ['legal', 'Ressource juridique', 'Legal resource'],
  ['eu-programme', 'Dispositif européen', 'EU programme'],
  ['territorial-project', 'Projet de territoire', 'Territorial project'],
  ['transition-strategy', 'Stratégie de transition', 'Transition strategy'],
)

export const resourceLanguageOptions = options(
  ['fr', 'Français', 'French'],
  ['en', 'Anglais', 'English'],
)

export const Resources: CollectionConfig = {
  slug: 'resources',
  labels: { singular: label('Ressource', 'Resource'), plural: label('Ressources', 'Resources') },
  admin: {
    group: groups.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'year', 'function', '_status'],
    listSearchableFields: ['title', 'slug'],
  },
  ...draftedContent,
  fields: [
    titleField,
    slug(),
    {
      name: 'type',
      type: 'select',
      required: true,
      index: true,
      label: label('Type de ressource', 'Resource type'),
      options: resourceTypeOptions,
    },
    summaryField,
    { name: 'body', type: 'richText', localized: true, label: label('Contenu', 'Body') },
    {
      name: 'files',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: label('Fichiers', 'Files'),
    },
    urlField('url', label('Lien', 'Link')),
    {
      name: 'publisher',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      label: label('Éditeur', 'Publisher'),
    },
    { name: 'authors', type: 'text', hasMany: true, label: label('Auteurs', 'Authors') },
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          index: true,
          validate: year,
          label: label('Année', 'Year'),
        },
        { name: 'pages', type: 'number', validate: countOrZero, label: label('Pages', 'Pages') },
        {
          name: 'language',
          type: 'select',
          defaultValue: 'fr',
          label: label('Langue', 'Language'),
          options: resourceLanguageOptions,
        },
      ],
    },
    axesField,
    functionField,
    {
      name: 'romeCodes',
      type: 'text',
      hasMany: true,
      validate: romeCode,
      label: label('Codes ROME', 'ROME codes'),
    },
    { name: 'license', type: 'text', label: label('Licence', 'License') },
  ],
}
