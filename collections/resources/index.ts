import type { CollectionConfig } from 'payload'

import {
  axesField,
  draftedContent,
  functionField,
  summaryField,
  titleField,
  urlField,
} from '../../fields/common'
import { media, number, relationship, richText, row, select, text } from '../../fields/build'
import { groups, label, options } from '../../fields/labels'
import { translations } from './translations'
import { slug } from '../../fields/slug'
import { countOrZero, romeCode, year } from '../../fields/validators'

export const resourceTypeOptions = options(translations, 'resourceType')

export const resourceLanguageOptions = options(translations, 'resourceLanguage')

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
    select('type', label('Type de ressource', 'Resource type'), resourceTypeOptions, {
      required: true,
      index: true,
    }),
    summaryField,
    richText('body', label('Contenu', 'Body'), { localized: true }),
    media('files', label('Fichiers', 'Files'), { hasMany: true }),
    urlField('url', label('Lien', 'Link')),
    relationship('publisher', 'members', label('Éditeur', 'Publisher'), { index: true }),
    text('authors', label('Auteurs', 'Authors'), { hasMany: true }),
    row(
      number('year', label('Année', 'Year'), { index: true, validate: year }),
      number('pages', label('Pages', 'Pages'), { validate: countOrZero }),
      select('language', label('Langue', 'Language'), resourceLanguageOptions, {
        defaultValue: 'fr',
      }),
    ),
    axesField,
    functionField,
    text('romeCodes', label('Codes ROME', 'ROME codes'), { hasMany: true, validate: romeCode }),
    text('license', label('Licence', 'License')),
  ],
}
