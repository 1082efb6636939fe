import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { asPublicRead } from '../../../shared/publicReadScope'
import { isAnonymousRequest } from '../../../shared/credentials'
import { matchesIfNoneMatch } from '../httpCaching'
import { deliveryOptionsOf } from '../options'
import { publicCacheSettings } from './settings'
import { type CachedResponse, clearProcessStore, processStore } from './store'
import { shareEntry } from './siblings'
import { clearReferenceDocs, withPublicVersion } from './referenceDocs'
import { readPublicVersion } from './version'

type RouteHandler<C> = (request: Request, context: C) => Promise<Response>
/** Next passes route handlers a context; the sitemap's handler takes none, so it may be left out. */
type CachedRouteHandler<C> = (request: Request, context?: C) => Promise<Response>
type Config = Promise<SanitizedConfig> | SanitizedConfig

export const X_CACHE = 'X-Cache'

const cached = new WeakMap<object, Set<string>>()

/** The collections anonymous readers see: the delivery plugin's `collections` and `referenceCollections`. */
const cachedCollectionsOf = (config: SanitizedConfig): Set<string> => {
  let slugs = cached.get(config)
  if (!slugs) {
    const options = deliveryOptionsOf(config)
    slugs = new Set<string>([...options.collections, ...options.referenceCollections])
    cached.set(config, slugs)
  }
  return slugs
}

/**
 * The public read routes: lists, single items and counts of the collections anonymous readers see, the RSS feed
 * and the sitemap. Anything else (files, versions, previews, reports, auth) is never stored.
 */
export const isPublicReadPath = (pathname: string, collections: Set<string>): boolean => {
  if (pathname === '/sitemap.xml' || pathname === '/api/feeds/rss') return true
  const match = /^\/api\/([^/]+)(?:\/([^/]+))?\/?$/.exec(pathname)
  return Boolean(match && collections.has(match[1]) && match[2] !== 'versions')
}

/** Query parameters that ask for unpublished content: such requests always go to the database. */
const PRIVATE_PARAMS = ['draft', 'preview', 'sig', 'expires']

/** Whether the request asks for a public read at all (method, route, parameters): decided before anything else. */
const isPublicReadRequest = (request: Request, config: SanitizedConfig): boolean => {
  if (request.method !== 'GET') return false
  const url = new URL(request.url)
  if (PRIVATE_PARAMS.some((name) => url.searchParams.has(name))) return false
  return isPublicReadPath(url.pathname, cachedCollectionsOf(config))
}

/**
 * Whether this request may be answered from, and stored in, the shared anonymous cache: a public read by an
 * anonymous caller — no credentials in any form, and no user any auth strategy resolves (src/http/credentials.ts).
 */
export const isCacheableRequest = async (request: Request, payload: Payload): Promise<boolean> =>
  isPublicReadRequest(request, payload.config) && (await isAnonymousRequest(request, payload))

/**
 * The cache key: the full path and query (Payload takes the content locale from the query alone, `locale` and
 * `fallback-locale`, so the query fixes the locale), the host, and the `Origin` — CORS headers differ by origin.
 */
const keyOf = (request: Request): string => {
  const url = new URL(request.url)
  return `${request.headers.get('host') ?? url.host}\n${request.headers.get('origin') ?? ''}\n${url.pathname}${url.search}`
}

/** Empties this process's stores, answers and shown documents (tests; other processes are invalidated through the version). */
export const clearPublicReadStore = (): void => {
  clearProcessStore()
  clearReferenceDocs()
}

/** Headers that belong to one exchange, never to a stored copy. */
const PER_RESPONSE = new Set(['connection', 'date', 'keep-alive', 'transfer-encoding', 'x-cache'])

/** A response that may be stored: a 200 that the HTTP layer marked public, with its validator, setting no cookie. */
const storable = (response: Response): boolean =>
  response.status === 200 &&
  /^public\b/.test(response.headers.get('cache-control') ?? '') &&
  response.headers.has('etag') &&
  !response.headers.has('set-cookie')

const toEntry = async (response: Response, key: string): Promise<CachedResponse> => {
  const body = new Uint8Array(await response.arrayBuffer())
  const headers: [string, string][] = []
  response.headers.forEach((value, name) => {
    if (!PER_RESPONSE.has(name)) headers.push([name, value])
  })
  const headerBytes = headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0)
  return {
    body,
    bytes: body.byteLength + headerBytes + key.length + 64,
    headers,
    storedAt: Date.now(),
  }
}

