import type { CollectionConfig } from 'payload'

import { axesField, functionField, summaryField, urlField } from '../../fields/common'
import { media, number, relationship, richText, row, select, text } from '../../fields/build'
import { label } from '../../fields/labels'
import { contentCollection } from '../../fields/content'
import { countOrZero, romeCode, year } from '../../fields/validators'
import { resourceOptions } from './options'

export const Resources: CollectionConfig = contentCollection({
  slug: 'resources',
  labels: { singular: label('Ressource', 'Resource'), plural: label('Ressources', 'Resources') },
  columns: ['type', 'year', 'function'],
  fields: [
    select('type', label('Type de ressource', 'Resource type'), resourceOptions.type, {
      required: true,
      index: true,
    }),
    summaryField,
    richText('body', label('Contenu', 'Body'), { localized: true }),
    media('files', label('Fichiers', 'Files'), { hasMany: true }),
    urlField('url', label('Lien', 'Link')),
    relationship('publisher', label('Éditeur', 'Publisher'), 'members', { index: true }),
    text('authors', label('Auteurs', 'Authors'), { hasMany: true }),
    row(
      number('year', label('Année', 'Year'), { index: true, validate: year }),
      number('pages', label('Pages', 'Pages'), { validate: countOrZero }),
      select('language', label('Langue', 'Language'), resourceOptions.language, {
        defaultValue: 'fr',
      }),
    ),
    axesField,
    functionField,
    text('romeCodes', label('Codes ROME', 'ROME codes'), { hasMany: true, validate: romeCode }),
    text('license', label('Licence', 'License')),
  ],
})
