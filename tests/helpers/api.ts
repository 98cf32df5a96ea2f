import { getPayload, handleEndpoints, type CollectionSlug, type Where } from 'payload'

import config from '../../payload.config'
import { graphqlRoute, requestErrorsAre400 } from '../../src/http'
import { DEMO_PASSWORD } from '../../seed/demoPassword'

export { DEMO_PASSWORD }

export const payload = () => getPayload({ config })

/** The id of the seeded document of `collection` with this slug. */
export const idBySlug = async (
  collection: 'functions' | 'members',
  slug: string,
): Promise<number> => {
  const { docs } = await (
    await payload()
  ).find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`no ${collection} with slug ${slug}`)
  return docs[0].id as number
}

/** Creates a document through the Local API, with every right: its id. */
export const createDoc = async (
  collection: CollectionSlug,
  data: Record<string, unknown>,
  options: { draft?: boolean } = {},
): Promise<number> =>
  (await (await payload()).create({ collection, data: data as never, ...options })).id as number

/** The documents of `collection` matching `where`, at depth 0 unless `options` say otherwise (every right). */
export const findDocs = async <C extends CollectionSlug>(
  collection: C,
  where: Where = {},
  options: {
    depth?: number
    draft?: boolean
    fallbackLocale?: false
    limit?: number
    locale?: 'fr' | 'en'
    pagination?: boolean
    showHiddenFields?: boolean
    sort?: string
  } = {},
) => (await (await payload()).find({ collection, where, depth: 0, ...options })).docs

/** Creates a resource (a tool) in a function, published or as a draft: its id. */
export const createResource = (
  title: string,
  fn: number,
  status: 'published' | 'draft' = 'published',
) =>
  createDoc(
    'resources',
    { title, type: 'tool', function: fn, _status: status },
    { draft: status === 'draft' },
  )

/** The id of the seeded function with this slug. */
export const functionId = (slug: string) => idBySlug('functions', slug)

/** What the budget lines tests create have in common: a 2015 cash expense. */
export const budgetLineBasics = {
  year: 2015,
  direction: 'expense',
  kind: 'cash',
  category: 'other',
} as const

/** Creates a 2015 cash expense budget line through the Local API: its id. */
export const createBudgetLine = async (data: {
  label: string
  status: string
  function: number | null
  planned: number
}) =>
  (
    await (
      await payload()
    ).create({
      collection: 'budget-lines',
      data: { ...budgetLineBasics, ...data } as never,
    })
  ).id as number

export type Reply<T = any> = { status: number; body: T; headers: Headers }

type Options = { token?: string; body?: unknown; headers?: Record<string, string> }

const toRequest = (method: string, path: string, { token, body, headers = {} }: Options) =>
  new Request(`http://localhost/api${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

const reply = async (response: Response): Promise<Reply> => {
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, headers: response.headers }
}

/** REST through the same Payload handler the server mounts, without a port. */
export const rest = async (method: string, path: string, options: Options = {}) =>
  reply(await handleEndpoints({ config, request: toRequest(method, path, options) }))

const graphqlHandler = requestErrorsAre400(graphqlRoute(await config))

/** GraphQL through the same handler the server mounts, without a port (nor the host's checks before it). */
export const graphql = async (
  query: string,
  variables: Record<string, unknown> = {},
  options: Omit<Options, 'body'> = {},
) =>
  reply(
    await graphqlHandler(toRequest('POST', '/graphql', { ...options, body: { query, variables } })),
  )

/** Signs in through REST and returns the token to pass as `token`. */
export const login = async (email: string, password = DEMO_PASSWORD): Promise<string> => {
  const { status, body } = await rest('POST', '/users/login', { body: { email, password } })
  if (status !== 200) throw new Error(`login of ${email} failed: ${status} ${JSON.stringify(body)}`)
  return body.token as string
}

/** GraphQL enum values cannot hold dashes: Payload writes `resource-centre` as `resource_centre`. */
export const asGraphQL = (value: unknown): unknown =>
  typeof value === 'string' && /^[a-z]+(-[a-z]+)+$/.test(value)
    ? value.replaceAll('-', '_')
    : Array.isArray(value)
      ? value.map(asGraphQL)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asGraphQL(v)]))
        : value

/** The data of a new member account signing in with the demo password, named after its address. */
export const memberAccount = (email: string, organisation: number) => ({
  email,
  password: DEMO_PASSWORD,
  name: email,
  roles: ['member' as const],
  organisation,
})