/** Answers from an entry: the stored 200, or a 304 when the client already holds that ETag. */
const fromEntry = (request: Request, entry: CachedResponse, state: 'HIT' | 'MISS'): Response => {
  const headers = new Headers(entry.headers)
  headers.set(X_CACHE, state)
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), headers.get('etag') ?? '')) {
    headers.delete('content-length')
    headers.delete('content-type')
    return new Response(null, { headers, status: 304 })
  }
  return new Response(entry.body as BodyInit, { headers, status: 200 })
}

const marked = (response: Response, state: 'BYPASS' | 'MISS'): Response => {
  const headers = new Headers(response.headers)
  headers.set(X_CACHE, state)
  return new Response(response.body, {
    headers,
    status: response.status,
    statusText: response.statusText,
  })
}

/** The request as the database path sees it: unconditional, so a miss always yields a body to store. */
const unconditional = (request: Request): Request => {
  if (!request.headers.has('if-none-match') && !request.headers.has('if-modified-since'))
    return request
  const headers = new Headers(request.headers)
  headers.delete('if-none-match')
  headers.delete('if-modified-since')
  return new Request(request.url, { headers, method: request.method })
}

/**
 * Serves anonymous public reads from a per-process cache, validated on every request against the shared public
 * content version (plugins/delivery/src/publicCache/version.ts):
 * - only GETs without credentials and without draft/preview parameters, on the public read routes;
 * - only responses the HTTP layer marked public (anonymous 200s with an ETag) are stored — never errors, previews,
 *   drafts or a signed-in caller's view, and items held by the ethics review are never in an anonymous response;
 * - `X-Cache: HIT | MISS` on cacheable requests, `BYPASS` on the others; `PUBLIC_CACHE=off` turns it all off.
 * If the version cannot be read, the request goes to the database as if there were no cache.
 * Every anonymous public read, cache on or off, runs as one (src/db/publicReadScope.ts): on PostgreSQL its
 * statements use the connections kept for such reads, never queueing behind writers'.
 */
export const withPublicReadCache = <C>(
  handler: RouteHandler<C>,
  config: Config,
): CachedRouteHandler<C> => {
  /** An anonymous public read, with the cache on: from the store, or from the handler and then stored. */
  const cachedRead = async (payload: Payload, request: Request, context: C): Promise<Response> => {
    const settings = publicCacheSettings()
    let version: string
    try {
      version = await readPublicVersion(payload)
    } catch (err) {
      payload.logger.error({
        err,
        msg: 'Could not read the public content version; serving without the cache',
      })
      return marked(await handler(request, context), 'BYPASS')
    }

    const store = processStore(settings.maxBytes, settings.ttlMs)
    const key = keyOf(request)
    const hit = store.get(version, key)
    if (hit) return fromEntry(request, hit, 'HIT')

    const claim = store.claim(version, key)
    // A miss reads under the version it was looked up with: the reference documents it populates may come from
    // the store of that version (./referenceDocs.ts).
    const read = () => withPublicVersion(version, () => handler(unconditional(request), context))
    if (claim.wait) {
      const shared = await claim.wait
      if (shared) return fromEntry(request, shared, 'HIT')
      return marked(await read(), 'MISS')
    }
    let entry: CachedResponse | undefined
    try {
      const response = await read()
      if (!storable(response)) return marked(response, 'MISS')
      entry = await toEntry(response, key)
      // Stored here, and sent to the sibling server processes, which then need not compute it (./siblings.ts).
      if (store.set(version, key, entry)) shareEntry(version, key, entry)
      return fromEntry(request, entry, 'MISS')
    } finally {
      claim.finish(entry)
    }
  }

  return async (request, optionalContext) => {
    const context = optionalContext as C
    const settings = publicCacheSettings()
    const bypass = async () => {
      const response = await handler(request, context)
      return settings.enabled ? marked(response, 'BYPASS') : response
    }
    if (!isPublicReadRequest(request, await config)) return bypass()
    const payload = await getPayload({ config, cron: true })
    if (!(await isCacheableRequest(request, payload))) return bypass()
    // An anonymous public read: its statements run on the connections kept for such reads (src/db/publicReadScope.ts).
    return asPublicRead(() =>
      settings.enabled ? cachedRead(payload, request, context) : handler(request, context),
    )
  }
}
