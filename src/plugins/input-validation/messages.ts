import {
  type PayloadRequest,
  type SanitizedCollectionConfig,
  ValidationError,
  type ValidationFieldError,
} from 'payload'

import { translate } from '../../utilities/translator'
import { translations } from './translations'
import { MAX_ID } from './values'

/** One thing wrong with a request: the parameter or field (`where.type.equals`, `sessions.0.startsAt`) and why. */
export type Problem = ValidationFieldError

/** A check of what a request gives an operation on `collection`: what is wrong with it, if anything. */
export type Check<Given> = (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  given: Given,
  m: Messages,
) => Promise<Problem[]>

const build = (language: 'fr' | 'en') => {
  const t = translate(translations, language)
  return {
    id: t('inputValidation:id', { max: MAX_ID }),
    wholeNumber: (min: number) => t('inputValidation:wholeNumber', { min, max: MAX_ID }),
    number: t('inputValidation:number'),
    text: t('inputValidation:text'),
    boolean: t('inputValidation:boolean'),
    date: t('inputValidation:date'),
    list: t('inputValidation:list'),
    object: t('inputValidation:object'),
    richText: t('inputValidation:richText'),
    point: t('inputValidation:point'),
    nul: t('inputValidation:nul'),
    tooLong: (max: number) => t('inputValidation:tooLong', { max }),
    option: (value: unknown, options: string[]) =>
      t('inputValidation:option', {
        // A list or an object as it was sent: « validated » alone read as a possible value refused.
        value: typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)),
        options: options.join(', '),
      }),
    relation: (collections: string[]) =>
      t('inputValidation:relation', { collections: collections.join(', ') }),
    missing: (collection: string, id: unknown) =>
      t('inputValidation:missing', { collection, id: String(id) }),
    data: t('inputValidation:data'),
    unknownField: (name: string) => t('inputValidation:unknownField', { name }),
    unreadable: (name: string) => t('inputValidation:unreadable', { name }),
    unknownOperator: (operator: string, possible: readonly string[]) =>
      t('inputValidation:unknownOperator', { operator, possible: possible.join(', ') }),
    conditions: t('inputValidation:conditions'),
    conditionList: t('inputValidation:conditionList'),
    nestedTooDeep: (max: number) => t('inputValidation:nestedTooDeep', { max }),
    locale: (codes: string[]) => t('inputValidation:locale', { codes: codes.join(', ') }),
    perLocale: (codes: string[]) =>
      t('inputValidation:perLocale', { shape: codes.map((c) => `${c}: …`).join(', ') }),
  }
}

const both = { fr: build('fr'), en: build('en') }

export type Messages = typeof both.fr

/** Why a value was refused, in the caller's language (French unless it reads English). */
export const messages = (language: string | undefined): Messages =>
  language === 'en' ? both.en : both.fr

/** Refuses the operation with Payload's own validation error: a 400 listing every problem. */
export const refuse = (
  req: PayloadRequest,
  collection: string | undefined,
  problems: Problem[],
): never => {
  throw new ValidationError({ collection, errors: problems, req }, req.t)
}
