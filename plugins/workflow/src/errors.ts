import type { PrePublishRefusal } from './prePublishChecks'

import { codeOfKey, type MessageParams } from '../../shared/messages'
import { Refusal } from '../../shared/refusal'
import { type WorkflowMessageKey, workflowMessage } from './messages'

/**
 * A refused workflow request: an HTTP status, the machine `code` of its catalogue message (./messages.ts) and that
 * message in the caller's language. There is no way to build one from a sentence: every refusal is a catalogue
 * entry with kk, ru and en (test/i18n/errorCatalogue.spec.ts), or a pre-publish check's refusal, which says itself.
 */
export class WorkflowError extends Refusal {
  constructor(
    status: number,
    reason: PrePublishRefusal | WorkflowMessageKey,
    params: MessageParams = {},
  ) {
    const [code, say] =
      typeof reason === 'string'
        ? [codeOfKey(reason), (language: string) => workflowMessage(reason, params, language)]
        : [reason.code, (language: string) => reason.messageIn(language)]
    // Its answer carries `errors[0].data.code` too, as workflow refusals always have.
    super(status, code, say, { data: {} })
  }
}

/** JSON body for a refused request: Payload's `errors` shape plus `code`. */
export const workflowErrorResponse = (error: Refusal, language = 'en'): Response => {
  const message = error.messageIn(language)
  return Response.json(
    { code: error.code, errors: [{ code: error.code, message }], message },
    { status: error.status },
  )
}

/** A refusal from the workflow's records (a comment, an audit event) that carries no data beyond its `code`. */
export const recordRefusal = (
  status: number,
  key: WorkflowMessageKey,
  params: MessageParams = {},
): Refusal =>
  new Refusal(status, codeOfKey(key), (language) => workflowMessage(key, params, language))
