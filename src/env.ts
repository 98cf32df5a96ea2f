import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { z } from 'zod'

import { isPagePattern } from './plugins/feeds/pages'
import { rootDir } from './paths'

const port = z.coerce.number().int().min(1).max(65535)

// Express's `trust proxy`: which reverse proxies' X-Forwarded-For names the client (and so its
// rate limit). `true` would believe any client about its own address: a count or addresses only.
const PROXY_KEYWORDS = ['loopback', 'linklocal', 'uniquelocal']
const trustProxy = z
  .string()
  .refine(
    (value) => value !== 'true',
    'true would let any client choose its IP address: give the number of proxies in front (e.g. 1) or their addresses',
  )
  .transform((value) =>
    value === 'false'
      ? false
      : /^\d+$/.test(value)
        ? Number(value)
        : value.split(',').map((a) => a.trim()),
  )
  .refine(
    (value) =>
      !Array.isArray(value) ||
      value.every((a) => PROXY_KEYWORDS.includes(a) || net.isIP(a.split('/')[0]!) !== 0),
    'must be false, a number of proxies, or addresses such as loopback or 10.0.0.0/8',
  )

// Empty strings count as unset: `FOO= npm start` must behave like no FOO at all.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

const pagePattern = z
  .string()
  .refine(
    isPagePattern,
    'must be an http(s) URL with {slug} or {id}, e.g. https://site.example/ressources/{slug}',
  )

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: optional(port).default(3000),
  HOST: optional(z.string()),
  DATABASE_URL: optional(
    z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }),
  ),
  EMBEDDED_PG_PORT: optional(port),
  PAYLOAD_SECRET: optional(z.string()),
  DATA_DIR: optional(z.string()).default(path.join(rootDir, '.data')),
  // An API-only node (behind a load balancer, or in tests) starts faster without the admin.
  SERVE_ADMIN: optional(z.enum(['true', 'false']))
    .default('true')
    .transform((value) => value === 'true'),
  // The server's public origin (absolute URLs, JSON-LD ids, the origin whose session cookies
  // count); http://localhost:PORT when unset. An origin: the app is served from the root.
  SERVER_URL: optional(
    z
      .url({ protocol: /^https?$/, error: 'must be an origin such as https://pole.example' })
      .refine(
        (url) => new URL(url).pathname === '/',
        'must be an origin such as https://pole.example, without a path',
      )
      .transform((url) => new URL(url).origin),
  ),
  // The public site that shows the content (README, "Feeds and sitemap"): its home, and a
  // document's page per collection, with {slug} or {id}; the feeds and the sitemap link there.
  PUBLIC_SITE_URL: optional(
    z
      .url({ protocol: /^https?$/, error: 'must be a URL such as https://site.example' })
      .transform((url) => url.replace(/\/+$/, '')),
  ),
  PUBLIC_URL_RESOURCES: optional(pagePattern),
  PUBLIC_URL_TRAININGS: optional(pagePattern),
  PUBLIC_URL_EVENTS: optional(pagePattern),
  PUBLIC_URL_REGIONAL_GROUPS: optional(pagePattern),
  PUBLIC_URL_MEMBERS: optional(pagePattern),
  // URLs per sitemap, beyond which /sitemap.xml is an index (the protocol allows 50 000).
  SITEMAP_MAX_URLS: optional(z.coerce.number().int().min(1).max(50_000)).default(50_000),
  // Partner sites allowed to call the API from a browser: comma-separated origins.
  CORS_ORIGINS: optional(z.string())
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.url({ protocol: /^https?$/, error: 'must list origins such as https://site.example' }),
      ),
    )
    .transform((urls) => urls.map((url) => new URL(url).origin)),
  GRAPHQL_INTROSPECTION: optional(z.enum(['true', 'false']))
    .default('false')
    .transform((value) => value === 'true'),
  // The database pool and its time limits (README, "Under load and when the database fails").
  DB_POOL_MAX: optional(z.coerce.number().int().min(3).max(500)).default(10),
  DB_POOL_ACQUIRE_TIMEOUT_MS: optional(z.coerce.number().int().min(100)).default(5000),
  DB_STATEMENT_TIMEOUT_MS: optional(z.coerce.number().int().min(100)).default(30_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: optional(z.coerce.number().int().min(100)).default(30_000),
  // Limits against abuse (README, "Limits"; docs/api.md, "Limits").
  API_MAX_LIMIT: optional(z.coerce.number().int().min(1)).default(100),
  API_MAX_JSON_BYTES: optional(z.coerce.number().int().min(1024)).default(1024 * 1024),
  GRAPHQL_MAX_COST: optional(z.coerce.number().int().min(1)).default(10_000),
  GRAPHQL_MAX_READS: optional(z.coerce.number().int().min(1)).default(20),
  // Public reads kept in memory, in bytes (README, "At 100 000 documents"); 0 turns the cache off.
  API_CACHE_MAX_BYTES: optional(z.coerce.number().int().min(0)).default(64 * 1024 * 1024),
  // Tests only: change notifications handled this late, as a busy process or network would.
  API_CACHE_TEST_DELIVERY_DELAY_MS: optional(z.coerce.number().int().min(0)).default(0),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: optional(z.coerce.number().int().min(0)).default(300),
  RATE_LIMIT_API_KEY_PER_MINUTE: optional(z.coerce.number().int().min(0)).default(3000),
  TRUST_PROXY: optional(trustProxy).default(false),
  LOG_LEVEL: optional(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  ).default('info'),
  // Email (README, "Email"): through SMTP when SMTP_HOST is set, else kept as .eml files.
  SMTP_HOST: optional(z.string()),
  SMTP_PORT: optional(port),
  // true: TLS from the first byte (port 465); false: STARTTLS when the server offers it.
  SMTP_SECURE: optional(z.enum(['true', 'false']))
    .default('false')
    .transform((value) => value === 'true'),
  SMTP_USER: optional(z.string()),
  SMTP_PASSWORD: optional(z.string()),
  // « Name <address> » or an address alone.
  EMAIL_FROM: optional(
    z
      .string()
      .transform((value) => {
        const named = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(value)
        return named
          ? { name: named[1]!.replace(/^"|"$/g, ''), address: named[2]!.trim() }
          : { name: '', address: value.trim() }
      })
      .pipe(
        z.object({
          name: z.string(),
          address: z.email({ error: 'must be an address, or « Name <address> »' }),
        }),
      ),
  ),
  // Background work (email, scheduled publishing): how often a server process runs the queued
  // jobs, and the first pause before a failed delivery is tried again (doubled at each failure).
  JOBS_RUN_EVERY_SECONDS: optional(z.coerce.number().int().min(1).max(3600)).default(10),
  EMAIL_RETRY_DELAY_SECONDS: optional(z.coerce.number().int().min(1)).default(60),
  // Webhooks (README, "Webhooks"): deliveries to loopback and private addresses are refused in
  // production unless allowed here (a closed network, tests); allowed elsewhere unless refused.
  WEBHOOKS_ALLOW_PRIVATE_URLS: optional(z.enum(['true', 'false'])).transform((value) =>
    value === undefined ? undefined : value === 'true',
  ),
  WEBHOOKS_RETRY_DELAY_SECONDS: optional(z.coerce.number().int().min(1)).default(30),
  WEBHOOKS_TIMEOUT_SECONDS: optional(z.coerce.number().int().min(1).max(120)).default(10),
})

