import ipaddr from 'ipaddr.js'

/**
 * Where a request came from, for per-address throttling. The socket address is the only thing a client cannot
 * forge, but a Next route handler does not see the socket: `npm start` (server.mjs) copies it into
 * PEER_ADDRESS_HEADER, replacing whatever the client sent, and marks the process so the header is trusted.
 * X-Forwarded-For is read only when that socket address is a proxy TRUSTED_PROXIES names.
 */
export const PEER_ADDRESS_HEADER = 'x-newsroom-peer-address'
/** Set on globalThis by server.mjs (and the specs' HTTP server): this process fills PEER_ADDRESS_HEADER itself. */
export const PEER_ADDRESS_MARK = Symbol.for('newsroom.server.peerAddressHeader')

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number]

const plain = (address: ipaddr.IPv4 | ipaddr.IPv6) =>
  address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()
    ? (address as ipaddr.IPv6).toIPv4Address()
    : address

const parse = (value: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined => {
  const trimmed = value.trim().replace(/^\[|\]$/g, '')
  return ipaddr.isValid(trimmed) ? plain(ipaddr.parse(trimmed)) : undefined
}

/** TRUSTED_PROXIES: comma-separated addresses or ranges of the reverse proxies in front of this server. */
const trustedProxies = (): Range[] =>
  (process.env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .flatMap((entry): Range[] => {
      if (entry.includes('/') && ipaddr.isValidCIDR(entry)) {
        const [range, bits] = ipaddr.parseCIDR(entry)
        return plain(range).kind() !== range.kind() ? [[plain(range), bits - 96]] : [[range, bits]]
      }
      const address = parse(entry)
      return address ? [[address, address.kind() === 'ipv4' ? 32 : 128]] : []
    })

const isTrusted = (address: ipaddr.IPv4 | ipaddr.IPv6, proxies: Range[]) =>
  proxies.some(
    ([range, bits]) => range.kind() === address.kind() && address.match(range as never, bits),
  )

/**
 * The client's address group: an IPv4 address, or the /64 an IPv6 address is in (one household or device gets a
 * whole /64, so counting single IPv6 addresses would let one client use billions). `unknown` when the process
 * cannot see the socket (next dev / next start without server.mjs) and no proxy header can be trusted.
 */
export const clientAddress = (headers: Headers): string => {
  const marked = Boolean((globalThis as Record<symbol, unknown>)[PEER_ADDRESS_MARK])
  // Without server.mjs the socket address is not known: Next's own X-Forwarded-For keeps what a client sent.
  const peerText = marked
    ? headers.get(PEER_ADDRESS_HEADER)
    : headers.get('x-forwarded-for')?.split(',').at(-1)
  let client = peerText ? parse(peerText) : undefined
  const proxies = marked ? trustedProxies() : []
  if (client && proxies.length && isTrusted(client, proxies)) {
    // Walk X-Forwarded-For from the right: the first address that is not one of our proxies is the client.
    const hops = (headers.get('x-forwarded-for') ?? '').split(',').map(parse).reverse()
    for (const hop of hops) {
      if (!hop) break
      client = hop
      if (!isTrusted(hop, proxies)) break
    }
  }
  if (!client) return 'unknown'
  if (client.kind() === 'ipv4') return client.toString()
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${client.toString()}/64`).toString()}/64`
}
