import type { Payload } from 'payload'

import { headersWithCors } from 'payload'

import { describeError, errorBody } from '../errors/describeError'
import { languageOfRequest } from '../errors/language'
import { isRequestError } from '../errors/RequestError'

/**
 * The answer to a request the guard refused (or that failed before Payload could answer it): the same body shape
 * and CORS headers as Payload's own errors, the message in the caller's language. Anything but a deliberate
 * refusal is logged and answered as an internal error, without its details.
 */
export const refusal = (
  error: unknown,
  request: Request,
  payload: Payload | undefined,
): Response => {
  const route = `${request.method} ${new URL(request.url).pathname}`
  if (!isRequestError(error)) {
    if (payload)
      payload.logger.error({ err: error, msg: `${route} failed before Payload answered` })
    else console.error(error)
  } else {
    payload?.logger.info(
      { code: error.code, status: error.status },
      `${route} refused: ${error.message}`,
    )
  }
  const answer = describeError(error, languageOfRequest(request, payload?.config))
  const headers = new Headers({ 'Cache-Control': 'no-store' })
  if (payload) headersWithCors({ headers, req: { headers: request.headers, payload } as never })
  return Response.json(errorBody(answer), { headers, status: answer.status })
}
