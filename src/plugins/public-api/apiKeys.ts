import type { Payload } from 'payload'

/**
 * Payload treats an API key it does not know as no key at all (an anonymous request). A partner
 * site whose key was revoked must learn it at once rather than silently get less, so the host asks
 * this first: a request carrying an unknown or revoked key gets 401.
 */
export const refuseUnknownApiKey = async (payload: Payload, request: Request): Promise<Response | undefined> => {
  const header = request.headers.get('authorization') ?? ''
  const keyed = payload.config.collections.some((c) => c.auth?.useAPIKey && header.startsWith(`${c.slug} API-Key `))
  if (!keyed) return undefined
  const { user } = await payload.auth({ headers: request.headers })
  if (user) return undefined
  return Response.json({ errors: [{ message: 'Unknown or revoked API key.' }] }, { status: 401 })
}
