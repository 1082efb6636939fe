import { APIError } from 'payload'

import { type MessageKey, type MessageParams, renderMessage } from '../../../src/errors/messages'

export type WorkflowErrorCode =
  | 'AUTHENTICATION_REQUIRED'
  | 'CONCURRENT_TRANSITION'
  | 'FORBIDDEN_ACTION'
  | 'FORBIDDEN_REGION'
  | 'INVALID_BODY'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'WORKFLOW_STATE_READ_ONLY'
  | (string & {})

/** A refused workflow request: an HTTP status, a machine-readable `code` and a message a person can act on. */
export class WorkflowError extends APIError {
  code: WorkflowErrorCode

  /** The catalogue message (src/errors/messages.ts) this refusal is, so the answer speaks the caller's language. */
  readonly messageKey?: MessageKey
  readonly params: MessageParams

  constructor(
    status: number,
    code: WorkflowErrorCode,
    message: string,
    localized?: { key: MessageKey; params?: MessageParams },
  ) {
    super(
      localized ? renderMessage(localized.key, localized.params) : message,
      status,
      { code },
      true,
    )
    this.code = code
    this.messageKey = localized?.key
    this.params = localized?.params ?? {}
  }

  /** The message in another language (the English one when the refusal has no catalogue message). */
  messageIn(language: string): string {
    return this.messageKey ? renderMessage(this.messageKey, this.params, language) : this.message
  }
}

/** JSON body for a refused request: Payload's `errors` shape plus `code`. */
export const workflowErrorResponse = (error: WorkflowError, language = 'en'): Response => {
  const message = error.messageIn(language)
  return Response.json(
    { code: error.code, errors: [{ code: error.code, message }], message },
    { status: error.status },
  )
}
