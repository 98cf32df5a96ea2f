// A mixed burst of concurrent requests from several users, as a busy day of the network sends
// them: creates, PATCHes of one shared document and of different ones, deletes, logins (right and
// wrong passwords), forgot-password, anonymous lists and GraphQL. Used by the reliability test
// (tests/e2e/reliability.test.ts) and by `npm run bench:load` at ten times the size.
import { DEMO_PASSWORD } from '../seed/demoPassword'
import { signInOver } from '../tests/helpers/server'

/** Statuses a client may meet under load: success, the refusals this burst provokes, busy/limited. */
const EXPECTED = new Set([200, 201, 401, 429, 503])

export type BurstResult = {
  requests: number
  concurrency: number
  /** Responses received within `timeoutMs`. */
  answered: number
  /** Status → count. */
  statuses: Record<string, number>
  /** Responses outside the expected statuses, or no response in time. */
  unexpected: string[]
  slowestMs: number
  writes: { acknowledged: number; found: number; missing: string[] }
  elapsedMs: number
}

type Step = { kind: string; run: () => Promise<Response>; verify?: () => Promise<boolean> }

const json = (token?: string) => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `JWT ${token}` } : {}),
})

const createResource = async (url: string, token: string, title: string, fn?: number) => {
  const response = await fetch(`${url}/api/resources`, {
    method: 'POST',
    headers: json(token),
    body: JSON.stringify({ title, type: 'survey', ...(fn ? { function: fn } : {}) }),
  })
  if (response.status !== 201)
    throw new Error(`setup create: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

/**
 * Sends `size` requests at once (a mix in fixed proportions), waits for every answer up to
 * `timeoutMs` each, then checks in the database (through the API, as the coordination) that
 * every acknowledged create, change and delete is there.
 */
export const runBurst = async ({
  url,
  size,
  timeoutMs = 30_000,
  tag = `burst-${Date.now()}`,
}: {
  url: string
  size: number
  timeoutMs?: number
  tag?: string
}): Promise<BurstResult> => {
  const coordinator = await signInOver(url, 'coordination@unadel.test')
  const pilot = await signInOver(url, 'pilote@collectif-ville-campagne.test')
  const functions = (await (await fetch(`${url}/api/functions?limit=10&depth=0`)).json()) as {
    docs: Array<{ id: number; slug: string }>
  }
  const pilotFunction = functions.docs.find((f) => f.slug === 'expertise-prospective')!.id

  // Documents the burst changes and deletes, made beforehand, one at a time.
  const units = Math.max(1, Math.round(size / 10))
  const shared = await createResource(url, coordinator, `${tag} shared`)
  const toPatch: number[] = []
  const toDelete: number[] = []
  for (let i = 0; i < units; i++) {
    toPatch.push(
      await createResource(
        url,
        i % 2 ? pilot : coordinator,
        `${tag} patch ${i}`,
        i % 2 ? pilotFunction : undefined,
      ),
    )
    toDelete.push(await createResource(url, coordinator, `${tag} delete ${i}`))
  }

  const get = async (path: string, token = coordinator) =>
    (await (await fetch(`${url}/api${path}`, { headers: json(token) })).json()) as {
      docs?: Array<Record<string, unknown>>
      totalDocs?: number
    } & Record<string, unknown>

  // Every request gives up after `timeoutMs`: one that has no answer by then counts as unanswered.
  const call = (input: string, init: RequestInit = {}) =>
    fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })
  /** `body` as JSON to `/api` + `path`, as `token`'s holder (anonymously without one). */
  const send = (method: string, path: string, token: string | undefined, body: unknown) =>
    call(`${url}/api${path}`, { method, headers: json(token), body: JSON.stringify(body) })

  const steps: Step[] = []
  for (let i = 0; steps.length < size; i++) {
    const u = i % units
    const title = `${tag} created ${i}`
    const license = `${tag}-licence-${i}`
    const mix: Step[] = [
      {
        kind: 'create',
        run: () =>
          send('POST', '/resources', i % 2 ? pilot : coordinator, {
            title,
            type: 'tool',
            ...(i % 2 ? { function: pilotFunction } : {}),
          }),
        verify: async () =>
          (
            await get(
              `/resources?where[title][equals]=${encodeURIComponent(title)}&draft=true&depth=0`,
            )
          ).totalDocs === 1,
      },
      {
        kind: 'patch-shared',
        run: () => send('PATCH', `/resources/${shared}`, coordinator, { pages: i + 1 }),
      },
      {
        kind: 'patch',
        run: () =>
          send('PATCH', `/resources/${toPatch[u]}`, u % 2 ? pilot : coordinator, { license }),
        // Later PATCHes of the same document may have replaced this one: its version must exist.
        verify: async () =>
          ((
            await get(
              `/resources/versions?where[parent][equals]=${toPatch[u]}&where[version.license][equals]=${encodeURIComponent(license)}&depth=0`,
            )
          ).totalDocs ?? 0) >= 1,
      },
      {
        kind: 'delete',
        run: () =>
          call(`${url}/api/resources/${toDelete[u]}`, {
            method: 'DELETE',
            headers: json(coordinator),
          }),
        verify: async () =>
          (await call(`${url}/api/resources/${toDelete[u]}`, { headers: json(coordinator) }))
            .status === 404,
      },
      {
        kind: 'login',
        run: () =>
          send('POST', '/users/login', undefined, {
            email: 'membre@irdsu.test',
            password: i % 3 ? DEMO_PASSWORD : 'wrong-password',
          }),
      },
      {
        kind: 'forgot-password',
        run: () =>
          send('POST', '/users/forgot-password', undefined, {
            email: i % 2 ? 'membre@irdsu.test' : `nobody-${i}@example.org`,
          }),
      },
      { kind: 'list', run: () => call(`${url}/api/resources?limit=20&page=${1 + (i % 3)}`) },
      { kind: 'list', run: () => call(`${url}/api/events?limit=10&depth=1`) },
      {
        kind: 'graphql',
        run: () =>
          send('POST', '/graphql', i % 2 ? coordinator : undefined, {
            query: '{ Resources(limit: 10) { totalDocs docs { id title function { title } } } }',
          }),
      },
      {
        kind: 'read',
        run: () => call(`${url}/api/resources/${shared}`, { headers: json(coordinator) }),
      },
    ]
    steps.push(...mix.slice(0, size - steps.length))
  }

  const statuses: Record<string, number> = {}
  const unexpected: string[] = []
  const acknowledged: Step[] = []
  let slowestMs = 0
  let answered = 0
  const started = Date.now()
  await Promise.all(
    steps.map(async (step) => {
      const begun = Date.now()
      try {
        const response = await step.run()
        await response.arrayBuffer()
        answered++
        slowestMs = Math.max(slowestMs, Date.now() - begun)
        statuses[response.status] = (statuses[response.status] ?? 0) + 1
        if (!EXPECTED.has(response.status)) unexpected.push(`${step.kind}: ${response.status}`)
        if (response.ok && step.verify) acknowledged.push(step)
      } catch (error) {
        unexpected.push(`${step.kind}: ${(error as Error).name} ${(error as Error).message}`)
      }
    }),
  )
  const elapsedMs = Date.now() - started

  const missing: string[] = []
  let found = 0
  for (const step of acknowledged) {
    if (await step.verify!()) found++
    else missing.push(step.kind)
  }
  return {
    requests: steps.length,
    concurrency: steps.length,
    answered,
    statuses,
    unexpected,
    slowestMs,
    writes: { acknowledged: acknowledged.length, found, missing },
    elapsedMs,
  }
}