export type Env = z.infer<typeof envSchema>

const LOOPBACK_NAMES = ['localhost', '127.0.0.1']

/** The server's public origin: SERVER_URL, else http://localhost:PORT. */
export const serverUrl = (env: Env): string => env.SERVER_URL ?? `http://localhost:${env.PORT}`

/**
 * The origins the admin is served from, whose session cookies count (CSRF): the server's own,
 * with its loopback alias (http://127.0.0.1:PORT for http://localhost:PORT and back).
 */
export const ownOrigins = (env: Env): string[] => {
  const own = new URL(serverUrl(env))
  if (!LOOPBACK_NAMES.includes(own.hostname)) return [own.origin]
  return LOOPBACK_NAMES.map((name) => {
    const alias = new URL(own.origin)
    alias.hostname = name
    return alias.origin
  })
}

/** Where email goes: the SMTP server of SMTP_*, or none (then kept as files, see the email plugin). */
export const smtpOf = (env: Env) => {
  if (!env.SMTP_HOST) return undefined
  if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD))
    throw new StartupError(
      `Invalid environment variable ${env.SMTP_USER ? 'SMTP_PASSWORD' : 'SMTP_USER'}: SMTP_USER and SMTP_PASSWORD go together`,
    )
  return {
    host: env.SMTP_HOST,
    port: env.SMTP_PORT ?? (env.SMTP_SECURE ? 465 : 587),
    secure: env.SMTP_SECURE,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD! } : undefined,
  }
}

