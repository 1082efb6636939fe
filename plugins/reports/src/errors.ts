import { codeOfKey, type MessageParams, messagesOf } from '../../shared/messages'
import { Refusal } from '../../shared/refusal'
import { REPORT_MESSAGES } from './messages'

export type ReportMessageKey = keyof typeof REPORT_MESSAGES

const reportMessage = messagesOf<ReportMessageKey>(REPORT_MESSAGES)

/**
 * A refused report request: HTTP status, the machine `code` of its catalogue message (./messages.ts, merged into
 * the app's), that message in the caller's language, and for a bad parameter its name.
 */
export class ReportError extends Refusal {
  /** For a refused range: the limit it broke (`{ maxYears }`, `{ firstDay, lastDay }`). */
  readonly limit?: Record<string, number | string>

  constructor(
    status: number,
    key: ReportMessageKey,
    params: MessageParams = {},
    parameter?: string,
    limit?: Record<string, number | string>,
  ) {
    const all = { ...(parameter ? { parameter } : {}), ...params }
    super(status, codeOfKey(key), (language) => reportMessage(key, all, language), { parameter })
    this.limit = limit
  }
}

export const invalidParameter = (
  parameter: string,
  key: ReportMessageKey,
  params: MessageParams = {},
) => new ReportError(400, key, params, parameter)

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
