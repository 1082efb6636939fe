import { APIError } from 'payload'

import { codeOfKey, type MessageKey, type MessageParams, renderMessage } from './messages'

/** The name refusals of this app carry, set explicitly: production builds minify class names. */
export const REQUEST_ERROR_NAME = 'RequestError'

/**
 * A deliberate refusal of a bad request: HTTP status, machine `code`, and a message from the catalogue that is
 * rendered again in the caller's language when the answer is written. Always public (`isPublic`): the caller is
 * told exactly what to fix, in production too.
 */
export class RequestError extends APIError<Record<string, unknown> & { code: string }> {
  readonly code: string
  /**
   * The answer's `errors[0].data`: `{ code }` and what else a client may act on (`retryAfter`, a limit), when the
   * refusal is built with `data` (those that have always answered with it); none otherwise.
   */
  readonly extraData?: Record<string, unknown>
  readonly messageKey: MessageKey
  readonly params: MessageParams
  readonly parameter?: string

  constructor(
    status: number,
    key: MessageKey,
    params: MessageParams = {},
    options: { data?: Record<string, unknown>; parameter?: string } = {},
  ) {
    const code = codeOfKey(key)
    super(
      renderMessage(key, params),
      status,
      { ...options.data, code, ...(options.parameter ? { parameter: options.parameter } : {}) },
      true,
    )
    this.extraData = options.data ? { ...options.data, code } : undefined
    this.name = REQUEST_ERROR_NAME
    this.code = code
    this.messageKey = key
    this.params = params
    this.parameter = options.parameter
  }

  /** The same message in another language. */
  messageIn(language: string): string {
    return renderMessage(this.messageKey, this.params, language)
  }
}

/** A RequestError from any bundle (Next may load this module more than once, so `instanceof` is not enough). */
export const isRequestError = (error: unknown): error is RequestError =>
  Boolean(
    error &&
    typeof error === 'object' &&
    (error as Error).name === REQUEST_ERROR_NAME &&
    typeof (error as RequestError).messageIn === 'function',
  )
