import type { LookupAddress } from 'node:dns'

import type { PayloadRequest } from 'payload'

import ipaddr from 'ipaddr.js'
import dns from 'node:dns'
import net from 'node:net'

import { type Language, type MessageParams } from '../../../shared/messages'
import { deliveryText, fieldMessage } from '../errors'
import { type DeliveryMessageKey, deliveryMessage } from '../messages'

/**
 * Where webhooks may be sent. A webhook is a request the server makes on an admin's behalf, so without a rule it
 * reaches whatever the server reaches: cloud metadata (169.254.169.254), services on loopback, the office network.
 * Only public unicast addresses are allowed, checked on the URL when it is saved and on every address the name
 * resolves to when it is delivered (so a name that later points inside is refused too). WEBHOOK_ALLOWED_HOSTS
 * names the exceptions: local receivers in development and tests, a partner inside a VPN.
 */

/** The DNS lookup deliveries and save-time checks use; the specs play DNS by replacing it. */
export const webhookNetwork: { lookup: typeof dns.lookup } = { lookup: dns.lookup }

/** Names that only mean something inside a network (RFC 6761/6762/8375 and common private suffixes). */
const INTERNAL_SUFFIXES = [
  'localhost',
  'local',
  'internal',
  'localdomain',
  'home.arpa',
  'lan',
  'intranet',
]

/** ipaddr.js range names, as the refusal says them. Anything but `unicast` is refused. */
const RANGE_WORDS: Record<string, Record<Language, string>> = {
  '6to4': {
    en: 'a 6to4 address (it embeds an IPv4 address)',
    kk: '6to4 мекенжайы (ішінде IPv4 мекенжайы бар)',
    ru: 'адрес 6to4 (в нём вложен адрес IPv4)',
  },
  broadcast: { en: 'the broadcast address', kk: 'тарату мекенжайы', ru: 'широковещательный адрес' },
  carrierGradeNat: {
    en: 'a shared (carrier-grade NAT) address',
    kk: 'ортақ мекенжай (провайдердің NAT желісі)',
    ru: 'общий адрес (NAT провайдера)',
  },
  ipv4Mapped: {
    en: 'an IPv4-mapped IPv6 address',
    kk: 'IPv4 бейнеленген IPv6 мекенжайы',
    ru: 'адрес IPv6 с отображённым IPv4',
  },
  linkLocal: {
    en: 'a link-local address (cloud metadata lives there)',
    kk: 'жергілікті арна мекенжайы (бұлттың метадеректері сонда)',
    ru: 'локальный адрес канала (там находятся метаданные облака)',
  },
  loopback: {
    en: 'a loopback address',
    kk: 'кері тұйықталу мекенжайы',
    ru: 'адрес обратной петли',
  },
  multicast: { en: 'a multicast address', kk: 'топтық тарату мекенжайы', ru: 'групповой адрес' },
  private: { en: 'a private address', kk: 'жеке желі мекенжайы', ru: 'адрес частной сети' },
  rfc6052: {
    en: 'a NAT64 address (it embeds an IPv4 address)',
    kk: 'NAT64 мекенжайы (ішінде IPv4 мекенжайы бар)',
    ru: 'адрес NAT64 (в нём вложен адрес IPv4)',
  },
  rfc6145: {
    en: 'an IPv4-translated address',
    kk: 'IPv4-тен аударылған мекенжай',
    ru: 'транслированный из IPv4 адрес',
  },
  teredo: {
    en: 'a Teredo address (it embeds an IPv4 address)',
    kk: 'Teredo мекенжайы (ішінде IPv4 мекенжайы бар)',
    ru: 'адрес Teredo (в нём вложен адрес IPv4)',
  },
  uniqueLocal: {
    en: 'a unique-local address',
    kk: 'бірегей жергілікті мекенжай',
    ru: 'уникальный локальный адрес',
  },
  unspecified: {
    en: 'the unspecified address',
    kk: 'белгісіз (нөлдік) мекенжай',
    ru: 'неопределённый адрес',
  },
}

/** Why a target is refused: a catalogue message (kk, ru, en), said in the language of whoever reads it. */
export type TargetProblem = { key: DeliveryMessageKey; params?: MessageParams }

