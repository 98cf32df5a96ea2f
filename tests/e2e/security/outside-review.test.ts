import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, findDocs } from '../../helpers/api'
import { signInOver, startServer, type TestServer } from '../../helpers/server'

/**
 * Found by the second outside review of issue 10, through the real server (the rate limits and
 * the host's routes sit in front of Payload's handlers).
 */

const ANONYMOUS_PER_MINUTE = 6
const MEMBER = 'membre@irdsu.test'
const ADMIN = 'admin@pole-metiers.test'

let server: TestServer
let member: string
let addresses = 0

/** A caller of its own (the server trusts the loopback proxy's X-Forwarded-For): counts start at zero. */
const newCaller = (headers: Record<string, string> = {}) => ({
  'x-forwarded-for': `198.51.100.${++addresses}`,
  'accept-language': 'en',
  'content-type': 'application/json',
  ...headers,
})

const graphql = (query: string, headers: Record<string, string>, path = '/api/graphql') =>
  fetch(`${server.url}${path}`, { method: 'POST', headers, body: JSON.stringify({ query }) })

const loginMutation = (alias: string, email: string, password: string) =>
  `${alias}: loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token }`

const loginAttemptsOf = async (email: string) => {
  const docs = await findDocs('users', { email: { equals: email } }, { showHiddenFields: true })
  return (docs[0] as { loginAttempts?: number }).loginAttempts ?? 0
}

beforeAll(async () => {
  server = await startServer({
    env: { TRUST_PROXY: 'loopback', RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(ANONYMOUS_PER_MINUTE) },
  })
  member = await signInOver(server.url, MEMBER, newCaller())
})
afterAll(async () => {
  await server?.stop()
})

describe('GraphQL sign-ins count against the address, like REST', () => {
  it('with a session or an API key, loginUser is still counted and limited per address', async () => {
    const caller = newCaller({ authorization: `JWT ${member}` })
    // A signed-in member's other requests are not counted...
    const list = await graphql('{ Functions { totalDocs } }', caller)
    expect(list.status).toBe(200)
    expect(list.headers.get('ratelimit-limit')).toBeNull()
    // ...its guesses at others' passwords are, up to the anonymous limit.
    const statuses: number[] = []
    for (let i = 0; i < ANONYMOUS_PER_MINUTE + 1; i++) {
      const answer = await graphql(
        `mutation { ${loginMutation('a', `nobody-${i}@example.test`, 'wrong-password')} }`,
        caller,
      )
      expect(answer.headers.get('ratelimit-limit')).toBe(String(ANONYMOUS_PER_MINUTE))
      statuses.push(answer.status)
    }
    expect(statuses.slice(0, ANONYMOUS_PER_MINUTE).every((s) => s === 200)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })

  it('one sign-in a request: aliases (or fragments) asking for several are refused, naming query, and try nothing', async () => {
    const before = await loginAttemptsOf(ADMIN)
    // Express serves GraphQL at /api/GraphQL/ too, where the check once did not look.
    for (const path of ['/api/graphql', '/api/GraphQL', '/api/graphql/']) {
      const aliased = await graphql(
        `mutation { ${loginMutation('a', ADMIN, 'guess-1')} ${loginMutation('b', ADMIN, 'guess-2')} }`,
        newCaller({ authorization: `JWT ${member}` }),
        path,
      )
      expect(aliased.status, path).toBe(400)
      expect(
        ((await aliased.json()) as { errors: Array<{ message: string }> }).errors[0]!.message,
      ).toMatch(/^query: one sign-in/)
    }

    const spread = await graphql(
      `mutation { ...Guesses } fragment Guesses on Mutation { ${loginMutation('a', ADMIN, 'guess-3')} unlockUser(email: "x@example.test") }`,
      newCaller(),
    )
    expect(spread.status).toBe(400)
    expect(await loginAttemptsOf(ADMIN)).toBe(before)
  })

  it('a single sign-in over GraphQL still works', async () => {
    const answer = await graphql(
      `mutation { ${loginMutation('me', MEMBER, DEMO_PASSWORD)} }`,
      newCaller(),
    )
    expect(answer.status).toBe(200)
    expect(
      ((await answer.json()) as { data: { me: { token: string } } }).data.me.token,
    ).toBeTruthy()
  })
})

describe('email verification, which no collection uses', () => {
  it('POST /api/users/verify/<token> answers 404, not a 500 from a query on a missing column', async () => {
    const answer = await fetch(`${server.url}/api/users/verify/whatever`, {
      method: 'POST',
      headers: newCaller(),
    })
    expect(answer.status).toBe(404)
    expect(server.output()).not.toMatch(/_verificationToken/)
  })
})
