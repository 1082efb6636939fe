import type { Collection, Payload } from 'payload'

import { match } from 'path-to-regexp'

export type RouteMethod = 'DELETE' | 'GET' | 'PATCH' | 'POST' | 'PUT'

/** One REST route of the running config, with its path parameters filled in. */
export type ApiRoute = {
  /** Auth routes are called without a token (a bad body must not log the test's admin out). */
  auth: boolean
  /** The collection it belongs to (undefined: a root endpoint). */
  collection?: string
  /** The endpoint's configured path: `/:id/workflow`. */
  endpointPath: string
  /** A list (find, count, versions) that takes `where`, `sort`, `page`… */
  list: boolean
  method: RouteMethod
  /** `/api/articles/12/workflow` */
  path: string
  /** The route as configured: `articles post /:id/workflow`. */
  pattern: string
}

/** Auth endpoints Payload adds to an auth collection. */
const AUTH_PATHS = new Set([
  '/first-register',
  '/forgot-password',
  '/init',
  '/login',
  '/logout',
  '/me',
  '/refresh-token',
  '/reset-password',
  '/unlock',
  '/verify/:id',
])

const LIST_PATHS = new Set(['/', '/count', '/versions'])

const fill = (path: string, params: Record<string, string>): string =>
  path.replace(/:(\w+)\??/g, (_, name: string) => params[name] ?? '1')

type EndpointLike = { method: string; path: string }

/** Payload runs the first endpoint whose method and path match: a later one with the same URL is never reached. */
const shadowedBy = (endpoints: EndpointLike[], index: number, url: string): boolean =>
  endpoints
    .slice(0, index)
    .some(
      (earlier) =>
        earlier.method === endpoints[index].method &&
        Boolean(match(earlier.path, { decode: decodeURIComponent })(url)),
    )

/**
 * Every write route (POST, PATCH, PUT, and the bulk PATCH/DELETE of a list) and every list route of every
 * collection and of the root, read from the running config: what Payload generates plus what the app and its
 * plugins add. Nothing is copied by hand, so a new collection or endpoint is covered the day it is added.
 */
export const apiRoutes = (payload: Payload, ids: Record<string, number | string>): ApiRoute[] => {
  const routes = new Map<string, ApiRoute>()
  const addAll = (
    collection: string | undefined,
    endpoints: EndpointLike[],
    params: Record<string, string>,
    isAuthCollection: boolean,
  ) => {
    endpoints.forEach((endpoint, index) => {
      const method = endpoint.method.toUpperCase() as RouteMethod
      const list = method === 'GET' && LIST_PATHS.has(endpoint.path)
      const write =
        method === 'POST' ||
        method === 'PATCH' ||
        method === 'PUT' ||
        (method === 'DELETE' && endpoint.path === '/')
      if (!write && !list) return
      const url = fill(endpoint.path, params)
      const pattern = `${collection ?? 'root'} ${endpoint.method} ${endpoint.path}`
      if (routes.has(pattern) || shadowedBy(endpoints, index, url)) return
      routes.set(pattern, {
        auth: isAuthCollection && AUTH_PATHS.has(endpoint.path),
        collection,
        endpointPath: endpoint.path,
        list,
        method,
        path: `/api${collection ? `/${collection}` : ''}${url}`.replace(/\/$/, ''),
        pattern,
      })
    })
  }
  for (const [slug, { config }] of Object.entries(
    payload.collections as Record<string, Collection>,
  )) {
    if (!Array.isArray(config.endpoints)) continue
    addAll(
      slug,
      config.endpoints,
      { filename: 'nope.png', id: String(ids[slug] ?? 1), key: 'probe' },
      Boolean(config.auth),
    )
  }
  addAll(
    undefined,
    payload.config.endpoints ?? [],
    { collection: 'articles', id: String(ids.articles ?? 1) },
    false,
  )
  return [...routes.values()]
}
