import type { Payload, SanitizedConfig } from 'payload'

import { getPayload, headersWithCors } from 'payload'

import { describeError } from '../errors/describeError'
import { languageOfRequest } from '../errors/language'
import { isRequestError, RequestError } from '../errors/RequestError'
import { mediaTypeOf, nestingExceeds, parseJsonObject, readBodyWithin, utf8Text } from './body'
import { checkGraphQLListArguments } from './graphqlArguments'
import { type RequestLimits, requestLimits } from './settings'

type Config = Promise<SanitizedConfig> | SanitizedConfig
type Handler = (request: Request) => Promise<Response>

const isOptionalObject = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value))
const isOptionalString = (value: unknown) =>
  value === undefined || value === null || typeof value === 'string'

/** A GraphQL-over-HTTP error answer: `{ errors: [{ message, extensions: { code, statusCode } }] }`. */
const graphQLRefusal = (
  error: unknown,
  request: Request,
  payload: Payload | undefined,
): Response => {
  if (!isRequestError(error))
    payload?.logger.error({ err: error, msg: 'GraphQL request failed before it could run' })
  const answer = describeError(error, languageOfRequest(request, payload?.config))
  const headers = new Headers({ 'Cache-Control': 'no-store' })
  if (payload) headersWithCors({ headers, req: { headers: request.headers, payload } as never })
  return Response.json(
    {
      errors: [
        { extensions: { code: answer.code, statusCode: answer.status }, message: answer.message },
      ],
    },
    { headers, status: answer.status },
  )
}

/** The code of an error graphql-http reports itself (the request could not be parsed or validated; nothing ran). */
const requestErrorCode = (
  error: { extensions?: { code?: unknown }; message?: unknown },
  status: number,
): string => {
  if (typeof error.message === 'string' && error.message.startsWith('Syntax Error'))
    return 'GRAPHQL_PARSE_FAILED'
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE'
  return status === 400 ? 'GRAPHQL_VALIDATION_FAILED' : 'BAD_REQUEST'
}

/** Gives every error of a refused GraphQL request an `extensions.code` (errors from Payload's resolvers have one). */
const withErrorCodes = async (response: Response): Promise<Response> => {
  if (response.status < 400 || !/json/.test(response.headers.get('content-type') ?? ''))
    return response
  const text = await response.text()
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  try {
    const body = JSON.parse(text) as {
      errors?: { extensions?: Record<string, unknown>; message?: unknown }[]
    }
    for (const error of body.errors ?? []) {
      if (typeof error.extensions?.code === 'string') continue
      error.extensions = {
        ...error.extensions,
        code: requestErrorCode(error, response.status),
        statusCode: response.status,
      }
    }
    return new Response(JSON.stringify(body), { headers, status: response.status })
  } catch {
    return new Response(text, { headers, status: response.status })
  }
}

/**
 * The request guard of the GraphQL route: the body is read within the size limit (413 before it is read into
 * memory or parsed), must be a UTF-8 JSON object `{ query, variables?, operationName? }` nested no deeper than the
 * JSON limit, and the query text no deeper than the same limit (a deeply nested query overflows the parser's
 * stack); list arguments get the REST list checks (graphqlArguments.ts). Refusals and graphql-http's own request
 * errors carry `extensions.code`.
 */
export const withGraphQLRequestGuard =
  (handler: Handler, config: Config, limits: RequestLimits = requestLimits()): Handler =>
  async (request) => {
    let payload: Payload | undefined
    try {
      payload = await getPayload({ config })
      const bytes = await readBodyWithin(request, limits.maxBodyBytes)
      if (mediaTypeOf(request) !== 'application/json') {
        throw new RequestError(415, 'UNSUPPORTED_MEDIA_TYPE', {
          contentType: mediaTypeOf(request) || '(none)',
        })
      }
      const body = parseJsonObject(utf8Text(bytes), limits.maxJsonDepth)
      if (
        typeof body.query !== 'string' ||
        !isOptionalObject(body.variables) ||
        !isOptionalString(body.operationName)
      ) {
        throw new RequestError(400, 'INVALID_BODY.graphql')
      }
      if (nestingExceeds(body.query, limits.maxJsonDepth, '[{('))
        throw new RequestError(400, 'BODY_TOO_DEEP', { max: limits.maxJsonDepth })
      checkGraphQLListArguments(
        payload,
        body.query,
        body.variables as Record<string, unknown> | null | undefined,
      )
      const headers = new Headers(request.headers)
      headers.delete('content-length')
      headers.set('content-type', 'application/json')
      return await withErrorCodes(
        await handler(
          new Request(request.url, {
            body: bytes as BodyInit,
            headers,
            method: request.method,
            signal: request.signal,
          }),
        ),
      )
    } catch (error) {
      return graphQLRefusal(error, request, payload)
    }
  }
