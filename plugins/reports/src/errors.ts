import type { MessageKey, MessageParams } from '../../../src/errors/messages'

import { RequestError } from '../../../src/errors/RequestError'

/**
 * A refused report request: HTTP status, the machine `code` of its catalogue message (./messages.ts, merged into
 * the app's), that message in the caller's language, and for a bad parameter its name.
 */
export class ReportError extends RequestError {
  /** For a refused range: the limit it broke (`{ maxYears }`, `{ firstDay, lastDay }`). */
  readonly limit?: Record<string, number | string>

  constructor(
    status: number,
    key: MessageKey,
    params: MessageParams = {},
    parameter?: string,
    limit?: Record<string, number | string>,
  ) {
    super(status, key, { ...(parameter ? { parameter } : {}), ...params }, { parameter })
    this.limit = limit
  }
}

export const invalidParameter = (parameter: string, key: MessageKey, params: MessageParams = {}) =>
  new ReportError(400, key, params, parameter)

/** `{ code, message }` (plus Payload's `errors` array, the offending `parameter` and the `limit` it broke). */
export const reportErrorResponse = (error: ReportError, language: string): Response => {
  const message = error.messageIn(language)
  return Response.json(
    {
      code: error.code,
      errors: [{ code: error.code, message }],
      message,
      ...(error.parameter ? { parameter: error.parameter } : {}),
      ...(error.limit ? { limit: error.limit } : {}),
    },
    { status: error.status },
  )
}
