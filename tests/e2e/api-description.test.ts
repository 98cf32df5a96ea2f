import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { compileErrors, validate } from '@readme/openapi-parser'
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  type GraphQLSchema,
  lexicographicSortSchema,
  printSchema,
} from 'graphql'
import openapiTS, { astToString } from 'openapi-typescript'
import type { Endpoint, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rootDir } from '../../src/paths'
import { describeApi } from '../../src/plugins/api-description'
import { payload } from '../helpers/api'
import { PRODUCTION, serverForTests, startServer, type TestServer } from '../helpers/server'

const run = promisify(execFile)
const bin = (name: string) => path.join(rootDir, 'node_modules/.bin', name)

type Document = {
  openapi: string
  info: { version: string }
  paths: Record<string, Record<string, { summary: string; parameters?: unknown[] }>>
  components: { parameters: Record<string, { schema: { enum?: string[] } }> }
}

/** The docs' typed client example (docs/api.md, « API description »). */
const docsExample = () => {
  const page = fs.readFileSync(path.join(rootDir, 'docs/api.md'), 'utf8')
  return /```typescript\n([\s\S]*?)```/.exec(page)![1]!
}

const sorted = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema))

/** `/:id/jsonld` → `/{id}/jsonld`; an optional `:id?` stands for both paths. */
const asOpenapi = (p: string) => p.replace(/\/:(\w+)\?/, '/{$1}').replace(/:(\w+)/g, '{$1}')

