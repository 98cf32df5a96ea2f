import { formatNames, toWords, type CollectionSlug, type TypedUser } from 'payload'
import { stringify } from 'qs-esm'

import { asGraphQL, graphql, login, payload, rest } from './api'

/** Who is asking: nobody, or a signed-in user known by token (REST, GraphQL) and document (Local API). */
export type Subject = { name: string; token?: string; user?: TypedUser }

export const signIn = async (name: string, email?: string): Promise<Subject> => {
  if (!email) return { name }
  const p = await payload()
  const { docs } = await p.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) throw new Error(`no user ${email}`)
  return { name, token: await login(email), user: { ...docs[0], collection: 'users' } as TypedUser }
}

export type Operation =
  | { op: 'find'; collection: CollectionSlug; ids: Array<number | string>; draft?: boolean }
  | { op: 'findByID'; collection: CollectionSlug; id: number | string; draft?: boolean }
  | { op: 'create'; collection: CollectionSlug; data: Record<string, unknown>; draft?: boolean }
  | { op: 'update'; collection: CollectionSlug; id: number | string; data: Record<string, unknown> }
  | { op: 'delete'; collection: CollectionSlug; id: number | string }
  | { op: 'findVersions'; collection: CollectionSlug; parent: number | string }
  | {
      op: 'duplicate'
      collection: CollectionSlug
      id: number | string
      data?: Record<string, unknown>
    }
  | { op: 'restore'; collection: CollectionSlug; version: number | string; draft?: boolean }
  | {
      op: 'bulkUpdate'
      collection: CollectionSlug
      ids: Array<number | string>
      data: Record<string, unknown>
    }
  | { op: 'bulkDelete'; collection: CollectionSlug; ids: Array<number | string> }

/**
 * What the caller got: the documents (ids) it was given, or a refusal. `status` is the HTTP status
 * for REST, 'error' for a GraphQL error, the error's status for the Local API.
 */
export type Outcome = {
  refused: boolean
  status: number | 'error'
  ids: string[]
  message?: string
}

export type Surface = 'local' | 'rest' | 'graphql'
export const surfaces: Surface[] = ['local', 'rest', 'graphql']

/** GraphQL names of a collection, by Payload's own rule: its `graphQL` names, else its slug's. */
export const graphQLNamesOf = async (slug: CollectionSlug): Promise<[string, string]> => {
  const graphQL = (await payload()).collections[slug]?.config.graphQL
  const fromSlug = formatNames(slug)
  const singular =
    graphQL && graphQL.singularName ? toWords(graphQL.singularName, true) : fromSlug.singular
  const plural = graphQL && graphQL.pluralName ? toWords(graphQL.pluralName, true) : fromSlug.plural
  return [singular, singular === plural ? `all${singular}` : plural]
}

const idsOf = (docs: Array<{ id: unknown }> | undefined | null) =>
  (docs ?? []).map((d) => String(d.id))

/** An operation the Local API carried out, answering `status` with these documents. */
const done = (status: number, docs: Array<{ id: unknown }>): Outcome => ({
  refused: false,
  status,
  ids: idsOf(docs),
})

const local = async (subject: Subject, o: Operation): Promise<Outcome> => {
  const p = await payload()
  const common = {
    collection: o.collection,
    overrideAccess: false,
    user: subject.user,
    depth: 0,
  } as const
  try {
    switch (o.op) {
      case 'find': {
        const r = await p.find({
          ...common,
          where: { id: { in: o.ids } },
          draft: o.draft,
          pagination: false,
        })
        return done(200, r.docs)
      }
      case 'findByID':
        return done(200, [await p.findByID({ ...common, id: o.id, draft: o.draft })])
      case 'create':
        return done(201, [await p.create({ ...common, data: o.data as never, draft: o.draft })])
      case 'update':
        return done(200, [await p.update({ ...common, id: o.id, data: o.data as never })])
      case 'delete':
        return done(200, [await p.delete({ ...common, id: o.id })])
      case 'findVersions': {
        const r = await p.findVersions({ ...common, where: { parent: { equals: o.parent } } })
        return done(
          200,
          r.docs.map((v) => ({ id: v.parent })),
        )
      }
      case 'duplicate':
        return done(201, [await p.duplicate({ ...common, id: o.id, data: o.data as never })])
      case 'restore':
        return done(200, [
          await p.restoreVersion({ ...common, id: String(o.version), draft: o.draft }),
        ])
      case 'bulkUpdate': {
        const r = await p.update({ ...common, where: { id: { in: o.ids } }, data: o.data as never })
        return {
          refused: r.docs.length === 0,
          status: r.errors.length ? 'error' : 200,
          ids: idsOf(r.docs),
        }
      }
      case 'bulkDelete': {
        const r = await p.delete({ ...common, where: { id: { in: o.ids } } })
        return {
          refused: r.docs.length === 0,
          status: r.errors.length ? 'error' : 200,
          ids: idsOf(r.docs),
        }
      }
    }
  } catch (error) {
    const { status, data } = error as { status?: number; data?: unknown }
    // Bad input: say which fields, as REST and GraphQL answers do.
    if (status === 400)
      throw new Error(`${(error as Error).message} ${JSON.stringify(data)}`, { cause: error })
    if (!status) throw error
    return { refused: true, status, ids: [], message: (error as Error).message }
  }
}