/** A problem in one language (the delivery log is written in English, the admin's answers in its language). */
export const problemText = (problem: TargetProblem, language: string): string =>
  deliveryMessage(problem.key, problem.params, language)

type Allowlist = { names: Set<string>; ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] }

const normaliseName = (name: string) =>
  name
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')

/** The addresses of IPv4-mapped IPv6 are compared as IPv4, so `::ffff:10.0.0.1` matches an allowed `10.0.0.0/8`. */
const plain = (address: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 =>
  address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()
    ? (address as ipaddr.IPv6).toIPv4Address()
    : address

/**
 * WEBHOOK_ALLOWED_HOSTS: comma-separated host names (`receiver.localhost`), addresses (`127.0.0.1`, `::1`) and
 * ranges (`10.20.0.0/16`) that webhooks may reach although they are not public. Read on every check.
 */
export const webhookAllowlist = (): Allowlist => {
  const names = new Set<string>()
  const ranges: Allowlist['ranges'] = []
  for (const raw of (process.env.WEBHOOK_ALLOWED_HOSTS ?? '').split(',')) {
    const entry = normaliseName(raw.trim())
    if (!entry) continue
    if (entry.includes('/') && ipaddr.isValidCIDR(entry)) {
      const [range, bits] = ipaddr.parseCIDR(entry)
      ranges.push([
        plain(range),
        range.kind() === 'ipv6' && plain(range).kind() === 'ipv4' ? bits - 96 : bits,
      ])
    } else if (ipaddr.isValid(entry)) {
      const address = plain(ipaddr.parse(entry))
      ranges.push([address, address.kind() === 'ipv4' ? 32 : 128])
    } else names.add(entry)
  }
  return { names, ranges }
}

const allowedAddress = (address: ipaddr.IPv4 | ipaddr.IPv6, allowlist: Allowlist) => {
  const candidate = plain(address)
  return allowlist.ranges.some(
    ([range, bits]) => range.kind() === candidate.kind() && candidate.match(range as never, bits),
  )
}

/** Why an address may not be a webhook target, or undefined when it may. */
export const addressProblem = (
  address: string,
  allowlist = webhookAllowlist(),
): TargetProblem | undefined => {
  if (!ipaddr.isValid(address))
    return { key: 'WEBHOOK_TARGET_REFUSED.notAddress', params: { address } }
  const parsed = ipaddr.parse(address)
  if (allowedAddress(parsed, allowlist)) return undefined
  const range = parsed.range()
  if (range === 'unicast') return undefined
  return RANGE_WORDS[range]
    ? { key: 'WEBHOOK_TARGET_REFUSED.range', params: { range: RANGE_WORDS[range] } }
    : { key: 'WEBHOOK_TARGET_REFUSED.reserved', params: { range } }
}

/** Why a host name may not be a webhook target before any DNS is asked, or undefined. */
const nameProblem = (hostname: string, allowlist: Allowlist): TargetProblem | undefined => {
  const name = normaliseName(hostname)
  if (allowlist.names.has(name)) return undefined
  if (net.isIP(name)) return addressProblem(name, allowlist)
  if (!name.includes('.')) return { key: 'WEBHOOK_TARGET_REFUSED.singleLabel' }
  const suffix = INTERNAL_SUFFIXES.find(
    (internal) => name === internal || name.endsWith(`.${internal}`),
  )
  if (suffix) return { key: 'WEBHOOK_TARGET_REFUSED.internalSuffix', params: { suffix } }
  return undefined
}

/**
 * Field validation of a webhook URL (no DNS: the admin form calls it as the admin types). HTTPS to a public host;
 * plain HTTP only to a host the allowlist names. The URL is read as WHATWG parsers (and Node's HTTP client) read
 * it, so `127.1`, `2130706433`, `0x7f.1` and `[::ffff:7f00:1]` are all seen as 127.0.0.1.
 */
export const validateWebhookUrl = (
  value: null | string | undefined,
  options: { req?: PayloadRequest } = {},
): string | true => {
  const { req } = options
  if (!value) return fieldMessage(req, 'VALIDATION_FAILED.webhookUrlRequired', { field: 'url' })
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return fieldMessage(req, 'VALIDATION_FAILED.webhookNotAbsolute', { value })
  }
  if (url.username || url.password) return fieldMessage(req, 'VALIDATION_FAILED.webhookCredentials')
  const allowlist = webhookAllowlist()
  const named =
    allowlist.names.has(normaliseName(url.hostname)) ||
    (net.isIP(normaliseName(url.hostname)) > 0 &&
      allowedAddress(ipaddr.parse(normaliseName(url.hostname)), allowlist))
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && named)) {
    return fieldMessage(req, 'VALIDATION_FAILED.webhookHttps')
  }
  const problem = nameProblem(url.hostname, allowlist)
  return problem
    ? fieldMessage(req, 'VALIDATION_FAILED.webhookRefused', {
        host: url.hostname,
        problem: deliveryText(problem.key, problem.params),
      })
    : true
}

