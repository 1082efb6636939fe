import { isRefusal, Refusal, REFUSAL_NAME } from '../../plugins/shared/refusal'
import { codeOfKey, type MessageKey, type MessageParams, renderMessage } from './messages'

/** The name refusals of this app carry, set explicitly: production builds minify class names. */
export const REQUEST_ERROR_NAME = REFUSAL_NAME

/**
 * A deliberate refusal of a bad request: HTTP status, machine `code`, and a message from the catalogue that is
 * rendered again in the caller's language when the answer is written. Always public (`isPublic`): the caller is
 * told exactly what to fix, in production too. The plugins' refusals are the same class (plugins/shared/refusal.ts).
 */
export class RequestError extends Refusal {
  readonly messageKey: MessageKey
  readonly params: MessageParams

  constructor(
    status: number,
    key: MessageKey,
    params: MessageParams = {},
    options: { data?: Record<string, unknown>; parameter?: string } = {},
  ) {
    super(status, codeOfKey(key), (language) => renderMessage(key, params, language), options)
    this.messageKey = key
    this.params = params
  }
}

/** A RequestError from any bundle (Next may load this module more than once, so `instanceof` is not enough). */
export const isRequestError: (error: unknown) => error is Refusal = isRefusal
