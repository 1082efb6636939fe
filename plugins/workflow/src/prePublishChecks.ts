import type { PayloadRequest } from 'payload'

import type { MessageKey } from '../../../src/errors/messages'

/**
 * A check that can veto publication (e.g. the AI-ethics plugin's while a review is open). The workflow runs the
 * checks given in the plugin's `prePublishChecks` option, in order, before `publish` and `schedule`, and refuses
 * with the first refusal's status, code and message.
 */
export type PrePublishCheck = (args: {
  action: 'publish' | 'schedule'
  collection: string
  doc: Record<string, unknown>
  req: PayloadRequest
}) => PrePublishRefusal | Promise<PrePublishRefusal | undefined> | undefined

/** `messageKey`: the catalogue message (src/errors/messages.ts) that says it in the caller's language; it gives the code. */
export type PrePublishRefusal = {
  messageKey: MessageKey
  status?: number
}