/** The sender: EMAIL_FROM, else « Pôle métiers <noreply@the server's host name> ». */
export const emailFrom = (env: Env) =>
  env.EMAIL_FROM ?? {
    name: 'Pôle métiers',
    address: `noreply@${new URL(serverUrl(env)).hostname}`,
  }

/** Whether webhooks may reach internal addresses: WEBHOOKS_ALLOW_PRIVATE_URLS, else outside production. */
export const webhooksAllowPrivate = (env: Env): boolean =>
  env.WEBHOOKS_ALLOW_PRIVATE_URLS ?? env.NODE_ENV !== 'production'

/** The public site's home: PUBLIC_SITE_URL, else the server's own origin. */
export const publicSiteUrl = (env: Env): string => env.PUBLIC_SITE_URL ?? serverUrl(env)

/** A document's page on the public site, per collection: PUBLIC_URL_*, else under PUBLIC_SITE_URL. */
export const publicPages = (env: Env) => {
  const site = publicSiteUrl(env)
  return {
    resources: env.PUBLIC_URL_RESOURCES ?? `${site}/ressources/{slug}`,
    trainings: env.PUBLIC_URL_TRAININGS ?? `${site}/formations/{slug}`,
    events: env.PUBLIC_URL_EVENTS ?? `${site}/evenements/{slug}`,
    'regional-groups': env.PUBLIC_URL_REGIONAL_GROUPS ?? `${site}/groupes-regionaux/{slug}`,
    members: env.PUBLIC_URL_MEMBERS ?? `${site}/membres/{slug}`,
  }
}

export class StartupError extends Error {
  override name = 'StartupError'
}

/** Reads and checks the environment once; a bad variable stops the start with its name. */
export const readEnv = (source: Record<string, string | undefined> = process.env): Env => {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new StartupError(`Invalid environment variable ${issue.path.join('.')}: ${issue.message}`)
  }
  return parsed.data
}

const MIN_SECRET_LENGTH = 32

/**
 * The secret signs sessions. Production must be given a strong one; elsewhere one is generated
 * once and kept in the data folder so that logins survive restarts.
 */
export const resolveSecret = (env: Env): string => {
  if (env.PAYLOAD_SECRET && env.PAYLOAD_SECRET.length >= MIN_SECRET_LENGTH)
    return env.PAYLOAD_SECRET
  if (env.NODE_ENV === 'production') {
    throw new StartupError(
      `PAYLOAD_SECRET is ${env.PAYLOAD_SECRET ? 'too short' : 'missing'}: production needs at least ${MIN_SECRET_LENGTH} characters (e.g. PAYLOAD_SECRET=$(openssl rand -hex 32)).`,
    )
  }
  if (env.PAYLOAD_SECRET) {
    throw new StartupError(
      `PAYLOAD_SECRET is too short: use at least ${MIN_SECRET_LENGTH} characters, or unset it to use a generated one.`,
    )
  }
  const file = path.join(env.DATA_DIR, 'payload-secret')
  try {
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
    fs.mkdirSync(env.DATA_DIR, { recursive: true })
    const secret = crypto.randomBytes(32).toString('hex')
    fs.writeFileSync(file, secret, { mode: 0o600 })
    return secret
  } catch (error) {
    throw new StartupError(
      `Cannot keep the generated secret in ${env.DATA_DIR} (${(error as NodeJS.ErrnoException).code}): make that folder writable, or set DATA_DIR or PAYLOAD_SECRET.`,
    )
  }
}
