import type { PayloadRequest } from 'payload'

import { ethicsPrePublishCheck } from '../../plugins/ai-ethics/src'

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

export type PrePublishRefusal = { code: string; message: string; status?: number }

/** The checks the workflow runs, in order: a typed list, not a key other modules write into the config. */
export const PRE_PUBLISH_CHECKS: readonly PrePublishCheck[] = [ethicsPrePublishCheck]
