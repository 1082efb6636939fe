import type { PayloadRequest } from 'payload'

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

/** The refusal's machine `code`, its message in a given language (kk, ru, en) and its HTTP status (409 unless said). */
export type PrePublishRefusal = {
  code: string
  messageIn: (language: string) => string
  status?: number
}
