import type { IncomingMessage } from 'node:http'
import type { SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { isCacheableRequest } from '../../plugins/delivery/src/publicCache/withPublicReadCache'

type Config = Promise<SanitizedConfig> | SanitizedConfig
type RestGet = (
  request: Request,
  context: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

/**
 * Where `npm start` (server.mjs) finds the public read fast path: set when the REST route module loads
 * (src/app/(payload)/api/[...slug]/route.ts), so it is the very GET handler Next would call.
 */
export const PUBLIC_READ_FAST_PATH = Symbol.for('newsroom.server.publicReadFastPath')

/**
 * Answers a request itself (the route's own Response), or declines it (undefined): then Next serves it. `origin` is
 * the scheme, host and port of the URL the route handler sees — what Next would give it (server.mjs: Next's own
 * rule, its hostname and port, not the Host header).
 */
export type PublicReadFastPath = (
  req: IncomingMessage,
  origin: string,
) => Promise<Response | undefined>

/** A collection's list or one item, nothing more: `/api/<collection>` or `/api/<collection>/<id>`, no trailing slash. */
const PUBLIC_READ_PATH = /^\/api\/([^/?#]+)(?:\/([^/?#]+))?$/

/** The path segments of a request URL the fast path may take, decoded as Next decodes a catch-all's, or undefined. */
const segmentsOf = (url: string): string[] | undefined => {
  const query = url.indexOf('?')
  const match = PUBLIC_READ_PATH.exec(query < 0 ? url : url.slice(0, query))
  if (!match) return undefined
  try {
    return [match[1], match[2]]
      .filter((part): part is string => part !== undefined)
      .map(decodeURIComponent)
  } catch {
    return undefined // a malformed escape: Next answers it
  }
}

/** The incoming request as the Fetch Request a route handler gets (a GET: no body). */
export const toFetchRequest = (req: IncomingMessage, origin: string): Request => {
  const headers = new Headers()
  const raw = req.rawHeaders
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i], raw[i + 1])
  return new Request(`${origin}${req.url ?? '/'}`, { headers, method: 'GET' })
}

/**
 * The public read fast path. Next's router, its request and response adapters and its proxy cost about 2 ms of
 * CPU per request (measured on a cache hit: 0.2 ms of it was ours); for an anonymous read served from the public
 * cache that is almost all of the work. So `npm start` offers each request here first, and this takes only what
 * the public cache takes — GETs of a public collection's list or item, without draft or preview parameters, from
 * a caller with no credentials of any kind (`isCacheableRequest`, the cache's own test) — and hands it to the REST
 * route's own GET handler, with the route parameters Next would give it. Everything the app does to such a request
 * (the cache, ETags and 304s, the request guard, security headers, errors in the caller's language) is in that
 * handler, so it happens here too. What Next itself adds around a route's response — the headers of next.config.mjs
 * and gzip — server.mjs adds (it reads them from the build). Anything declined goes to Next unchanged.
 */
export const publicReadFastPath =
  (GET: RestGet, config: Config): PublicReadFastPath =>
  async (req, origin) => {
    if (req.method !== 'GET' || !req.url?.startsWith('/api/')) return undefined
    // A GET with a body is unusual enough to be left to Next, which hands the route the body as it came.
    if (req.headers['transfer-encoding'] || Number(req.headers['content-length'] ?? 0) > 0)
      return undefined
    const slug = segmentsOf(req.url)
    if (!slug) return undefined
    const request = toFetchRequest(req, origin)
    const payload = await getPayload({ config, cron: true })
    if (!(await isCacheableRequest(request, payload))) return undefined
    return GET(request, { params: Promise.resolve({ slug }) })
  }

/** Makes the fast path available to server.mjs (the REST route module calls this once as it loads). */
export const offerPublicReadFastPath = (GET: RestGet, config: Config): void => {
  ;(globalThis as { [PUBLIC_READ_FAST_PATH]?: PublicReadFastPath })[PUBLIC_READ_FAST_PATH] =
    publicReadFastPath(GET, config)
}
