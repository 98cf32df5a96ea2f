import type { Payload, PayloadRequest, SanitizedCollectionConfig } from 'payload'

/**
 * Payload treats an API key it does not know as no key at all (an anonymous request). A partner
 * site whose key was revoked must learn it at once rather than silently get less, so the host asks
 * this first: a request carrying an unknown or revoked key gets 401.
 */
export const refuseUnknownApiKey = async (
  payload: Payload,
  request: Request,
): Promise<Response | undefined> => {
  const header = request.headers.get('authorization') ?? ''
  const keyed = payload.config.collections.some(
    (c) => c.auth?.useAPIKey && header.startsWith(`${c.slug} API-Key `),
  )
  if (!keyed) return undefined
  const { user } = await payload.auth({ headers: request.headers })
  if (user) return undefined
  return Response.json({ errors: [{ message: 'Unknown or revoked API key.' }] }, { status: 401 })
}

/**
 * A caller signed in with an API key (Payload marks the user its API-key strategy found), or a
 * user of a collection that signs in with nothing else (`api-clients`), however it was passed.
 */
export const byApiKey = (req: PayloadRequest): boolean => {
  const user = req.user as (PayloadRequest['user'] & { _strategy?: string }) | null
  if (!user) return false
  const auth = req.payload.collections[user.collection]?.config.auth
  return (
    user._strategy === 'api-key' || Boolean(auth?.useAPIKey && auth.disableLocalStrategy === true)
  )
}

const WRITES = ['create', 'update', 'delete', 'unlock'] as const

/**
 * API keys read, and write nothing: every write access of the collection, Payload's own (locks,
 * preferences) included, refuses them before the collection's own rule is asked.
 */
export const refuseApiKeyWrites = (collection: SanitizedCollectionConfig): void => {
  for (const operation of WRITES) {
    const access = collection.access[operation]
    collection.access[operation] = (args) => (byApiKey(args.req) ? false : access(args))
  }
}
