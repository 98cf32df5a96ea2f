import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { readEnv, resolveSecret } from '../../src/env'
import { rootDir } from '../../src/paths'
import { graphql, login, payload, rest } from '../helpers/api'

describe('schema', () => {
  it('the committed migrations produce exactly the schema of the config (no drift)', async () => {
    const db = (await payload()).db
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const dir = path.join(rootDir, 'migrations')
    const latest = fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)!
    const committed = JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8'))
    const statements = await generateMigration(committed, await generateDrizzleJson(db.schema))
    expect(statements, 'run `npm run migrate:create` and commit the migration').toEqual([])
  })
})

describe('REST and GraphQL in process', () => {
  it('answers /api/users/me for an anonymous visitor and for a signed-in admin', async () => {
    const anonymous = await rest('GET', '/users/me')
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.user).toBeNull()

    const token = await login('admin@pole-metiers.test')
    const me = await rest('GET', '/users/me', { token })
    expect(me.body.user).toMatchObject({ email: 'admin@pole-metiers.test', roles: ['admin'] })
  })

  it('refuses a wrong password without saying which part was wrong', async () => {
    const { status, body } = await rest('POST', '/users/login', {
      body: { email: 'admin@pole-metiers.test', password: 'not-the-password' },
    })
    expect(status).toBe(401)
    expect(JSON.stringify(body)).not.toContain('not-the-password')
  })

  it('answers GraphQL with the signed-in user', async () => {
    const token = await login('admin@pole-metiers.test')
    const { status, body } = await graphql('{ meUser { user { email roles } } }', {}, { token })
    expect(status).toBe(200)
    expect(body.data.meUser.user).toEqual({ email: 'admin@pole-metiers.test', roles: ['admin'] })
  })
})

describe('environment', () => {
  it('names the variable that is wrong', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT/)
    expect(() => readEnv({ DATABASE_URL: 'mysql://x@y/z' })).toThrow(/DATABASE_URL.*postgres/)
    expect(readEnv({ PORT: '' }).PORT).toBe(3000)
  })

  it('refuses a missing or short secret in production, with the fix', () => {
    expect(() => resolveSecret(readEnv({ NODE_ENV: 'production' }))).toThrow(
      /PAYLOAD_SECRET is missing.*openssl rand/,
    )
    expect(() =>
      resolveSecret(readEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })),
    ).toThrow(/PAYLOAD_SECRET is too short/)
  })

  it('outside production, generates a secret once and keeps it', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pole-secret-'))
    const first = resolveSecret(readEnv({ DATA_DIR: dataDir }))
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(resolveSecret(readEnv({ DATA_DIR: dataDir }))).toBe(first)
    fs.rmSync(dataDir, { recursive: true })
  })
})
