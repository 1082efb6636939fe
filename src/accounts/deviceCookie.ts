import type { PayloadRequest } from 'payload'

import crypto from 'node:crypto'
import { parseCookies } from 'payload/shared'

import { serverUrl } from '../env'
import { keyedHash } from './keys'

/**
 * A "known device" cookie (OWASP's device cookies): a browser that has signed in to an account gets one, signed
 * with the server's secret and bound to that account. Failed sign-ins from a browser holding it are counted for
 * that browser alone, so a stranger's guesses (which lock out strangers) never lock the owner out of the browser
 * she always uses, and one attacker behind the newsroom's NAT does not lock out colleagues who have signed in before.
 */
const MAX_AGE_S = 180 * 24 * 3600

const nameFor = (accountKey: string) => `newsroom-device-${accountKey.slice(0, 12)}`

const signature = (req: PayloadRequest, accountKey: string, device: string, issuedAt: string) =>
  keyedHash(req.payload, 'device-cookie', `${accountKey}:${device}:${issuedAt}`)

/** The device id of a valid cookie for this account, or undefined. */
export const knownDevice = (req: PayloadRequest, accountKey: string): string | undefined => {
  const value = parseCookies(req.headers).get(nameFor(accountKey))
  const [device, issuedAt, signed] = value?.split('.') ?? []
  if (!device || !issuedAt || !signed) return undefined
  const expected = Buffer.from(signature(req, accountKey, device, issuedAt))
  if (expected.length !== signed.length || !crypto.timingSafeEqual(expected, Buffer.from(signed)))
    return undefined
  if (Date.now() - Number(issuedAt) * 1000 > MAX_AGE_S * 1000) return undefined
  return device
}

/** Adds the device cookie for this account to the response (a fresh one, or the same device renewed). */
export const issueDeviceCookie = (
  req: PayloadRequest,
  accountKey: string,
  device = crypto.randomBytes(12).toString('hex'),
): void => {
  const issuedAt = String(Math.floor(Date.now() / 1000))
  const value = `${device}.${issuedAt}.${signature(req, accountKey, device, issuedAt)}`
  const secure = serverUrl().startsWith('https:') ? '; Secure' : ''
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append(
    'Set-Cookie',
    `${nameFor(accountKey)}=${value}; Path=/api; Max-Age=${MAX_AGE_S}; HttpOnly; SameSite=Strict${secure}`,
  )
}
