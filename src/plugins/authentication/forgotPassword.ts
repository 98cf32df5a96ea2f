import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

// Payload's default pause between two messages to one address (auth.forgotPassword).
const DEFAULT_INTERVAL_MS = 15_000
// How long a message takes before any was measured; then the median of the last few.
const FIRST_GUESS_MS = 50
const SAMPLES = 21

const sending = new WeakMap<PayloadRequest, number>()
const durations: number[] = []

const typicalDuration = () => {
  if (!durations.length) return FIRST_GUESS_MS
  const sorted = [...durations].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

type Account = { resetPasswordRequestedAt?: unknown }

/**
 * A request for a password reset answers the same "success" for every address, but Payload
 * answers at once when it sends nothing (an unknown address, or one asked for a moment ago) and
 * after writing the token and the message otherwise: the delay told which addresses exist. Here
 * a request that sends nothing waits as long as one that sends a message takes (the median of
 * the last ones measured), so both cost alike.
 */
export const answerForgotPasswordAlike: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'forgotPassword') return args
  const email = (args.data as { email?: unknown } | undefined)?.email
  const account =
    typeof email === 'string' && email.trim()
      ? ((await req.payload.db.findOne({
          collection: collection.slug,
          req,
          where: { email: { equals: email.toLowerCase().trim() } },
        })) as Account | null)
      : null
  const interval = collection.auth.forgotPassword?.minRequestInterval ?? DEFAULT_INTERVAL_MS
  const askedAt =
    typeof account?.resetPasswordRequestedAt === 'string'
      ? Date.parse(account.resetPasswordRequestedAt)
      : NaN
  const sends =
    account !== null && (interval <= 0 || Number.isNaN(askedAt) || askedAt <= Date.now() - interval)
  if (sends) sending.set(req, performance.now())
  else await new Promise((resolve) => setTimeout(resolve, typicalDuration()))
  return args
}

/** Measures the requests that sent a message (Payload runs this hook only for them). */
export const measureForgotPassword: CollectionAfterOperationHook = ({ operation, req, result }) => {
  const started = sending.get(req)
  if (operation === 'forgotPassword' && started !== undefined) {
    durations.push(performance.now() - started)
    if (durations.length > SAMPLES) durations.shift()
  }
  return result
}
