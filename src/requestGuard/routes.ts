import type { Collection, Endpoint, Payload, SanitizedCollectionConfig } from 'payload'

import { match } from 'path-to-regexp'

/** Auth endpoints: small bodies, and their `:id` is a token, not a document id. */
const AUTH_PATHS = new Set([
  '/:id/api-key/reveal',
  '/first-register',
  '/forgot-password',
  '/login',
  '/logout',
  '/refresh-token',
  '/reset-password',
  '/unlock',
  '/verify/:id',
])

/** A REST request located in the config: which collection, which of its endpoints, with which path params. */
export type LocatedRoute = {
  collection?: SanitizedCollectionConfig
  /** The endpoint's path as configured (`/:id/workflow`), when one matches. */
  endpointPath?: string
  isAuth: boolean
  /** A create or update of a document of an upload collection: a file may come, streamed. */
  isUpload: boolean
  /** The list routes read versions (`/versions`, `/versions/:id`). */
  isVersions: boolean
  params: Record<string, string>
}

const matchers = new WeakMap<Endpoint, ReturnType<typeof match>>()
const matcherOf = (endpoint: Endpoint) => {
  let matcher = matchers.get(endpoint)
  if (!matcher) {
    matcher = match(endpoint.path, { decode: decodeURIComponent })
    matchers.set(endpoint, matcher)
  }
  return matcher
}

/** Finds the endpoint Payload will run for `method /api/{segments}`: the first one whose method and path match. */
export const locateRoute = (payload: Payload, method: string, segments: string[]): LocatedRoute => {
  const [first, ...rest] = segments
  const collection = first
    ? (payload.collections as Record<string, Collection | undefined>)[first]?.config
    : undefined
  const none: LocatedRoute = {
    collection,
    isAuth: false,
    isUpload: false,
    isVersions: false,
    params: {},
  }
  if (!collection || !Array.isArray(collection.endpoints)) return none
  const path = `/${rest.map((segment) => encodeURIComponent(segment)).join('/')}`
  for (const endpoint of collection.endpoints) {
    if (endpoint.method !== method.toLowerCase()) continue
    let result: false | { params: object }
    try {
      result = matcherOf(endpoint)(path)
    } catch {
      result = false // a malformed %-escape: Payload finds no endpoint either
    }
    if (!result) continue
    const isAuth = Boolean(collection.auth) && AUTH_PATHS.has(endpoint.path)
    return {
      collection,
      endpointPath: endpoint.path,
      isAuth,
      isUpload:
        Boolean(collection.upload) &&
        (endpoint.path === '/' || endpoint.path === '/:id') &&
        method !== 'GET',
      isVersions: endpoint.path.startsWith('/versions'),
      params: result.params as Record<string, string>,
    }
  }
  return none
}

/** The document id a route names (`/:id`, `/versions/:id`, `/:id/workflow`…), not an auth token. */
export const documentIdOf = (route: LocatedRoute): string | undefined =>
  route.isAuth ? undefined : route.params.id
