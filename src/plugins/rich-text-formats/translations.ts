/** Labels of the rich text's other forms (`richTextFormats:…`). */
export const translations = {
  fr: { richTextFormats: { html: '{{field}} (HTML)', text: '{{field}} (texte)' } },
  en: { richTextFormats: { html: '{{field}} (HTML)', text: '{{field}} (plain text)' } },
}
