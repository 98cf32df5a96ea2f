import crypto from 'node:crypto'
import { promisify } from 'node:util'

import { AuthenticationError, type CollectionBeforeOperationHook, incrementLoginAttempts } from 'payload'

const pbkdf2 = promisify(crypto.pbkdf2)

// Payload's password hashes (payload/dist/auth/strategies/local/generatePasswordSaltHash.js):
// pbkdf2 with sha256, 600 000 iterations and 32 bytes behind the `pbkdf2-sha256-v1:` prefix;
// older hashes without it, 25 000 iterations and 512 bytes.
const CURRENT = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

// Checked against when there is no account: the same work, and never a match.
const NO_ACCOUNT = { salt: crypto.randomBytes(32).toString('hex'), hash: undefined }

type Account = { id: number | string; hash?: unknown; salt?: unknown; lockUntil?: unknown; loginAttempts?: unknown }

const parametersOf = (hash: string) =>
  hash.startsWith(CURRENT.prefix) ? { ...CURRENT, stored: hash.slice(CURRENT.prefix.length) } : { ...LEGACY, stored: hash }

/** Payload's own check of a password, run in full whether or not there is an account to check. */
const passwordMatches = async (password: string, account: Account | null) => {
  const hash = typeof account?.hash === 'string' ? account.hash : undefined
  const salt = typeof account?.salt === 'string' ? account.salt : NO_ACCOUNT.salt
  const { iterations, keyLength, stored } = hash ? parametersOf(hash) : { ...CURRENT, stored: '' }
  const derived = await pbkdf2(password, salt, iterations, keyLength, 'sha256')
  const expected = Buffer.from(stored, 'hex')
  return derived.length === expected.length && crypto.timingSafeEqual(derived, expected)
}

const isLocked = (account: Account) =>
  typeof account.lockUntil === 'string' && new Date(account.lockUntil).getTime() > Date.now()

/**
 * Signing in says nothing about an account but whether the password was right. Payload answers
 * an unknown address at once, a known one after checking the password (pbkdf2, ~200 ms), and a
 * locked one with "locked": three answers that tell which addresses exist. Here the password is
 * checked in every case, unknown and locked accounts included, and each failure is the same 401
 * ("email or password incorrect"); a wrong password still counts towards the lock. A right one
 * goes on to Payload's login, which checks it once more and opens the session.
 */
export const answerLoginAlike: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  // Missing credentials are Payload's 400, the same for every address.
  if (typeof email !== 'string' || typeof password !== 'string' || password.trim() === '') return args
  const account = (await req.payload.db.findOne({
    collection: collection.slug,
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })) as Account | null
  const matches = await passwordMatches(password, account)
  if (account && !matches && !isLocked(account) && collection.auth.maxLoginAttempts > 0)
    await incrementLoginAttempts({ collection, payload: req.payload, user: account as never })
  if (!account || !matches || isLocked(account)) throw new AuthenticationError(req.t)
  return args
}
