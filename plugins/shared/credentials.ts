import type { Payload } from 'payload'

import { executeAuthStrategies } from 'payload'

/** Whitespace of every kind (String#trim, which Payload's cookie parser uses, removes Unicode spaces too) and quotes. */
const NOISE = /[\s"'\\]/gu

const decoded = (text: string): string => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * Whether a Cookie header may hold Payload's auth cookie in any spelling a cookie parser could accept. Payload
 * trims cookie names, lets the last duplicate win and URI-decodes values (payload/dist/utilities/parseCookies.js);
 * other parsers differ in case, quoting and separators. So the test is deliberately loose: the cookie name appears
 * anywhere once whitespace, quotes and case are ignored, before or after percent-decoding. A false positive only
 * costs a cache miss.
 */
export const cookieMayHoldToken = (cookieHeader: null | string, cookieName: string): boolean => {
  if (!cookieHeader) return false
  const wanted = cookieName.toLowerCase()
  return [cookieHeader, decoded(cookieHeader)].some((text) =>
    text.replace(NOISE, '').toLowerCase().includes(wanted),
  )
}

/** Payload's auth cookie name for this config. */
export const authCookieName = (payload: Payload): string => `${payload.config.cookiePrefix}-token`

/**
 * Whether the request carries anything Payload's own strategies could read as credentials: any `Authorization`
 * header (JWT, Bearer, API keys; any scheme and case — an invalid or expired one included) or anything that may be
 * the auth cookie. Such a request is never public, whoever it turns out to be.
 */
export const carriesCredentials = (headers: Headers, payload: Payload): boolean =>
  headers.has('authorization') || cookieMayHoldToken(headers.get('cookie'), authCookieName(payload))

/** The user Payload's auth strategies (its own and any a plugin adds) resolve for these headers, or null. */
export const resolveUser = async (headers: Headers, payload: Payload): Promise<unknown> =>
  (await executeAuthStrategies({ canSetHeaders: false, headers, isGraphQL: false, payload }))
    .user ?? null

/**
 * Whether a request is anonymous: it carries no credentials at all, and no auth strategy resolves a user for it.
 * The user Payload attached to the request while handling it (`createPayloadRequest` assigns `user` onto the very
 * Request object it was given) is used when present; otherwise the strategies are asked here. For a request
 * without credentials that costs no database read: the built-in strategies only query with a token in hand.
 */
export const isAnonymousRequest = async (request: Request, payload: Payload): Promise<boolean> => {
  if (carriesCredentials(request.headers, payload)) return false
  const handled = request as Request & { user?: unknown }
  const user = 'user' in handled ? handled.user : await resolveUser(request.headers, payload)
  return !user
}
