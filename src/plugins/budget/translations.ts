/** The budget report's own strings (`budget:…`). */
export const translations = {
  fr: {
    budget: {
      year: 'est obligatoire, ex. ?year=2014',
      section: 'Rubrique',
      direction: 'Sens',
      key: 'Poste',
      planned: 'Prévu (€)',
      actual: 'Réalisé (€)',
      variance: 'Écart (€)',
      'section-total': 'Total',
      'section-category': 'Catégorie',
      'section-funder': 'Financeur',
      'section-function': 'Fonction',
      all: 'Ensemble',
    },
  },
  en: {
    budget: {
      year: 'is required, e.g. ?year=2014',
      section: 'Section',
      direction: 'Direction',
      key: 'Item',
      planned: 'Planned (€)',
      actual: 'Actual (€)',
      variance: 'Variance (€)',
      'section-total': 'Total',
      'section-category': 'Category',
      'section-funder': 'Funder',
      'section-function': 'Function',
      all: 'All',
    },
  },
}
