import {
  type CollectionConfig,
  type Config,
  type Endpoint,
  type PayloadRequest,
  ValidationError,
} from 'payload'
import { z } from 'zod'

import { mapCollections } from '../../utilities/fields'
import { translate } from '../../utilities/translator'
import { isId, MAX_ID } from '../input-validation/values'
import { translations } from './translations'

/** Adds endpoints to the collections whose slug `wanted` accepts (plugins that serve a route of a collection). */
export const addCollectionEndpoints = (
  config: Config,
  wanted: (slug: string) => boolean,
  endpoints: (collection: CollectionConfig) => Endpoint[],
): Config =>
  mapCollections(config, (c) =>
    wanted(c.slug) ? { ...c, endpoints: [...(c.endpoints || []), ...endpoints(c)] } : c,
  )

export type Language = 'fr' | 'en'
/** A schema of each language: the same rules, with their messages in French and in English. */
export type Bilingual<T extends z.ZodType> = Record<Language, T>

/** Writes a query schema once, built for each language (its messages read in that language). */
export const inBothLanguages = <T extends z.ZodType>(
  build: (language: Language) => T,
): Bilingual<T> => ({ fr: build('fr'), en: build('en') })

// zod's own messages (a number expected, too big…) in the caller's language too.
const zodMessages = { fr: z.locales.fr().localeError, en: z.locales.en().localeError }

const languageOf = (req: PayloadRequest): Language => (req.i18n?.language === 'en' ? 'en' : 'fr')

/** Text PostgreSQL can compare: no NUL character. */
export const noNul = (language: Language, schema = z.string()) =>
  schema.refine(
    (value) => !value.includes('\u0000'),
    translate(translations, language)('endpoints:nul'),
  )

/**
 * A whole number as people write one in a query (`16`): `z.coerce` would also read `0x10`, `1e1`,
 * ` 16 ` or a repeated parameter's first value, which are refused as not numbers.
 */
export const wholeNumber = <T extends z.ZodType<number>>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value),
    schema,
  )

/** A comma-separated list of values (`?type=resources,events`), empty when absent. */
export const commaList = (language: Language) =>
  noNul(language)
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )

/** A comma-separated list of values taken from `values` (`?kind=seminar,training`). */
export const enumList = (language: Language, values: readonly [string, ...string[]]) =>
  commaList(language)
    .pipe(
      z.array(
        z.enum(values, {
          error: translate(translations, language)('endpoints:oneOf', {
            values: values.join(', '),
          }),
        }),
      ),
    )
    // What /api/openapi.json says of the parameter.
    .meta({ description: `Comma-separated, among: ${values.join(', ')}.` })

/** A comma-separated list of document ids (`?axis=1,3`), each a PostgreSQL integer. */
export const idList = (language: Language) =>
  commaList(language)
    .refine(
      (ids) => ids.every(isId),
      translate(translations, language)('endpoints:ids', { max: MAX_ID }),
    )
    .transform((ids) => ids.map(Number))
    .meta({ description: 'Document ids, comma-separated.' })

type Problem = { path: string; message: string }

/** The first thing wrong with a query: the parameter (not the item of its list) and why. */
const problemOf = (error: z.ZodError): Problem => {
  const issue = error.issues[0]!
  return { path: String(issue.path[0] ?? 'query'), message: issue.message }
}

/** Payload's validation error shape, its message starting with the parameter's name. */
const refusal = ({ path, message }: Problem, language: Language) => ({
  name: 'ValidationError',
  message: language === 'fr' ? `${path} : ${message}` : `${path}: ${message}`,
  data: { errors: [{ path, message }] },
})

/**
 * A custom endpoint's refusal in Payload's error shape: `{ errors: [{ message }] }`, or, when it
 * names a parameter, Payload's validation error naming it.
 */
export const refused = (req: PayloadRequest, status: number, problem: Problem | string) =>
  Response.json(
    {
      errors: [
        typeof problem === 'string' ? { message: problem } : refusal(problem, languageOf(req)),
      ],
    },
    { status },
  )

const check = <T extends z.ZodType>(schemas: Bilingual<T>, input: unknown, language: Language) =>
  schemas[language].safeParse(input, { error: zodMessages[language] })

/** A custom endpoint's query string checked with zod; a bad one answers 400 naming the parameter. */
export const parseQuery = <T extends z.ZodType>(
  schemas: Bilingual<T>,
  req: PayloadRequest,
): { data: z.infer<T>; response?: undefined } | { response: Response } => {
  const language = languageOf(req)
  const parsed = check(schemas, req.query, language)
  if (parsed.success) return { data: parsed.data }
  return { response: refused(req, 400, problemOf(parsed.error)) }
}

/** A GraphQL resolver's arguments, checked like a query string; bad ones are Payload's validation error, naming the argument. */
export const parseArgs = <T extends z.ZodType>(
  schemas: Bilingual<T>,
  args: unknown,
  req: PayloadRequest,
): z.infer<T> => {
  const parsed = check(schemas, args, languageOf(req))
  if (parsed.success) return parsed.data
  throw new ValidationError({ errors: [problemOf(parsed.error)], req }, req.t)
}