describe('the API description, through the real server', () => {
  let server: TestServer
  let document: Document
  let response: Response

  beforeAll(async () => {
    server = await startServer()
    response = await fetch(`${server.url}/api/openapi.json`)
    document = (await response.clone().json()) as Document
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('serves an OpenAPI 3.1 document that a real validator accepts, cached like public reads', async () => {
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=/)
    const etag = response.headers.get('etag')!
    expect(etag).toBeTruthy()
    const again = await fetch(`${server.url}/api/openapi.json`, {
      headers: { 'if-none-match': etag },
    })
    expect(again.status).toBe(304)

    expect(document.openapi).toBe('3.1.0')
    const result = await validate(structuredClone(document) as never)
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true)
    // A document that breaks the specification is refused: the validator does look.
    const broken = structuredClone(document)
    broken.paths['/api/resources']!.get!.parameters = [{ name: 'limit' }]
    expect((await validate(broken as never)).valid).toBe(false)
  })

  it('has every collection and every endpoint of the config, the locales among them', async () => {
    const p = await payload()
    const { leftOut } = await describeApi(p, { serverUrl: server.url })
    const api = p.config.routes.api
    const has = (method: string, at: string) => Boolean(document.paths[at]?.[method])
    const missing: string[] = []
    const check = (endpoint: Endpoint, base: string, slug?: string) => {
      const at = `${base}${endpoint.path === '/' ? '' : asOpenapi(endpoint.path)}`
      const out = leftOut.find(
        (l) => l.method === endpoint.method && l.path === endpoint.path && l.collection === slug,
      )
      if (out) expect(out.why).not.toMatch(/no description/)
      else if (!has(endpoint.method, at)) missing.push(`${endpoint.method} ${at}`)
    }
    for (const endpoint of p.config.endpoints) check(endpoint, api)
    for (const collection of p.config.collections) {
      if (collection.admin?.hidden !== true) {
        expect(document.paths[`${api}/${collection.slug}`]?.get?.summary).toBeTruthy()
        expect(document.paths[`${api}/${collection.slug}/{id}`]?.get?.summary).toBeTruthy()
      }
      for (const endpoint of collection.endpoints || [])
        check(endpoint, `${api}/${collection.slug}`, collection.slug)
    }
    expect(missing).toEqual([])
    // The project's endpoints, each with its own description.
    for (const [at, method] of [
      ['/api/search', 'get'],
      ['/api/events/calendar.ics', 'get'],
      ['/api/feeds/resources.xml', 'get'],
      ['/api/feeds/events.xml', 'get'],
      ['/api/sitemap.xml', 'get'],
      ['/sitemap.xml', 'get'],
      ['/api/budget-lines/summary', 'get'],
      ['/api/resources/{id}/jsonld', 'get'],
      ['/api/graphql/schema.graphql', 'get'],
      ['/api/graphql', 'post'],
    ] as const)
      expect(document.paths[at]?.[method]?.summary, at).toBeTruthy()
    expect(document.components.parameters.locale!.schema.enum).toEqual(['fr', 'en', 'all'])
    // Who may call: budget lines are never public, published resources are.
    const security = (at: string) =>
      (document.paths[at]!.get as unknown as { security: object[] }).security
    expect(security('/api/budget-lines')).toEqual([{ bearer: [] }, { cookie: [] }])
    expect(security('/api/resources')).toContainEqual({})
    expect(security('/api/resources')).toContainEqual({ apiKey: [] })
    // The search's parameters come from the schema the endpoint checks its query with.
    expect(document.paths['/api/search']!.get!.parameters).toContainEqual(
      expect.objectContaining({ name: 'q', in: 'query', required: true }),
    )
  })

  it('reports an endpoint added without a description', async () => {
    const p = await payload()
    const { undescribed } = await describeApi(p, { serverUrl: server.url })
    expect(undescribed).toEqual([])
    const added: Endpoint = { path: '/forgotten', method: 'get', handler: () => Response.json({}) }
    const withOneMore = {
      ...p,
      config: { ...p.config, endpoints: [...p.config.endpoints, added] },
    } as Payload
    expect((await describeApi(withOneMore, { serverUrl: server.url })).undescribed).toEqual([
      { method: 'get', path: '/forgotten', collection: undefined },
    ])
  })

  it('gives a client that type-checks a real call, refuses a wrong one, and reads data', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pole-client-'))
    try {
      fs.symlinkSync(path.join(rootDir, 'node_modules'), path.join(dir, 'node_modules'))
      // A partner's project: ES modules (the example awaits at its top level).
      fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}')
      const types = astToString(await openapiTS(document as never))
      fs.writeFileSync(path.join(dir, 'pole-api.d.ts'), types)
      const example = docsExample()
      fs.writeFileSync(path.join(dir, 'main.ts'), example)
      const wrong = example.replace('limit: 5', "limit: 'five'")
      expect(wrong).not.toBe(example)
      fs.writeFileSync(path.join(dir, 'wrong.ts'), wrong)
      const tsc = (file: string) =>
        run(bin('tsc'), [
          '--noEmit',
          '--strict',
          '--skipLibCheck',
          '--target',
          'es2022',
          '--module',
          'esnext',
          '--moduleResolution',
          'bundler',
          '--types',
          'node',
          path.join(dir, file),
        ]).then(
          () => '',
          (e: { stdout: string }) => e.stdout,
        )
      expect(await tsc('main.ts')).toBe('')
      const refused = await tsc('wrong.ts')
      expect(refused).toMatch(/wrong\.ts.*error TS2322/)
      expect(refused).toContain("'string' is not assignable to type 'number'")

      const { stdout } = await run(bin('tsx'), [path.join(dir, 'main.ts')], {
        cwd: dir,
        env: { ...process.env, SERVER_URL: server.url },
      })
      expect(stdout).toMatch(/^\d{4} \S/m)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('serves the GraphQL schema (SDL), equal to the schema the server runs', async () => {
    const sdl = await fetch(`${server.url}/api/graphql/schema.graphql`)
    expect(sdl.status).toBe(200)
    expect(sdl.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(sdl.headers.get('cache-control')).toMatch(/^public, max-age=/)
    const served = buildSchema(await sdl.text())
    // Introspection is on outside production: the live schema, as the GraphQL route answers it.
    const introspection = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: getIntrospectionQuery({
          specifiedByUrl: true,
          directiveIsRepeatable: true,
          inputValueDeprecation: true,
        }),
      }),
    }).then((r) => r.json() as Promise<{ data: never }>)
    const live = buildClientSchema(introspection.data)
    expect(sorted(served)).toBe(sorted(live))
    expect(served.getQueryType()!.getFields().search).toBeDefined()
  })
})

describe('the API description in production', () => {
  const server = serverForTests({ env: PRODUCTION })

  it('is served while introspection is off', async () => {
    const introspection = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    }).then((r) => r.json() as Promise<{ errors?: Array<{ message: string }> }>)
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i)

    const sdl = await fetch(`${server.url}/api/graphql/schema.graphql`)
    expect(sdl.status).toBe(200)
    expect(buildSchema(await sdl.text()).getType('Resource')).toBeDefined()
    const openapi = await fetch(`${server.url}/api/openapi.json`)
    expect(openapi.status).toBe(200)
    expect(((await openapi.json()) as Document).paths['/api/resources']).toBeDefined()
  })
})
