/** The labels of the budget-lines collection's select options, keyed by value (their order is the admin's). */
export const translations = {
  fr: {
    budgetLineDirection: {
      expense: 'Dépense',
      income: 'Recette',
    },
    budgetLineKind: {
      cash: 'Financière',
      'in-kind': 'En nature (valorisée)',
    },
    budgetLineCategory: {
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
    budgetLineStatus: {
      draft: 'Brouillon',
      proposed: 'Proposée',
      validated: 'Validée',
    },
  },
  en: {
    budgetLineDirection: {
      expense: 'Expense',
      income: 'Income',
    },
    budgetLineKind: {
      cash: 'Cash',
      'in-kind': 'In kind',
    },
    budgetLineCategory: {
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
    budgetLineStatus: {
      draft: 'Draft',
      proposed: 'Proposed',
      validated: 'Validated',
    },
  },
}
