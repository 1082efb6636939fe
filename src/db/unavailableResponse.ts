import type { AfterErrorHook } from 'payload'

import { cookieMayHoldToken } from '../../plugins/shared/credentials'
import { languageOf, languageOfRequest } from '../errors/language'
import { renderMessage } from '../errors/messages'
import { unavailabilityOf, type UnavailableCode } from './errors'
import { withTroubleRecord } from './requestTrouble'

/**
 * While the database cannot serve — restarting, unreachable, out of connections, or every connection busy past
 * the wait limit — requests are answered 503 with `Retry-After` and a machine `code`, never 500 or a refusal:
 * clients and load balancers then know to try again. Mapped in one place for all of
 * Payload's routes (`afterErrorDatabaseUnavailable`), with a route wrapper for what happens outside them.
 */

const ANSWERS: Record<UnavailableCode, { retryAfterSeconds: number }> = {
  DATABASE_BUSY: { retryAfterSeconds: 2 },
  DATABASE_UNAVAILABLE: { retryAfterSeconds: 5 },
}

/** The answer's body, its message (catalogue entry by code) in the caller's language. */
const bodyOf = (code: UnavailableCode, language: string) => {
  const message = renderMessage(code, {}, language)
  return { code, errors: [{ code, message }], message }
}

export const databaseUnavailableResponse = (code: UnavailableCode, language: string): Response =>
  Response.json(bodyOf(code, language), {
    headers: {
      'Cache-Control': 'no-store',
      'Retry-After': String(ANSWERS[code].retryAfterSeconds),
    },
    status: 503,
  })

/** Payload's `afterError` hook (REST and GraphQL): a database that cannot serve is a 503, whatever the operation was. */
export const afterErrorDatabaseUnavailable: AfterErrorHook = ({ error, req }) => {
  const code = unavailabilityOf(error)
  if (!code) return
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(ANSWERS[code].retryAfterSeconds))
  headers.set('Cache-Control', 'no-store')
  req.responseHeaders = headers
  return { response: bodyOf(code, languageOf(req)) as never, status: 503 }
}

type RouteHandler<C> = (request: Request, context: C) => Promise<Response>

// Any spelling Payload could read as its login cookie (this app keeps Payload's default cookie prefix).
const hasCredentials = (request: Request) =>
  request.headers.has('authorization') ||
  cookieMayHoldToken(request.headers.get('cookie'), 'payload-token')

/** A GraphQL answer (200 with an `errors` list) that reports an error. */
const graphQLErrors = async (response: Response): Promise<boolean> => {
  if (!/json/.test(response.headers.get('content-type') ?? '')) return false
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as { errors?: unknown[] } | undefined
  return Array.isArray(body?.errors) && body.errors.length > 0
}

/**
 * Wraps a route handler: errors that escape it (Next would answer 500) become the same 503 as above, and so do
 * answers given with a database error swallowed on the way (./requestTrouble.ts): a refusal of a signed-in
 * request (401/403: the user could not be read), a read answered as if nobody were signed in, and a GraphQL
 * answer whose errors GraphQL reports inside a 200. A write that succeeded keeps its answer whatever failed after it.
 */
export const withDatabaseAvailability =
  <C>(
    handler: RouteHandler<C>,
    { graphQL = false }: { graphQL?: boolean } = {},
  ): ((request: Request, context?: C) => Promise<Response>) =>
  async (request, context) => {
    let served: Awaited<ReturnType<typeof withTroubleRecord<Response>>>
    try {
      served = await withTroubleRecord(() => handler(request, context as C))
    } catch (error) {
      const code = unavailabilityOf(error)
      if (code) return databaseUnavailableResponse(code, languageOfRequest(request, undefined))
      throw error
    }
    const { result: response, trouble } = served
    if (!trouble.code) return response
    if (graphQL && (response.status >= 400 || (await graphQLErrors(response))))
      return databaseUnavailableResponse(trouble.code, languageOfRequest(request, undefined))
    if (hasCredentials(request)) {
      const refused = response.status === 401 || response.status === 403
      const read = request.method === 'GET' || request.method === 'HEAD'
      if (refused || (read && response.status < 300))
        return databaseUnavailableResponse(trouble.code, languageOfRequest(request, undefined))
    }
    return response
  }
