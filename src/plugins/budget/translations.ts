/** The budget report's own strings (`budget:…`). */
export const translations = {
  fr: { budget: { year: 'est obligatoire, ex. ?year=2014' } },
  en: { budget: { year: 'is required, e.g. ?year=2014' } },
}
