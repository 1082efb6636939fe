import type { Payload, SanitizedConfig } from 'payload'

import fs from 'fs/promises'
import path from 'path'

import { getPayload } from 'payload'
import * as qs from 'qs-esm'

import { MAX_UPLOAD_BYTES } from '../../collections/Media/uploadRules'
import { RequestError } from '../errors/RequestError'
import {
  boundaryOf,
  checkFormBody,
  declaredLength,
  guardedUploadStream,
  mediaTypeOf,
  parseJsonObject,
  readBodyWithin,
  tooLarge,
  utf8Text,
} from './body'
import { checkQuery, queryTargetOf } from './queryRules'
import { refusal } from './refusal'
import { documentIdOf, type LocatedRoute, locateRoute } from './routes'
import { type RequestLimits, requestLimits } from './settings'

type Config = Promise<SanitizedConfig> | SanitizedConfig
type RouteContext = { params: Promise<{ slug: string[] }> }
type RouteHandler<C> = (request: Request, context: C) => Promise<Response>

/** Largest id a document can have: PostgreSQL's `serial` stops at 2³¹−1, so a larger one names nothing. */
const MAX_ID = 2_147_483_647

/** Parsed exactly as Payload parses it (createPayloadRequest), so the checks see what Payload would run. */
export const parseQueryString = (search: string): Record<string, unknown> =>
  qs.parse(search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  }) as Record<string, unknown>

const isMethodOverride = (request: Request): boolean =>
  request.method === 'POST' &&
  (request.headers.get('x-payload-http-method-override') === 'GET' ||
    request.headers.get('x-http-method-override') === 'GET')

const checkRoute = (payload: Payload, route: LocatedRoute): void => {
  const { collection } = route
  if (!collection) return
  if (route.isVersions && !collection.versions) {
    throw new RequestError(404, 'NOT_FOUND.versions', { collection: collection.slug })
  }
  // Payload adds the route to every auth collection; without e-mail verification it has nothing to look up.
  if (route.endpointPath === '/verify/:id' && !(collection.auth && collection.auth.verify))
    throw new RequestError(404, 'NOT_FOUND')
  const id = documentIdOf(route)
  if (id !== undefined && payload.db.defaultIDType === 'number') {
    if (!/^\d{1,15}$/.test(id))
      throw new RequestError(
        400,
        'INVALID_ID',
        { id: id.length > 40 ? `${id.slice(0, 37)}…` : id },
        { parameter: 'id' },
      )
    if (Number(id) > MAX_ID) throw new RequestError(404, 'NOT_FOUND')
  }
}

const checkCollectionQuery = (
  payload: Payload,
  route: LocatedRoute,
  query: Record<string, unknown>,
): void => {
  const { collection } = route
  if (!collection || Object.keys(query).length === 0) return
  checkQuery(query, queryTargetOf(payload, collection, route.isVersions))
}

/**
 * Payload answers a file that is not on the disk with a bare 500 (after its access check passed), and with 403
 * when the caller's access is a query (no upload the caller may read has that name). A file that does not exist
 * is a 404 with a code, for every caller; one that exists and the caller may not read stays 403.
 */
const missingFileAnswer = async (
  route: LocatedRoute,
  response: Response,
): Promise<RequestError | undefined> => {
  const upload = route.collection?.upload
  const filename = route.params.filename
  if (
    (response.status !== 500 && response.status !== 403) ||
    route.endpointPath !== '/file/:filename' ||
    !upload ||
    !filename
  )
    return undefined
  const staticDir = path.resolve(
    typeof upload === 'object' && upload.staticDir ? upload.staticDir : route.collection!.slug,
  )
  try {
    await fs.stat(path.resolve(staticDir, filename))
    return undefined
  } catch {
    return new RequestError(404, 'NOT_FOUND.file', {
      filename: filename.length > 80 ? `${filename.slice(0, 77)}…` : filename,
    })
  }
}

