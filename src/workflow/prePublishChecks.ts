import type { Config, PayloadRequest, SanitizedConfig } from 'payload'

import type { MessageKey } from '../errors/messages'

/**
 * The one place where other modules can veto publication (e.g. the AI-ethics plugin while a review is open).
 * A check is registered by appending it to `config.custom.prePublishChecks`; the workflow runs every check
 * before `publish` and `schedule` and refuses with the first refusal's status, code and message.
 */
export type PrePublishCheck = (args: {
  action: 'publish' | 'schedule'
  collection: string
  doc: Record<string, unknown>
  req: PayloadRequest
}) => PrePublishRefusal | Promise<PrePublishRefusal | undefined> | undefined

/** `messageKey`: the catalogue message (src/errors/messages.ts) that says `message` in the caller's language. */
export type PrePublishRefusal = { code: string; message: string; messageKey?: MessageKey; status?: number }

export const PRE_PUBLISH_CHECKS = 'prePublishChecks'

export const registerPrePublishCheck = (config: Config, check: PrePublishCheck): Config => ({
  ...config,
  custom: {
    ...config.custom,
    [PRE_PUBLISH_CHECKS]: [...((config.custom?.[PRE_PUBLISH_CHECKS] as PrePublishCheck[]) ?? []), check],
  },
})

export const prePublishChecks = (config: SanitizedConfig): PrePublishCheck[] =>
  (config.custom?.[PRE_PUBLISH_CHECKS] as PrePublishCheck[] | undefined) ?? []
