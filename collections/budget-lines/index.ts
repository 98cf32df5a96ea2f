import type { Access, CollectionConfig } from 'payload'

import { isCoordinator, isSignedIn } from '../../access/roles'
import { functionField } from '../../fields/common'
import { number, relationship, row, select, text } from '../../fields/build'
import { label } from '../../fields/labels'
import { statusField } from '../../fields/status'
import { amount, year } from '../../fields/validators'
import { budgetLineOptions } from './options'

/**
 * Never public (DESIGN, rule 4). Signed-in people read the lines proposed or validated; a line
 * being drafted stays with the coordination (and, through delegation, the pilots of its function).
 */
const readSubmittedLines: Access = ({ req }) => {
  if (isCoordinator({ req })) return true
  return isSignedIn({ req }) ? { status: { not_equals: 'draft' } } : false
}

/**
 * Only the coordination validates a line, and a validated line is locked for the pilots (DESIGN,
 * rule 3): the delegation plugin's `lock` for this collection, with what a pilot is told.
 */
export const budgetLineValidation = {
  field: 'status',
  value: 'validated',
  message: label(
    'Seule la coordination valide une ligne budgétaire.',
    'Only the coordination validates a budget line.',
  ),
} as const

export const BudgetLines: CollectionConfig = {
  slug: 'budget-lines',
  labels: {
    singular: label('Ligne budgétaire', 'Budget line'),
    plural: label('Budget', 'Budget lines'),
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['year', 'direction', 'kind', 'label', 'planned', 'actual', 'status'],
    listSearchableFields: ['label', 'category'],
  },
  defaultSort: ['year', 'direction'],
  // Each save is kept (the admin's « Versions » tab): who changed an amount or a status, and when.
  versions: { maxPerDoc: 100 },
  access: {
    read: readSubmittedLines,
    create: isCoordinator,
    update: isCoordinator,
    delete: isCoordinator,
    // The history is the coordination's (and, through delegation, its function's pilots').
    readVersions: isCoordinator,
  },
  fields: [
    row(
      number('year', label('Année', 'Year'), { required: true, index: true, validate: year }),
      select('direction', label('Sens', 'Direction'), budgetLineOptions.direction, {
        required: true,
        index: true,
      }),
      select('kind', label('Nature', 'Kind'), budgetLineOptions.kind, {
        required: true,
        defaultValue: 'cash',
      }),
    ),
    text('label', label('Libellé', 'Label'), { required: true, localized: true }),
    select('category', label('Catégorie', 'Category'), budgetLineOptions.category, {
      required: true,
      index: true,
    }),
    relationship('funder', label('Financeur', 'Funder'), 'members', {
      index: true,
      admin: { condition: (data) => data?.direction === 'income' },
    }),
    functionField,
    row(
      number('planned', label('Prévu (€)', 'Planned (€)'), { required: true, validate: amount }),
      number('actual', label('Réalisé (€)', 'Actual (€)'), { validate: amount }),
    ),
    statusField({
      title: label('Statut', 'Status'),
      defaultValue: 'draft',
      options: budgetLineOptions.status,
    }),
  ],
}