/** A delivery or save refused by the target rule: never sent, and (at delivery) not retried. */
export class WebhookTargetRefused extends Error {
  code = 'WEBHOOK_TARGET_REFUSED'
  /** The problem in every language, for the delivery log (the message is English). */
  readonly problemText?: Exclude<MessageParams[string], number | string>

  constructor(message: string, problemText?: Exclude<MessageParams[string], number | string>) {
    super(message)
    this.problemText = problemText
  }
}

/** The refusal for a set of resolved addresses of `hostname`, or undefined when every one is allowed. */
export const resolvedProblem = (
  hostname: string,
  addresses: LookupAddress[],
  allowlist = webhookAllowlist(),
): TargetProblem | undefined => {
  if (allowlist.names.has(normaliseName(hostname))) return undefined
  for (const { address } of addresses) {
    const problem = addressProblem(address, allowlist)
    if (problem)
      return {
        key: 'WEBHOOK_TARGET_REFUSED.resolvesPrivate',
        params: {
          host: normaliseName(hostname),
          problem: deliveryText(problem.key, problem.params),
        },
      }
  }
  return undefined
}

/**
 * A `lookup` for Node's HTTP client: resolves the name, refuses the connection when any address is not allowed,
 * and hands the client only the addresses it checked, so the socket goes exactly where the check looked (a DNS
 * answer that changes between check and connect cannot slip through).
 */
export const guardedLookup: typeof dns.lookup = ((
  hostname: string,
  options: dns.LookupOptions,
  callback: (...args: unknown[]) => void,
) => {
  const wantsAll = typeof options === 'object' && options?.all === true
  webhookNetwork.lookup(
    hostname,
    { ...(typeof options === 'object' ? options : {}), all: true },
    (error, addresses) => {
      if (error) return callback(error)
      const list = addresses as LookupAddress[]
      const problem = resolvedProblem(hostname, list)
      if (problem)
        return callback(
          new WebhookTargetRefused(
            problemText(problem, 'en'),
            deliveryText(problem.key, problem.params),
          ),
        )
      if (wantsAll) return callback(null, list)
      return callback(null, list[0]?.address, list[0]?.family)
    },
  )
}) as typeof dns.lookup

const SAVE_DNS_TIMEOUT_MS = 3_000

/**
 * Save-time DNS check of a URL that passed `validateWebhookUrl`: a name that already resolves to an address that
 * is not allowed is refused now, not only at its first delivery. A name that does not resolve (yet), or a DNS
 * that is slow, does not block the save: delivery checks again.
 */
export const resolvedUrlProblem = async (value: string): Promise<TargetProblem | undefined> => {
  const { hostname } = new URL(value)
  const name = normaliseName(hostname)
  if (net.isIP(name)) return undefined // literal addresses were checked by validateWebhookUrl
  const addresses = await new Promise<LookupAddress[] | undefined>((resolve) => {
    const timer = setTimeout(() => resolve(undefined), SAVE_DNS_TIMEOUT_MS)
    webhookNetwork.lookup(name, { all: true }, (error, found) => {
      clearTimeout(timer)
      resolve(error ? undefined : (found as LookupAddress[]))
    })
  })
  return addresses ? resolvedProblem(name, addresses) : undefined
}
