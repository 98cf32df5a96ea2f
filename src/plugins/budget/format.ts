/**
 * An amount as its reader reads it: « 35 000 € » in French, « €35,000 » in English; cents only
 * when there are some (« 40,50 € »).
 */
export const formatEuros = (value: number, language: string): string =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(value)