/** The same request with a body already read (and checked) in memory. */
const withBody = (request: Request, body: BodyInit, contentType?: string): Request => {
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  if (contentType) headers.set('content-type', contentType)
  return new Request(request.url, { body, headers, method: request.method, signal: request.signal })
}

/**
 * Checks and bounds the body of a write: JSON must be a UTF-8 JSON object within the route's size and nesting
 * limits, a form must parse; uploads are streamed with their own (large) limit. What Payload gets to parse is
 * known to parse. Bodies of other methods are never read (Payload ignores them).
 */
const guardBody = async (
  request: Request,
  route: LocatedRoute,
  limits: RequestLimits,
  payload: Payload,
): Promise<Request> => {
  if (!['PATCH', 'POST', 'PUT'].includes(request.method)) return request
  const mediaType = mediaTypeOf(request)
  const contentType = request.headers.get('content-type') ?? ''
  if (mediaType === 'multipart/form-data' && !boundaryOf(contentType))
    throw new RequestError(400, 'INVALID_MULTIPART')

  if (route.isUpload && mediaType === 'multipart/form-data' && request.body) {
    const limit = payload.config.upload?.requestSizeLimit ?? MAX_UPLOAD_BYTES
    const declared = declaredLength(request)
    if (declared !== undefined && declared > limit) throw tooLarge(limit)
    const body = guardedUploadStream(request.body, contentType, limit, limits)
    return new Request(request.url, {
      body,
      duplex: 'half',
      headers: request.headers,
      method: request.method,
      signal: request.signal,
    } as RequestInit)
  }

  const bytes = await readBodyWithin(
    request,
    route.isAuth ? limits.maxAuthBodyBytes : limits.maxBodyBytes,
  )
  // No body at all is an empty object: Payload would otherwise run the operation with no data.
  if (bytes.byteLength === 0) return withBody(request, '{}', 'application/json')
  switch (mediaType) {
    case 'application/json':
      parseJsonObject(utf8Text(bytes), limits.maxJsonDepth)
      return withBody(request, bytes as BodyInit, 'application/json')
    case 'multipart/form-data':
      await checkFormBody(bytes, contentType, limits.maxJsonDepth)
      return withBody(request, bytes as BodyInit)
    case 'application/x-www-form-urlencoded':
      // Payload's method override: a long query sent as a form body (the admin's relationship search).
      if (isMethodOverride(request)) {
        checkCollectionQuery(payload, route, parseQueryString(utf8Text(bytes)))
        return withBody(request, bytes as BodyInit)
      }
      break
  }
  throw new RequestError(415, 'UNSUPPORTED_MEDIA_TYPE', { contentType: mediaType || '(none)' })
}

/**
 * The request guard of the REST routes: before Payload reads anything, a request is checked against the route
 * it is for — body size (413 before the body is read into memory), media type, JSON shape and depth, path ids,
 * and the list parameters (`page`, `limit`, `depth`, `sort`, `locale`, `where` values…). A bad request is
 * answered 4xx with a `code` and a message in the caller's language; a good one goes on unchanged.
 */
export const withRequestGuard =
  <C extends RouteContext>(
    handler: RouteHandler<C>,
    config: Config,
    limits: RequestLimits = requestLimits(),
  ): RouteHandler<C> =>
  async (request, context) => {
    let payload: Payload | undefined
    try {
      payload = await getPayload({ config })
      const { slug = [] } = (await context.params) ?? {}
      const method = isMethodOverride(request) ? 'GET' : request.method
      const route = locateRoute(payload, method, slug)
      checkRoute(payload, route)
      checkCollectionQuery(payload, route, parseQueryString(new URL(request.url).search))
      const response = await handler(await guardBody(request, route, limits, payload), context)
      const missing = await missingFileAnswer(route, response)
      return missing ? refusal(missing, request, payload) : response
    } catch (error) {
      return refusal(error, request, payload)
    }
  }
