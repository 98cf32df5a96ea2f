import {
  type ASTNode,
  type ASTVisitor,
  type ExecutionArgs,
  getNamedType,
  GraphQLError,
  isEnumType,
  Kind,
  type ValidationRule,
} from 'graphql'
import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { messages, type Problem, refuse } from './messages'
import { sentLocaleProblems } from './params'

/**
 * Wraps an endpoint so that a locale it does not know is a 400 naming the parameter before it
 * runs: Payload's own routes and the plugins' (search, calendar, budget summary) alike.
 */
const checkingLocales = (endpoint: Endpoint, slug: string | undefined): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    const problems = sentLocaleProblems(req, messages(req.i18n?.language))
    if (problems.length) refuse(req, slug, problems)
    return endpoint.handler(req)
  },
})

const checked = new WeakSet<Endpoint[]>()

/** Every REST endpoint of the sanitized config (Payload adds its own after the plugins run). */
export const checkLocalesOfEndpoints = (payload: Payload) => {
  const wrap = (endpoints: Endpoint[] | false | undefined, slug?: string) => {
    if (!endpoints || checked.has(endpoints)) return
    endpoints.splice(0, endpoints.length, ...endpoints.map((e) => checkingLocales(e, slug)))
    checked.add(endpoints)
  }
  wrap(payload.config.endpoints)
  for (const collection of payload.config.collections) wrap(collection.endpoints, collection.slug)
  for (const global of payload.config.globals) wrap(global.endpoints, global.slug)
}

const LOCALE_TYPES = new Set(['LocaleInputType', 'FallbackLocaleInputType'])

/**
 * GraphQL's locales: those of its URL (Payload reads `?locale=de` as French), and a `locale` or
 * `fallbackLocale` argument that is not one of its enum's values, reported with the locales
 * listed in the caller's language (graphql's own error names the enum type only). A variable is
 * judged on its value.
 */
export const graphqlLocales =
  ({ contextValue, variableValues }: ExecutionArgs): ValidationRule =>
  (context): ASTVisitor => {
    const req = (contextValue as { req?: PayloadRequest } | undefined)?.req
    const m = messages(req?.i18n?.language)
    // Shaped like the other GraphQL refusals: the message starts with the parameter.
    const report = (problem: Problem, node: ASTNode) =>
      context.reportError(
        new GraphQLError(
          req?.i18n?.language === 'en'
            ? `${problem.path}: ${problem.message}`
            : `${problem.path} : ${problem.message}`,
          {
            nodes: [node],
            extensions: { name: 'ValidationError', statusCode: 400, data: { errors: [problem] } },
          },
        ),
      )
    return {
      Document(node) {
        if (!req) return
        for (const problem of sentLocaleProblems(req, m)) report(problem, node)
      },
      Argument(node) {
        const type = context.getArgument()?.type
        const enumType = type && getNamedType(type)
        if (!isEnumType(enumType) || !LOCALE_TYPES.has(enumType.name)) return
        const values = enumType.getValues().map((v) => v.name)
        const given =
          node.value.kind === Kind.ENUM || node.value.kind === Kind.STRING
            ? node.value.value
            : node.value.kind === Kind.VARIABLE
              ? (variableValues ?? {})[node.value.name.value]
              : undefined
        if (given === undefined || given === null || values.includes(given as string)) return
        report({ path: node.name.value, message: m.locale(values) }, node)
      },
    }
  }
