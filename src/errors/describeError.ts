import { isRequestError } from './RequestError'
import { renderMessage } from './messages'

/** What the caller is told about an error: status, machine code, message in their language. */
export type ErrorAnswer = {
  code: string
  /** Extra data a client may act on (a validation error's field list). */
  data?: unknown
  message: string
  /** Payload's error name (ValidationError…), kept for clients that read it; empty in minified builds. */
  name?: string
  parameter?: string
  status: number
}

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'REQUEST_TIMEOUT',
  409: 'CONFLICT',
  413: 'BODY_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  423: 'LOCKED',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
}

type ErrorLike = Error & {
  code?: unknown
  data?: any
  isPublic?: boolean
  originalError?: unknown
  status?: unknown
}

/** The HTTP status an error asks for: Payload's errors carry one; anything else is an internal error. */
export const statusOf = (error: unknown): number => {
  const status = (error as ErrorLike | undefined)?.status
  return typeof status === 'number' && Number.isInteger(status) && status >= 400 && status <= 599
    ? status
    : 500
}

/**
 * Whether the caller may read the error's own message. Decided from the error's properties, not its class or
 * name: Next's production build minifies class names, and Payload's `formatErrors` then loses every refusal's
 * message ("An unknown error occurred."). A refusal (4xx) is public unless marked otherwise; a 5xx only when
 * its code says it is meant for the caller (503 while the database is down).
 */
export const isPublicError = (error: unknown): boolean => {
  const status = statusOf(error)
  const marked = (error as ErrorLike | undefined)?.isPublic
  if (status < 500) return marked !== false
  return marked === true && status !== 500
}

const codeFromError = (error: ErrorLike, status: number): string => {
  const dataCode =
    error.data && typeof error.data === 'object' && !Array.isArray(error.data)
      ? error.data.code
      : undefined
  if (typeof dataCode === 'string' && UPPER_SNAKE.test(dataCode)) return dataCode
  // An own `code` on an HTTP error (the workflow's); system errors (ENOENT, SQLITE_BUSY) carry no HTTP status.
  if (
    typeof error.code === 'string' &&
    UPPER_SNAKE.test(error.code) &&
    typeof error.status === 'number'
  )
    return error.code
  if (status === 400) {
    if (Array.isArray(error.data?.errors)) return 'VALIDATION_FAILED'
    if (Array.isArray(error.data)) return 'INVALID_QUERY' // Payload's QueryError: paths that cannot be queried
    if (error.message === 'Invalid JSON') return 'INVALID_JSON'
  }
  return codeForStatus(status)
}

/** Status, code and message for any error, REST or GraphQL (a GraphQLError's cause is its `originalError`). */
export const describeError = (error: unknown, language: string): ErrorAnswer => {
  const original = ((error as ErrorLike | undefined)?.originalError ?? error) as
    ErrorLike | undefined
  if (isRequestError(original)) {
    return {
      code: original.code,
      ...(original.extraData ? { data: original.extraData } : {}),
      message: original.messageIn(language),
      parameter: original.parameter,
      status: original.status,
    }
  }
  const status = statusOf(original)
  if (!original || !isPublicError(original)) {
    return {
      code: status === 500 ? 'INTERNAL_ERROR' : codeFromError(original ?? new Error(), status),
      message: renderMessage('INTERNAL_ERROR', {}, language),
      status,
    }
  }
  const data = original.data && typeof original.data === 'object' ? original.data : undefined
  return {
    code: codeFromError(original, status),
    data,
    message:
      (typeof (original as { messageIn?: unknown }).messageIn === 'function'
        ? (original as unknown as { messageIn: (l: string) => string }).messageIn(language)
        : original.message) || renderMessage('INTERNAL_ERROR', {}, language),
    name: original.name || undefined,
    parameter: typeof data?.parameter === 'string' ? data.parameter : undefined,
    status,
  }
}

/** The code of a refusal that has no code of its own, by its HTTP status (403 → FORBIDDEN). */
export const codeForStatus = (status: number): string =>
  CODE_BY_STATUS[status] ?? (status < 500 ? 'BAD_REQUEST' : 'INTERNAL_ERROR')

/** The JSON body of an error answer: `{ code, message, errors: [{ code, message, … }] }` (Payload's `errors` kept). */
export const errorBody = (answer: ErrorAnswer): Record<string, unknown> => {
  const { code, data, message, name, parameter } = answer
  // As Payload's own `formatErrors`: the error's name only beside its data (a validation error's field list).
  const entry = {
    code,
    message,
    ...(data !== undefined ? { data, ...(name ? { name } : {}) } : {}),
    ...(parameter ? { parameter } : {}),
  }
  return { code, errors: [entry], message, ...(parameter ? { parameter } : {}) }
}

/** The JSON answer of an error outside Payload's routes, in the caller's language (Next route handlers, wrappers). */
export const errorResponse = (
  error: unknown,
  language: string,
  headers: HeadersInit = { 'Cache-Control': 'no-store' },
): Response => {
  const answer = describeError(error, language)
  return Response.json(errorBody(answer), { headers, status: answer.status })
}
