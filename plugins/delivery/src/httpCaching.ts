import type { SanitizedConfig } from 'payload'

import { createHash } from 'crypto'
import { getPayload } from 'payload'

import { isAnonymousRequest } from '../../shared/credentials'

/** What caches may do with an anonymous 200: serve it for a minute, then briefly while revalidating. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300'
export const PRIVATE_CACHE_CONTROL = 'private, no-store'
/** Responses differ by credentials: a cache must never hand a signed-in caller's request an anonymous copy or back. */
const VARY = 'Authorization, Cookie'

type RouteHandler<C> = (request: Request, context: C) => Promise<Response>
type Config = Promise<SanitizedConfig> | SanitizedConfig

/** A strong validator: the SHA-256 of the exact bytes sent. */
export const strongETag = (body: Uint8Array): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

/** `If-None-Match` matches when it lists the tag (weak comparison, RFC 9110 §13.1.2) or is `*`. */
export const matchesIfNoneMatch = (header: null | string, etag: string): boolean => {
  if (!header) return false
  const bare = etag.replace(/^W\//, '')
  return header.split(',').some((candidate) => {
    const tag = candidate.trim()
    return tag === '*' || tag.replace(/^W\//, '') === bare
  })
}

const isTextual = (contentType: null | string) => /json|xml|text\//i.test(contentType ?? '')

/**
 * Gives a public body its cache headers and ETag, or a 304 when the client already has it. Used for the REST
 * GET route and for other public routes (sitemap) that build their body themselves.
 */
export const publicResponse = (
  request: Request,
  body: Uint8Array,
  headers: Headers,
  status = 200,
): Response => {
  const etag = strongETag(body)
  headers.set('Cache-Control', PUBLIC_CACHE_CONTROL)
  headers.set('ETag', etag)
  headers.append('Vary', VARY)
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) {
    headers.delete('Content-Length')
    headers.delete('Content-Type')
    return new Response(null, { headers, status: 304 })
  }
  headers.set('Content-Length', String(body.byteLength))
  return new Response(body as BodyInit, { headers, status })
}

const withHeaders = (response: Response, headers: Headers) =>
  new Response(response.body, { headers, status: response.status, statusText: response.statusText })

/**
 * Wraps a GET route handler with HTTP caching:
 * - a request that is not anonymous (plugins/shared/credentials.ts: it carries credentials in any form, or an auth
 *   strategy resolves a user for it): `Cache-Control: private, no-store` and no ETag, whatever the handler set;
 * - anonymous 200 with a JSON/XML/text body: `public, max-age=60, stale-while-revalidate=300`, a strong ETag, and
 *   304 for a matching `If-None-Match`;
 * - anonymous errors: `no-store` (a refusal or a 404 is not worth caching and may change any moment).
 * Otherwise a handler that set `Cache-Control` itself (signed previews, the sitemap) keeps it. Files (media) keep
 * Payload's own headers.
 */
export const withHttpCaching =
  <C>(handler: RouteHandler<C>, config: Config): RouteHandler<C> =>
  async (request, context) => {
    const response = await handler(request, context)
    const payload = await getPayload({ config, cron: true })
    const headers = new Headers(response.headers)
    if (!(await isAnonymousRequest(request, payload))) {
      headers.set('Cache-Control', PRIVATE_CACHE_CONTROL)
      headers.delete('ETag')
      if (!/\bCookie\b/i.test(headers.get('vary') ?? '')) headers.append('Vary', VARY)
      return withHeaders(response, headers)
    }
    if (response.headers.has('cache-control')) return response
    if (response.status !== 200) {
      headers.set('Cache-Control', 'no-store')
      return withHeaders(response, headers)
    }
    if (!isTextual(response.headers.get('content-type')) || response.headers.has('etag')) {
      headers.set('Cache-Control', PUBLIC_CACHE_CONTROL)
      headers.append('Vary', VARY)
      return withHeaders(response, headers)
    }
    return publicResponse(request, new Uint8Array(await response.arrayBuffer()), headers)
  }
