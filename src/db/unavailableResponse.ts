import type { AfterErrorHook, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { unavailabilityOf, type UnavailableCode } from './errors'

/**
 * While the database cannot serve — restarting, unreachable, out of connections, or every connection busy past
 * the wait limit — requests are answered 503 with `Retry-After` and a machine `code`, never 500 or a refusal:
 * clients and load balancers then know to try again, and nothing was written. Mapped in one place for all of
 * Payload's routes (`afterErrorDatabaseUnavailable`), with a route wrapper for what happens outside them.
 */

const ANSWERS: Record<UnavailableCode, { message: string; retryAfterSeconds: number }> = {
  DATABASE_BUSY: { message: 'The database is busy: nothing was changed. Please try again in a few seconds.', retryAfterSeconds: 2 },
  DATABASE_UNAVAILABLE: { message: 'The database cannot be reached right now: nothing was changed. Please try again in a few seconds.', retryAfterSeconds: 5 },
}

const bodyOf = (code: UnavailableCode) => {
  const { message } = ANSWERS[code]
  return { code, errors: [{ code, message }], message }
}

export const databaseUnavailableResponse = (code: UnavailableCode): Response =>
  Response.json(bodyOf(code), {
    headers: { 'Cache-Control': 'no-store', 'Retry-After': String(ANSWERS[code].retryAfterSeconds) },
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
  return { response: bodyOf(code) as never, status: 503 }
}

type Config = Promise<SanitizedConfig> | SanitizedConfig
type RouteHandler<C> = (request: Request, context: C) => Promise<Response>

const hasCredentials = (request: Request) => request.headers.has('authorization') || /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/**
 * Whether the database answers now: one indexed read. Used only for refused requests that carried credentials,
 * because Payload's JWT strategy treats a failed read of the user like a bad token: the request goes on
 * anonymous and is refused (401/403) although the caller's token is fine.
 */
const databaseAnswers = async (config: Config): Promise<UnavailableCode | undefined> => {
  try {
    const payload = await getPayload({ config })
    await payload.db.findOne({ collection: 'users', select: { id: true }, where: { id: { exists: true } } })
    return undefined
  } catch (error) {
    return unavailabilityOf(error)
  }
}

/**
 * Wraps a route handler: errors that escape it (Next would answer 500) and refusals of signed-in requests made
 * while the database was down become the same 503 as above.
 */
export const withDatabaseAvailability =
  <C>(handler: RouteHandler<C>, config: Config): ((request: Request, context?: C) => Promise<Response>) =>
  async (request, context) => {
    let response: Response
    try {
      response = await handler(request, context as C)
    } catch (error) {
      const code = unavailabilityOf(error)
      if (code) return databaseUnavailableResponse(code)
      throw error
    }
    if ((response.status === 401 || response.status === 403) && hasCredentials(request)) {
      const code = await databaseAnswers(config)
      if (code) return databaseUnavailableResponse(code)
    }
    return response
  }
