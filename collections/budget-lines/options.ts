import { optionsOf } from '../../fields/labels'

const translations = {
  fr: {
    direction: {
      expense: 'Dépense',
      income: 'Recette',
    },
    kind: {
      cash: 'Financière',
      'in-kind': 'En nature (valorisée)',
    },
    category: {
      staff: 'Salaires et charges',
      services: 'Prestations',
      logistics: 'Logistique',
      deliverables: 'Livrables',
      volunteering: 'Bénévolat valorisé',
      premises: 'Mise à disposition de locaux',
      subsidy: 'Subvention',
      'technical-partnership': 'Partenariat technique',
      other: 'Autre',
    },
    status: {
      draft: 'Brouillon',
      proposed: 'Proposée',
      validated: 'Validée',
    },
  },
  en: {
    direction: {
      expense: 'Expense',
      income: 'Income',
    },
    kind: {
      cash: 'Cash',
      'in-kind': 'In kind',
    },
    category: {
      staff: 'Staff',
      services: 'Services',
      logistics: 'Logistics',
      deliverables: 'Deliverables',
      volunteering: 'Volunteering',
      premises: 'Premises',
      subsidy: 'Subsidy',
      'technical-partnership': 'Technical partnership',
      other: 'Other',
    },
    status: {
      draft: 'Draft',
      proposed: 'Proposed',
      validated: 'Validated',
    },
  },
}

export const budgetLineOptions = optionsOf(translations)
