import type { PayloadRequest } from 'payload'

import { ethicsPrePublishCheck } from '../../plugins/ai-ethics/src'

import type { MessageKey } from '../errors/messages'

/**
 * Checks that can veto publication (e.g. the AI-ethics plugin's while a review is open). The workflow runs every
 * check before `publish` and `schedule` and refuses with the first refusal's status, code and message.
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

/** The checks the workflow runs, in order: a typed list, not a key other modules write into the config. */
export const PRE_PUBLISH_CHECKS: readonly PrePublishCheck[] = [
  // The plugin names its messages by key; its catalogue is part of this app's (ETHICS_REVIEW_REQUIRED…).
  (args) => ethicsPrePublishCheck(args),
]
