import crypto from 'node:crypto'
import { promisify } from 'node:util'

import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

const pbkdf2 = promisify(crypto.pbkdf2)

// Payload's password hashes (payload/dist/auth/strategies/local/generatePasswordSaltHash.js):
// pbkdf2 with sha256, 600 000 iterations and 32 bytes behind the `pbkdf2-sha256-v1:` prefix;
// older hashes without it, 25 000 iterations and 512 bytes.
const CURRENT = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

// Hashed with when there is no account: the same work as for one.
const NO_ACCOUNT_SALT = crypto.randomBytes(32).toString('hex')

type Account = { id: number | string; hash?: unknown; salt?: unknown; lockUntil?: unknown }

const parametersOf = (hash: string) => (hash.startsWith(CURRENT.prefix) ? CURRENT : LEGACY)

/** Payload's own check of a password, its work done in full whether or not there is an account. */
const checkPassword = async (password: string, account: Account | null) => {
  const hash = typeof account?.hash === 'string' ? account.hash : undefined
  const salt = typeof account?.salt === 'string' ? account.salt : NO_ACCOUNT_SALT
  const { iterations, keyLength } = hash ? parametersOf(hash) : CURRENT
  await pbkdf2(password, salt, iterations, keyLength, 'sha256')
}

const isLocked = (account: Account) =>
  typeof account.lockUntil === 'string' && new Date(account.lockUntil).getTime() > Date.now()

/**
 * Signing in says nothing about an account but whether the password was right. Payload answers
 * an unknown address at once, a known one after checking the password (pbkdf2, ~200 ms), and a
 * locked one with "locked": three answers that tell which addresses exist. Here an unknown or
 * locked account gets the same password check as a real one, then the same 401 as a wrong
 * password ("email or password incorrect"); an account that can sign in goes on to Payload's
 * login, which checks the password once and counts a wrong one towards the lock.
 */
export const answerLoginAlike: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  // Missing credentials are Payload's 400, the same for every address.
  if (typeof email !== 'string' || typeof password !== 'string' || password.trim() === '')
    return args
  const account = (await req.payload.db.findOne({
    collection: collection.slug,
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })) as Account | null
  if (account && !isLocked(account)) return args
  await checkPassword(password, account)
  throw new AuthenticationError(req.t)
}
