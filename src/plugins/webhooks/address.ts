import dns from 'node:dns'
import net from 'node:net'

// Where a partner URL must not lead: this machine, its private networks, link-local (cloud
// metadata at 169.254.169.254), shared, multicast and reserved ranges.
const internal = new net.BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  internal.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 127],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  internal.addSubnet(network, prefix, 'ipv6')

/** An address of this machine or of a private network (IPv4 written inside IPv6 included). */
export const isInternalAddress = (address: string): boolean => {
  const bare = address.replace(/^\[|\]$/g, '')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)
  if (mapped) return internal.check(mapped[1]!, 'ipv4')
  const family = net.isIP(bare)
  if (family === 0) return false
  return internal.check(bare, family === 4 ? 'ipv4' : 'ipv6')
}

export type UrlProblem = 'urlInvalid' | 'urlProtocol' | 'urlCredentials' | 'urlPrivate'

/**
 * What is wrong with an endpoint's URL, if anything: only http(s), no credentials (they would
 * sit in the database and the logs), and, unless allowed, no internal address named directly.
 * A host name is checked again on each delivery, on the address it resolves to.
 */
export const urlProblem = (value: unknown, allowInternal: boolean): UrlProblem | undefined => {
  if (typeof value !== 'string' || value.length > 2048 || !URL.canParse(value)) return 'urlInvalid'
  const url = new URL(value)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'urlProtocol'
  if (!url.hostname) return 'urlInvalid'
  if (url.username || url.password) return 'urlCredentials'
  if (!allowInternal && (isInternalAddress(url.hostname) || /^localhost\.?$/i.test(url.hostname)))
    return 'urlPrivate'
  return undefined
}

/** Raised when a partner's host name resolves to an internal address. */
export class InternalAddressError extends Error {
  override name = 'InternalAddressError'
  constructor(readonly address: string) {
    super(`internal address refused (${address})`)
  }
}

/**
 * A DNS lookup for outbound requests that refuses internal addresses: the check is on the very
 * address the socket connects to, so a name that resolves differently later (DNS rebinding)
 * gains nothing.
 */
export const guardedLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0)
    const refused = addresses.find(({ address }) => isInternalAddress(address))
    if (refused) return callback(new InternalAddressError(refused.address), '', 0)
    if (options.all) return (callback as (...args: unknown[]) => void)(null, addresses)
    return callback(null, addresses[0]!.address, addresses[0]!.family)
  })
}
