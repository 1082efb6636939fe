/** A refused report request: HTTP status, machine-readable `code`, and for a bad parameter its name. */
export class ReportError extends Error {
  code: string
  /** For a refused range: the limit it broke (`{ maxYears }`, `{ firstDay, lastDay }`). */
  limit?: Record<string, number | string>
  parameter?: string
  status: number

  constructor(
    status: number,
    code: string,
    message: string,
    parameter?: string,
    limit?: Record<string, number | string>,
  ) {
    super(message)
    this.code = code
    this.limit = limit
    this.parameter = parameter
    this.status = status
  }
}

export const invalidParameter = (parameter: string, message: string) =>
  new ReportError(400, 'INVALID_PARAMETER', `${parameter}: ${message}`, parameter)

/** `{ code, message }` (plus Payload's `errors` array, the offending `parameter` and the `limit` it broke). */
export const reportErrorResponse = (error: ReportError): Response =>
  Response.json(
    {
      code: error.code,
      errors: [{ code: error.code, message: error.message }],
      message: error.message,
      ...(error.parameter ? { parameter: error.parameter } : {}),
      ...(error.limit ? { limit: error.limit } : {}),
    },
    { status: error.status },
  )
