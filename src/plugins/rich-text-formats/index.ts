import {
  flattenTopLevelFields,
  type CollectionBeforeOperationHook,
  type Field,
  type FieldHook,
  type Plugin,
  type TextField,
} from 'payload'

import { translate, withTranslations } from '../../utilities/translator'
import { inEachLocale, toHtml, toText } from './convert'
import { translations } from './translations'
import { appendHooks } from '../../utilities/hooks'
import { mapCollections } from '../../utilities/fields'

export type RichTextFormatsPluginOptions = {
  /** The server's public origin (`SERVER_URL`): internal links point to documents on it. */
  serverUrl: string
}

type Language = 'fr' | 'en'

/** « Contenu (HTML) »: the form's label, from the source field's own in `language`. */
const formLabel = (
  source: Field & { name: string },
  suffix: 'Html' | 'Text',
  language: Language,
) => {
  const label = 'label' in source ? source.label : undefined
  const field =
    typeof label === 'string'
      ? label
      : label && typeof label === 'object'
        ? ((label as Record<string, string>)[language] ?? source.name)
        : source.name
  return translate(translations, language)(
    `richTextFormats:${suffix === 'Html' ? 'html' : 'text'}`,
    {
      field,
    },
  )
}

/** A read-only form of the rich-text field `source`, computed as the document is read. */
const formOf = (
  source: Field & { name: string },
  suffix: 'Html' | 'Text',
  convert: (value: unknown) => string | null,
): TextField => {
  const read: FieldHook = ({ siblingData }) => inEachLocale(siblingData?.[source.name], convert)
  return {
    name: `${source.name}${suffix}`,
    type: 'text',
    virtual: true,
    label: { fr: formLabel(source, suffix, 'fr'), en: formLabel(source, suffix, 'en') },
    // Computed as read: nothing to enter, in the form or in a bulk edit (which offered it).
    admin: { hidden: true, readOnly: true, disableBulkEdit: true },
    hooks: { afterRead: [read] },
  }
}

/** Each rich-text field followed by its HTML and plain-text forms (rows and collapsibles too). */
const withForms = (fields: Field[], html: (value: unknown) => string | null): Field[] =>
  fields.flatMap((field): Field[] => {
    if (field.type === 'row' || field.type === 'collapsible')
      return [{ ...field, fields: withForms(field.fields, html) }]
    if (field.type !== 'richText') return [field]
    return [field, formOf(field, 'Html', html), formOf(field, 'Text', toText)]
  })

const richTextNames = (fields: Field[]): string[] =>
  flattenTopLevelFields(fields).flatMap((field) => (field.type === 'richText' ? [field.name] : []))

/** A read (or a write's answer) that selects `xHtml` or `xText` reads `x` too: they are made from it. */
const selectSources =
  (names: string[]): CollectionBeforeOperationHook =>
  ({ args, operation }) => {
    const select = (args as { select?: Record<string, unknown> }).select
    if (operation === 'delete' || !select || typeof select !== 'object') return args
    const wanted = names.filter((name) => select[`${name}Html`] || select[`${name}Text`])
    if (!wanted.length || Object.values(select).some((value) => value === false)) return args
    return { ...args, select: { ...select, ...Object.fromEntries(wanted.map((n) => [n, true])) } }
  }

/**
 * Rich text for partner sites that do not read Lexical's JSON: every rich-text field `x` is also
 * served as `xHtml` (sanitised HTML) and `xText` (plain text), over REST and GraphQL, in the
 * locale read. Nothing is stored: the forms are computed from the field as it is read.
 */
export const richTextFormatsPlugin =
  ({ serverUrl }: RichTextFormatsPluginOptions): Plugin =>
  (config) => {
    const html = toHtml(serverUrl)
    return withTranslations(
      mapCollections(config, (collection) => {
        const names = richTextNames(collection.fields)
        if (!names.length) return collection
        return {
          ...collection,
          fields: withForms(collection.fields, html),
          hooks: appendHooks(collection.hooks, { beforeOperation: [selectSources(names)] }),
        }
      }),
      translations,
    )
  }
