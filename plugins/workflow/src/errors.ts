import type { MessageKey, MessageParams } from '../../../src/errors/messages'

import { RequestError } from '../../../src/errors/RequestError'

/**
 * A refused workflow request: an HTTP status, the machine `code` of its catalogue message (src/errors/messages.ts)
 * and that message in the caller's language. There is no way to build one from a sentence: every refusal is a
 * catalogue entry with kk, ru and en (test/i18n/errorCatalogue.spec.ts).
 */
export class WorkflowError extends RequestError {
  constructor(status: number, key: MessageKey, params: MessageParams = {}) {
    // Its answer carries `errors[0].data.code` too, as workflow refusals always have.
    super(status, key, params, { data: {} })
  }
}

/** JSON body for a refused request: Payload's `errors` shape plus `code`. */
export const workflowErrorResponse = (error: RequestError, language = 'en'): Response => {
  const message = error.messageIn(language)
  return Response.json(
    { code: error.code, errors: [{ code: error.code, message }], message },
    { status: error.status },
  )
}