const restCall = async (subject: Subject, o: Operation): Promise<Outcome> => {
  const token = subject.token
  const query = (q: Record<string, unknown>) => `?${stringify({ depth: 0, ...q })}`
  const path = `/${o.collection}`
  if (o.op === 'bulkUpdate' || o.op === 'bulkDelete') {
    const where = query({ where: { id: { in: o.ids } } })
    const r =
      o.op === 'bulkUpdate'
        ? await rest('PATCH', path + where, { token, body: o.data })
        : await rest('DELETE', path + where, { token })
    if (r.status >= 500)
      throw new Error(`${o.op} ${o.collection}: ${r.status} ${JSON.stringify(r.body)}`)
    // Refused documents are listed in `errors`, the others in `docs`.
    const ids = idsOf(r.body.docs)
    return {
      refused: ids.length === 0,
      status: r.status,
      ids,
      message: r.body.errors?.[0]?.message,
    }
  }
  const r =
    o.op === 'duplicate'
      ? await rest('POST', `${path}/${o.id}/duplicate` + query({}), { token, body: o.data ?? {} })
      : o.op === 'restore'
        ? await rest('POST', `${path}/versions/${o.version}` + query({ draft: o.draft }), { token })
        : o.op === 'find'
          ? await rest(
              'GET',
              path + query({ where: { id: { in: o.ids } }, limit: 100, draft: o.draft }),
              { token },
            )
          : o.op === 'findByID'
            ? await rest('GET', `${path}/${o.id}` + query({ draft: o.draft }), { token })
            : o.op === 'create'
              ? await rest('POST', path + query({ draft: o.draft }), { token, body: o.data })
              : o.op === 'update'
                ? await rest('PATCH', `${path}/${o.id}` + query({}), { token, body: o.data })
                : o.op === 'delete'
                  ? await rest('DELETE', `${path}/${o.id}`, { token })
                  : await rest(
                      'GET',
                      `${path}/versions` + query({ where: { parent: { equals: o.parent } } }),
                      { token },
                    )
  if (r.status === 400 || r.status >= 500)
    throw new Error(`${o.op} ${o.collection}: ${r.status} ${JSON.stringify(r.body)}`)
  if (r.status >= 400)
    return { refused: true, status: r.status, ids: [], message: r.body?.errors?.[0]?.message }
  const ids =
    o.op === 'find'
      ? idsOf(r.body.docs)
      : o.op === 'findVersions'
        ? idsOf(r.body.docs.map((v: { parent: unknown }) => ({ id: v.parent })))
        : [String((r.body.doc ?? r.body).id)]
  return { refused: false, status: r.status, ids }
}

const graphqlCall = async (subject: Subject, o: Operation): Promise<Outcome> => {
  const [one, many] = await graphQLNamesOf(o.collection)
  const draft = 'draft' in o && o.draft ? ', draft: true' : ''
  if (o.op === 'bulkUpdate' || o.op === 'bulkDelete') throw new Error(`GraphQL has no ${o.op}`)
  const [query, variables, field] =
    o.op === 'duplicate'
      ? // GraphQL's duplicate takes the whole document: its input type requires every required field.
        [
          `mutation($data: mutation${one}Input!) { duplicate${one}(id: ${o.id}, data: $data) { id } }`,
          { data: asGraphQL(o.data) },
          `duplicate${one}`,
        ]
      : o.op === 'restore'
        ? [
            `mutation { restoreVersion${one}(id: ${o.version}${draft}) { id } }`,
            {},
            `restoreVersion${one}`,
          ]
        : o.op === 'find'
          ? [
              `{ ${many}(where: { OR: [${o.ids.map((id) => `{ id: { equals: ${id} } }`).join(', ')}] }, limit: 100${draft}) { docs { id } } }`,
              {},
              many,
            ]
          : o.op === 'findByID'
            ? [`{ ${one}(id: ${o.id}${draft}) { id } }`, {}, one]
            : o.op === 'create'
              ? [
                  `mutation($data: mutation${one}Input!) { create${one}(data: $data${draft}) { id } }`,
                  { data: asGraphQL(o.data) },
                  `create${one}`,
                ]
              : o.op === 'update'
                ? [
                    `mutation($data: mutation${one}UpdateInput!) { update${one}(id: ${o.id}, data: $data) { id } }`,
                    { data: asGraphQL(o.data) },
                    `update${one}`,
                  ]
                : o.op === 'delete'
                  ? [`mutation { delete${one}(id: ${o.id}) { id } }`, {}, `delete${one}`]
                  : [
                      `{ versions${many}(where: { parent: { equals: ${o.parent} } }) { docs { parent { id } } } }`,
                      {},
                      `versions${many}`,
                    ]
  const r = await graphql(query, variables, { token: subject.token })
  const errors = r.body.errors as
    Array<{ message: string; extensions?: { statusCode?: number } }> | undefined
  if (errors?.length) {
    const status = errors[0]!.extensions?.statusCode
    if (status === 400 || (status ?? 500) >= 500)
      throw new Error(`${o.op} ${o.collection}: ${JSON.stringify(errors)}`)
    return { refused: true, status: 'error', ids: [], message: errors[0]!.message }
  }
  const data = r.body.data[field]
  const ids =
    o.op === 'find'
      ? idsOf(data.docs)
      : o.op === 'findVersions'
        ? idsOf(data.docs.map((v: { parent: { id: unknown } | null }) => v.parent).filter(Boolean))
        : data
          ? [String(data.id)]
          : []
  return { refused: !data, status: 200, ids }
}

/** Runs one operation as `subject` through one surface. */
export const perform = (
  surface: Surface,
  subject: Subject,
  operation: Operation,
): Promise<Outcome> =>
  surface === 'local'
    ? local(subject, operation)
    : surface === 'rest'
      ? restCall(subject, operation)
      : graphqlCall(subject, operation)
