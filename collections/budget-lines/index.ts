import type { Access, CollectionConfig } from 'payload'

import { isCoordinator, isSignedIn } from '../../access/roles'
import { functionField } from '../../fields/common'
import { groups, label, options } from '../../fields/labels'
import { statusField } from '../../fields/status'
import { amount, year } from '../../fields/validators'

/**
 * Never public (DESIGN, rule 4). Signed-in people read the lines proposed or validated; a line
 * being drafted stays with the coordination (and, through delegation, the pilots of its function).
 */
const readSubmittedLines: Access = ({ req }) => {
  if (isCoordinator({ req })) return true
  return isSignedIn({ req }) ? { status: { not_equals: 'draft' } } : false
}

export const budgetLineDirectionOptions = options(
  ['expense', 'Dépense', 'Expense'],
  ['income', 'Recette', 'Income'],
)

export const budgetLineKindOptions = options(
  ['cash', 'Financière', 'Cash'],
  ['in-kind', 'En nature (valorisée)', 'In kind'],
)

export const budgetLineCategoryOptions = options(
  ['staff', 'Salaires et charges', 'Staff'],
  ['services', 'Prestations', 'Services'],
  ['logistics', 'Logistique', 'Logistics'],
  ['deliverables', 'Livrables', 'Deliverables'],
  ['volunteering', 'Bénévolat valorisé', 'Volunteering'],
  ['premises', 'Mise à disposition de locaux', 'Premises'],
  ['subsidy', 'Subvention', 'Subsidy'],
  ['technical-partnership', 'Partenariat technique', 'Technical partnership'],
  ['other', 'Autre', 'Other'],
)

export const budgetLineStatusOptions = options(
  ['draft', 'Brouillon', 'Draft'],
  ['proposed', 'Proposée', 'Proposed'],
  ['validated', 'Validée', 'Validated'],
)

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
    group: groups.steering,
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
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          required: true,
          index: true,
          validate: year,
          label: label('Année', 'Year'),
        },
        {
          name: 'direction',
          type: 'select',
          required: true,
          index: true,
          label: label('Sens', 'Direction'),
          options: budgetLineDirectionOptions,
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'cash',
          label: label('Nature', 'Kind'),
          options: budgetLineKindOptions,
        },
      ],
    },
    {
      name: 'label',
      type: 'text',
      required: true,
      localized: true,
      label: label('Libellé', 'Label'),
    },
    {
      name: 'category',
      type: 'select',
      required: true,
      index: true,
      label: label('Catégorie', 'Category'),
      options: budgetLineCategoryOptions,
    },
    {
      name: 'funder',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      label: label('Financeur', 'Funder'),
      admin: { condition: (data) => data?.direction === 'income' },
    },
    functionField,
    {
      type: 'row',
      fields: [
        {
          name: 'planned',
          type: 'number',
          required: true,
          validate: amount,
          label: label('Prévu (€)', 'Planned (€)'),
        },
        {
          name: 'actual',
          type: 'number',
          validate: amount,
          label: label('Réalisé (€)', 'Actual (€)'),
        },
      ],
    },
    statusField({
      title: label('Statut', 'Status'),
      defaultValue: 'draft',
      options: budgetLineStatusOptions,
    }),
  ],
}
