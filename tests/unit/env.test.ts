import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ownOrigins, readEnv, resolveSecret, serverUrl, StartupError } from '../../src/env'

const refusal = (source: Record<string, string | undefined>) => {
  try {
    readEnv(source)
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError)
    return (error as Error).message
  }
  throw new Error('readEnv accepted it')
}

describe('readEnv', () => {
  it('has defaults for an empty environment', () => {
    const env = readEnv({})
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      SERVE_ADMIN: true,
      CORS_ORIGINS: [],
      GRAPHQL_INTROSPECTION: false,
      DB_POOL_MAX: 10,
      API_MAX_LIMIT: 100,
      API_CACHE_MAX_BYTES: 64 * 1024 * 1024,
      TRUST_PROXY: false,
      LOG_LEVEL: 'info',
    })
    expect(env.DATABASE_URL).toBeUndefined()
    expect(env.SERVER_URL).toBeUndefined()
  })

  it('takes an empty variable for an unset one', () => {
    expect(readEnv({ PORT: '', SERVE_ADMIN: '', DATABASE_URL: '' })).toMatchObject({
      PORT: 3000,
      SERVE_ADMIN: true,
      DATABASE_URL: undefined,
    })
  })

  it('reads numbers and booleans', () => {
    expect(readEnv({ PORT: '8080', SERVE_ADMIN: 'false', API_CACHE_MAX_BYTES: '0' })).toMatchObject(
      { PORT: 8080, SERVE_ADMIN: false, API_CACHE_MAX_BYTES: 0 },
    )
  })

  it('checks ports from 1 to 65535', () => {
    expect(readEnv({ PORT: '1' }).PORT).toBe(1)
    expect(readEnv({ PORT: '65535' }).PORT).toBe(65535)
    expect(refusal({ PORT: '0' })).toMatch(/^Invalid environment variable PORT: /)
    expect(refusal({ PORT: '65536' })).toMatch(/^Invalid environment variable PORT: /)
    expect(refusal({ PORT: 'http' })).toMatch(/^Invalid environment variable PORT: /)
  })

  it('names the variable and the rule when one is wrong', () => {
    expect(refusal({ DATABASE_URL: 'mysql://x/db' })).toBe(
      'Invalid environment variable DATABASE_URL: must be a postgres:// or postgresql:// URL',
    )
    expect(refusal({ SERVE_ADMIN: 'yes' })).toMatch(/^Invalid environment variable SERVE_ADMIN: /)
    expect(refusal({ DB_POOL_MAX: '2' })).toMatch(/^Invalid environment variable DB_POOL_MAX: /)
  })

  it('keeps the origin of SERVER_URL and refuses a path', () => {
    expect(readEnv({ SERVER_URL: 'https://pole.example/' }).SERVER_URL).toBe('https://pole.example')
    expect(readEnv({ SERVER_URL: 'https://pole.example' }).SERVER_URL).toBe('https://pole.example')
    expect(refusal({ SERVER_URL: 'https://pole.example/app' })).toBe(
      'Invalid environment variable SERVER_URL: must be an origin such as https://pole.example, without a path',
    )
    expect(refusal({ SERVER_URL: 'ftp://pole.example' })).toMatch(/^Invalid .* SERVER_URL: /)
  })

  it('reads CORS_ORIGINS as a list of origins', () => {
    expect(
      readEnv({ CORS_ORIGINS: ' https://a.example/ , http://b.example:8080,, ' }).CORS_ORIGINS,
    ).toEqual(['https://a.example', 'http://b.example:8080'])
    expect(refusal({ CORS_ORIGINS: 'https://a.example,nonsense' })).toMatch(
      /^Invalid environment variable CORS_ORIGINS\.1: /,
    )
  })

  it('reads TRUST_PROXY as false, a count or addresses, never true', () => {
    expect(readEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false)
    expect(readEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2)
    expect(readEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toEqual([
      'loopback',
      '10.0.0.0/8',
    ])
    expect(refusal({ TRUST_PROXY: 'true' })).toMatch(/^Invalid .* TRUST_PROXY: true would let/)
    expect(refusal({ TRUST_PROXY: 'proxy.example' })).toMatch(/^Invalid .* TRUST_PROXY: must be/)
  })
})

describe('serverUrl and ownOrigins', () => {
  it('defaults to localhost on the port, with its 127.0.0.1 alias', () => {
    const env = readEnv({ PORT: '4000' })
    expect(serverUrl(env)).toBe('http://localhost:4000')
    expect(ownOrigins(env)).toEqual(['http://localhost:4000', 'http://127.0.0.1:4000'])
  })

  it('gives 127.0.0.1 its localhost alias too', () => {
    const env = readEnv({ SERVER_URL: 'http://127.0.0.1:5000' })
    expect(ownOrigins(env)).toEqual(['http://localhost:5000', 'http://127.0.0.1:5000'])
  })

  it('gives a public origin alone', () => {
    const env = readEnv({ SERVER_URL: 'https://pole.example' })
    expect(serverUrl(env)).toBe('https://pole.example')
    expect(ownOrigins(env)).toEqual(['https://pole.example'])
  })
})

describe('resolveSecret', () => {
  const strong = 'x'.repeat(32)

  it('uses a secret of 32 characters or more as it is', () => {
    expect(resolveSecret(readEnv({ PAYLOAD_SECRET: strong, NODE_ENV: 'production' }))).toBe(strong)
  })

  it('refuses production without a strong secret', () => {
    expect(() => resolveSecret(readEnv({ NODE_ENV: 'production' }))).toThrow(
      /^PAYLOAD_SECRET is missing: production needs at least 32 characters/,
    )
    expect(() =>
      resolveSecret(readEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: strong.slice(1) })),
    ).toThrow(/^PAYLOAD_SECRET is too short: production/)
  })

  it('refuses a short secret elsewhere too', () => {
    expect(() => resolveSecret(readEnv({ PAYLOAD_SECRET: 'short' }))).toThrow(
      /^PAYLOAD_SECRET is too short: use at least 32/,
    )
  })

  it('generates one once and keeps it in the data folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'))
    try {
      const env = readEnv({ DATA_DIR: path.join(dir, 'data') })
      const secret = resolveSecret(env)
      expect(secret).toMatch(/^[0-9a-f]{64}$/)
      expect(resolveSecret(env)).toBe(secret)
      expect(fs.statSync(path.join(dir, 'data', 'payload-secret')).mode & 0o777).toBe(0o600)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
