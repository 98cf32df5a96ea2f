import {
  type ASTVisitor,
  type ExecutionArgs,
  type FieldNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  type GraphQLField,
  GraphQLError,
  type GraphQLNamedType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'
import type { PayloadRequest } from 'payload'

import { translate } from '../../utilities/translator'
import { isOutsideCaller, pageProblem } from './pageLimits'
import { translations } from './translations'

export type GraphQLLimits = {
  /** Highest cost of an operation (see `measure`). */
  maxCost: number
  /** Deepest selection, root fields at depth 0 (as graphql-depth-limit counted). */
  maxDepth: number
  /** Largest `limit` a caller from outside may ask of a list. */
  maxLimit: number
  /** Most reads of the database an operation may cause (see `measure`). */
  maxReads: number
}

// Payload's page size when a list names no limit, and what a list without one (`pagination:
// false`, or a limit below 1, which Payload reads as "all") is counted as.
const DEFAULT_PAGE = 10
const WHOLE_COLLECTION = 10_000

type AnyField = GraphQLField<unknown, unknown>
type Measure = { cost: number; depth: number; reads: number }

const NOTHING: Measure = { cost: 0, depth: 0, reads: 0 }

const fieldsOf = (type: GraphQLNamedType | null | undefined): Record<string, AnyField> =>
  isObjectType(type) || isInterfaceType(type) ? type.getFields() : {}

const isPaged = (field: AnyField) => field.args.some((arg) => arg.name === 'limit')

/** How many documents a list field asks for: its limit, its default page, or the whole collection. */
const pageSize = (field: AnyField, args: Record<string, unknown>): number => {
  if (args.pagination === false) return WHOLE_COLLECTION
  if (typeof args.limit === 'number') return args.limit >= 1 ? args.limit : WHOLE_COLLECTION
  return (
    (field.extensions.field as { defaultLimit?: number } | undefined)?.defaultLimit ?? DEFAULT_PAGE
  )
}

/**
 * The cost, depth and reads of a selection. A field costs its weight (1, or what Payload gives it:
 * 10 for a relationship) plus what it selects; within a field that takes a `limit` (a collection's
 * list, a join, search), the list of documents costs what it selects times the page size. Each
 * field of the root (a list, a document, a mutation) reads the database, and so does each list
 * below it, once per document that holds it: 500 aliases of `Resources { totalDocs }` cost 1 000
 * but run 500 queries. Each fragment is followed once per path, so a cycle cannot recurse
 * (NoFragmentCyclesRule reports it).
 */
const measurer = (
  context: ValidationContext,
  variables: Record<string, unknown>,
  checkPage: (node: FieldNode, args: Record<string, unknown>) => void,
) => {
  const schema = context.getSchema()
  const argumentsOf = (field: AnyField, node: FieldNode) => {
    try {
      return getArgumentValues(field, node, variables)
    } catch {
      return {} // a bad argument: another rule reports it
    }
  }
  const measureField = (
    node: FieldNode,
    field: AnyField | undefined,
    page: number,
    followed: Set<string>,
  ): Measure => {
    // Unknown fields are another rule's; introspection is governed by its own switch.
    if (!field || node.name.value.startsWith('__')) return NOTHING
    const args = argumentsOf(field, node)
    if (isPaged(field)) checkPage(node, args)
    const selected = node.selectionSet
      ? measure(
          node.selectionSet,
          getNamedType(field.type),
          isPaged(field) ? pageSize(field, args) : 1,
          followed,
        )
      : NOTHING
    const weight = typeof field.extensions.complexity === 'number' ? field.extensions.complexity : 1
    const times = isListType(getNullableType(field.type)) ? page : 1
    return {
      cost: weight + times * selected.cost,
      depth: 1 + selected.depth,
      reads: (isPaged(field) ? 1 : 0) + times * selected.reads,
    }
  }
  const measure = (
    selectionSet: SelectionSetNode,
    type: GraphQLNamedType | null | undefined,
    page: number,
    followed: Set<string>,
    root = false,
  ): Measure => {
    let cost = 0
    let depth = 0
    let reads = 0
    const add = (part: Measure) => {
      cost += part.cost
      depth = Math.max(depth, part.depth)
      reads += part.reads
    }
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const part = measureField(selection, fieldsOf(type)[selection.name.value], page, followed)
        add(root && part !== NOTHING ? { ...part, reads: Math.max(1, part.reads) } : part)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : type
        add(measure(selection.selectionSet, on, page, followed, root))
      } else {
        const fragment = context.getFragment(selection.name.value)
        if (!fragment || followed.has(fragment.name.value)) continue
        const on = schema.getType(fragment.typeCondition.name.value)
        const inside = new Set(followed).add(fragment.name.value)
        add(measure(fragment.selectionSet, on, page, inside, root))
      }
    }
    return { cost, depth, reads }
  }
  return (operation: OperationDefinitionNode) =>
    measure(operation.selectionSet, schema.getRootType(operation.operation), 1, new Set(), true)
}

/** The operation's variables as the query will see them (none when they do not coerce: it will not run). */
const coercedVariables = (
  context: ValidationContext,
  operation: OperationDefinitionNode,
  raw: unknown,
) => {
  const coerced = getVariableValues(
    context.getSchema(),
    operation.variableDefinitions ?? [],
    (raw ?? {}) as Record<string, unknown>,
  )
  return coerced.coerced ?? {}
}

/**
 * What a GraphQL operation may ask for, checked before it runs: its cost (so a list's `limit`
 * counts: sixty aliases of a list of 100 000 documents are refused, not run), its depth, and, for
 * callers from outside, the `limit` and `pagination` of each list. Every refusal says which limit
 * it hit and by how much.
 */
export const graphqlLimits =
  ({ maxCost, maxDepth, maxLimit, maxReads }: GraphQLLimits) =>
  ({ variableValues, contextValue }: ExecutionArgs): ValidationRule =>
  (context): ASTVisitor => ({
    OperationDefinition(operation) {
      const req = (contextValue as { req?: PayloadRequest } | undefined)?.req
      const checkPage = (node: FieldNode, args: Record<string, unknown>) => {
        const problem =
          req && isOutsideCaller(req) ? pageProblem(args, maxLimit, req.i18n?.language) : undefined
        if (problem) context.reportError(new GraphQLError(problem.message, { nodes: [node] }))
      }
      const { cost, depth, reads } = measurer(
        context,
        coercedVariables(context, operation, variableValues),
        checkPage,
      )(operation)
      const name = operation.name?.value ?? ''
      if (depth - 1 > maxDepth)
        context.reportError(
          new GraphQLError(`'${name}' exceeds maximum operation depth of ${maxDepth}`, {
            nodes: [operation],
          }),
        )
      if (cost > maxCost)
        context.reportError(
          new GraphQLError(
            `The query's complexity is ${cost}, over the ${maxCost} allowed: a field costs 1, a relationship 10, ` +
              `and a list of documents what it selects times its limit (${DEFAULT_PAGE} when absent, ` +
              `${WHOLE_COLLECTION} with pagination: false). Ask for fewer documents or fields, and page through.`,
            { nodes: [operation] },
          ),
        )
      if (reads > maxReads)
        context.reportError(
          new GraphQLError(
            translate(translations, req?.i18n?.language)('publicApi:reads', {
              reads,
              max: maxReads,
            }),
            { nodes: [operation] },
          ),
        )
      return false
    },
  })
