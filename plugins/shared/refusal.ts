import { APIError } from 'payload'

import { FALLBACK_LANGUAGE } from './messages'

/** The name every refusal carries, set explicitly: production builds minify class names. */
export const REFUSAL_NAME = 'RequestError'

/**
 * A deliberate refusal of a bad request: HTTP status, machine `code`, and a message from a catalogue that is said
 * again in the caller's language when the answer is written (`messageIn`). Always public (`isPublic`): the caller
 * is told exactly what to fix, in production too. The app's refusals (src/errors/RequestError.ts) and the plugins'
 * (WorkflowError, ReportError, the delivery's) are all of this class, so the app's error answers say each of them
 * in the caller's language.
 */
export class Refusal extends APIError<Record<string, unknown> & { code: string }> {
  readonly code: string
  /**
   * The answer's `errors[0].data`: `{ code }` and what else a client may act on (`retryAfter`, a limit), when the
   * refusal is built with `data` (those that have always answered with it); none otherwise.
   */
  readonly extraData?: Record<string, unknown>
  readonly parameter?: string
  declare private readonly say: (language: string) => string

  constructor(
    status: number,
    code: string,
    say: (language: string) => string,
    options: { data?: Record<string, unknown>; parameter?: string } = {},
  ) {
    super(
      say(FALLBACK_LANGUAGE),
      status,
      { ...options.data, code, ...(options.parameter ? { parameter: options.parameter } : {}) },
      true,
    )
    // Not an own enumerable property: loggers and serialisers copy those.
    Object.defineProperty(this, 'say', { value: say })
    this.extraData = options.data ? { ...options.data, code } : undefined
    this.name = REFUSAL_NAME
    this.code = code
    this.parameter = options.parameter
  }

  /** The same message in another language. */
  messageIn(language: string): string {
    return this.say(language)
  }
}

/** A Refusal from any bundle (Next may load this module more than once, so `instanceof` is not enough). */
export const isRefusal = (error: unknown): error is Refusal =>
  Boolean(
    error &&
    typeof error === 'object' &&
    (error as Error).name === REFUSAL_NAME &&
    typeof (error as Refusal).messageIn === 'function',
  )

/**
 * The JSON answer of an error for a host that gives none of its own: Payload's `errors` shape, with the refusal's
 * `code` and message in `language`; any other error says its own message (a 500 says nothing more).
 */
export const plainErrorResponse = (
  error: unknown,
  language: string,
  headers: HeadersInit = { 'Cache-Control': 'no-store' },
): Response => {
  const given = (error as { status?: unknown } | undefined)?.status
  const status = typeof given === 'number' && given >= 400 && given <= 599 ? given : 500
  const message = isRefusal(error)
    ? error.messageIn(language)
    : status < 500
      ? String((error as Error | undefined)?.message ?? '')
      : 'Internal Server Error'
  const code = isRefusal(error) ? error.code : undefined
  return Response.json(
    { ...(code ? { code } : {}), errors: [{ ...(code ? { code } : {}), message }], message },
    { headers, status },
  )
}
