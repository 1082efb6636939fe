import type { PayloadRequest, SanitizedConfig } from 'payload'

import { getPayload, headersWithCors } from 'payload'

import { languageOfRequest } from '../errors/language'
import { renderMessage } from '../errors/messages'
import { authCookieName, cookieMayHoldToken } from '../../plugins/shared/credentials'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RouteHandler = (request: Request, ...rest: any[]) => Promise<Response>
type Config = Promise<SanitizedConfig> | SanitizedConfig

/** Methods that change nothing: a cross-site one with the cookie is answered as anonymous instead of refused. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export const CROSS_SITE_COOKIE = 'CROSS_SITE_COOKIE'

const originOf = (url: string): string | undefined => {
  try {
    const { origin } = new URL(url)
    return origin === 'null' ? undefined : origin
  } catch {
    return undefined
  }
}

const firstValue = (header: null | string): string | undefined =>
  header?.split(',')[0]?.trim() || undefined

/**
 * The origins this request was sent to: the URL the server saw, and the host the client addressed (a reverse proxy
 * passes it on in `X-Forwarded-Host`/`X-Forwarded-Proto`; a browser cannot set those on a cross-site request, the
 * CORS preflight does not allow them). Behind a proxy that rewrites the host without saying so, set SERVER_URL.
 */
const ownOrigins = (request: Request): Set<string> => {
  const url = new URL(request.url)
  const origins = new Set([url.origin])
  const host = firstValue(request.headers.get('x-forwarded-host')) ?? request.headers.get('host')
  const scheme =
    firstValue(request.headers.get('x-forwarded-proto')) ?? url.protocol.replace(/:$/, '')
  const addressed = host ? originOf(`${scheme}://${host}`) : undefined
  if (addressed) origins.add(addressed)
  return origins
}

/**
 * Whether the browser that sent this request may use the login cookie with it. The trusted origins are Payload's
 * `csrf` list (CSRF_ORIGINS and SERVER_URL) when one is configured — Payload itself then ignores the cookie from
 * any other origin — and otherwise this server's own origin. Evidence is read as browsers send it: `Origin` (on
 * every cross-origin request and every POST/PATCH/PUT/DELETE; `null` is never trusted), else `Sec-Fetch-Site`
 * (`same-origin`, or `none` for a typed URL or bookmark), else the `Referer`'s origin. With none of them the sender
 * is not a browser (browsers send `Origin` on every unsafe request): reads keep the cookie, writes do not.
 */
export const cookieIsSameOrigin = (
  request: Request,
  configuredOrigins: readonly string[],
): boolean => {
  const trusted = configuredOrigins.length > 0 ? new Set(configuredOrigins) : ownOrigins(request)
  const allowed = (origin: string | undefined) => origin !== undefined && trusted.has(origin)
  const origin = request.headers.get('origin')
  if (origin !== null) return allowed(originOf(origin))
  const site = request.headers.get('sec-fetch-site')
  if (site !== null) return site === 'same-origin' || site === 'none'
  const referer = request.headers.get('referer')
  if (referer !== null) return allowed(originOf(referer))
  return SAFE_METHODS.has(request.method.toUpperCase())
}

const withoutCookies = (request: Request): Request => {
  const headers = new Headers(request.headers)
  headers.delete('cookie')
  return new Request(request, { headers })
}

/**
 * Login cookies are only used by requests from this site (Payload accepts them from any origin while its `csrf`
 * list is empty, the default without SERVER_URL and CSRF_ORIGINS). A cross-site request that carries the cookie:
 * - reads (GET, HEAD, OPTIONS) go on without any cookie, so they get the anonymous view;
 * - anything else is refused with 403 `CROSS_SITE_COOKIE` before Payload runs, unless it also carries an
 *   `Authorization` header (not something a cross-site page can send), which then alone signs it in.
 */
export const withSameOriginCookies = <H extends RouteHandler>(handler: H, config: Config): H =>
  (async (request: Request, ...rest: unknown[]) => {
    const payload = await getPayload({ config, cron: true })
    if (!cookieMayHoldToken(request.headers.get('cookie'), authCookieName(payload)))
      return handler(request, ...rest)
    if (cookieIsSameOrigin(request, payload.config.csrf)) return handler(request, ...rest)
    if (SAFE_METHODS.has(request.method.toUpperCase()) || request.headers.has('authorization')) {
      return handler(withoutCookies(request), ...rest)
    }
    const message = renderMessage(CROSS_SITE_COOKIE, {}, languageOfRequest(request, payload.config))
    return Response.json(
      { code: CROSS_SITE_COOKIE, errors: [{ code: CROSS_SITE_COOKIE, message }], message },
      {
        headers: headersWithCors({
          headers: new Headers({ 'Cache-Control': 'no-store' }),
          req: { headers: request.headers, payload } as PayloadRequest,
        }),
        status: 403,
      },
    )
  }) as H
