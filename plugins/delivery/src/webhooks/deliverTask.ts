import type { TaskConfig } from 'payload'

import type { DeliverWebhookInput } from './events'

import {
  DELIVER_WEBHOOK_TASK,
  SIGNATURE_HEADER,
  WEBHOOK_DELIVERIES_COLLECTION,
  WEBHOOKS_COLLECTION,
} from './constants'
import { numberSetting } from '../../../shared/settings'
import { orStopStart } from '../../../shared/startupError'
import { settingProblem } from '../errors'
import { postWebhook } from './send'
import { signWebhookBody } from './signature'
import { type DeliveryFailure, deliveryErrorText, statusError, thrownError } from './deliveryError'

/** Retries after the first attempt; the waits double from the base delay: 10 s, 20 s, 40 s, 80 s, 160 s. */
export const WEBHOOK_RETRIES = 5
export const WEBHOOK_BACKOFF_BASE_MS = 10_000
const DEFAULT_TIMEOUT_MS = 10_000
const TIMEOUT_BOUNDS = { max: 600_000, min: 100 }

/**
 * How long one attempt may take (WEBHOOK_TIMEOUT_MS, default 10 s, from 100 ms to 10 min), read per attempt and
 * checked at start-up (the plugin's onInit): a bad value stops the start in the operator's language.
 */
export const webhookTimeoutMs = (): number =>
  numberSetting('WEBHOOK_TIMEOUT_MS', DEFAULT_TIMEOUT_MS, {
    accept: (value) => value >= TIMEOUT_BOUNDS.min && value <= TIMEOUT_BOUNDS.max,
    problem: (params) =>
      settingProblem('INVALID_SETTING.numberRange', { ...params, ...TIMEOUT_BOUNDS }),
  })

/** At start-up: a bad WEBHOOK_TIMEOUT_MS stops the server with one line, not the first webhook's attempt. */
export const checkWebhookSettings = (): void => {
  orStopStart(webhookTimeoutMs)
}

type Webhook = { active?: boolean | null; id: number | string; secret: string; url: string }

/**
 * Sends one webhook event: POST of the JSON body, signed with the webhook's secret. Every attempt is written to
 * `webhook-deliveries`; a network error, a timeout or a non-2xx answer fails the attempt, and Payload's job
 * queue retries it with exponential backoff. A target the rule refuses (plugins/delivery/src/webhooks/targetPolicy.ts) is
 * logged as refused and not retried; nothing is sent, so the log tells nothing about it. A webhook that was deleted or switched off meanwhile is skipped.
 */
export const deliverWebhookTask: TaskConfig = {
  slug: DELIVER_WEBHOOK_TASK,
  inputSchema: [
    { name: 'webhook', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
    { name: 'collection', type: 'text', required: true },
    { name: 'docId', type: 'text', required: true },
    { name: 'body', type: 'textarea', required: true },
  ],
  outputSchema: [
    { name: 'result', type: 'text' },
    { name: 'statusCode', type: 'number' },
  ],
  retries: {
    attempts: WEBHOOK_RETRIES,
    backoff: { delay: WEBHOOK_BACKOFF_BASE_MS, type: 'exponential' },
  },
  handler: async ({ input, job, req }) => {
    const {
      body,
      collection,
      docId,
      event,
      webhook: webhookId,
    } = input as unknown as DeliverWebhookInput
    const webhook = (await req.payload.findByID({
      collection: WEBHOOKS_COLLECTION as never,
      depth: 0,
      disableErrors: true,
      id: webhookId,
      overrideAccess: true,
      req,
    })) as null | Webhook
    if (!webhook || !webhook.active)
      return { output: { result: 'skipped: the webhook was deleted or switched off' } }

    const attempt = (job.totalTried ?? 0) + 1
    const timeoutMs = webhookTimeoutMs()
    const started = performance.now()
    let statusCode: number | undefined
    let failure: DeliveryFailure | undefined
    try {
      statusCode = await postWebhook(
        webhook.url,
        body,
        {
          'Content-Type': 'application/json',
          'User-Agent': 'newsroom-cms-webhooks/1',
          'X-Newsroom-Delivery': String(job.id),
          'X-Newsroom-Event': event,
          [SIGNATURE_HEADER]: signWebhookBody(webhook.secret, body),
        },
        timeoutMs,
      )
      failure = statusError(statusCode)
    } catch (err) {
      failure = thrownError(err, timeoutMs)
    }
    const durationMs = Math.round(performance.now() - started)
    const refused = failure?.code === 'WEBHOOK_TARGET_REFUSED'
    // Stored as a code and its parameters (said in the reader's language when read), and in English as before.
    const error = failure && deliveryErrorText(failure.code, failure.params, 'en')

    await req.payload.create({
      collection: WEBHOOK_DELIVERIES_COLLECTION as never,
      data: {
        attempt,
        docId,
        durationMs,
        error: error ?? null,
        errorCode: failure?.code ?? null,
        errorParams: failure?.params ?? null,
        event,
        jobId: String(job.id),
        ok: !error,
        statusCode: statusCode ?? null,
        targetCollection: collection,
        url: webhook.url,
        webhook: webhook.id,
      } as never,
      overrideAccess: true,
      req,
    })
    // A refused target stays refused: logged once, not retried.
    if (refused) return { output: { result: 'refused' } }
    // Thrown, so the queue retries with backoff (and gives up after the last retry).
    if (error)
      throw new Error(`Webhook ${webhook.id} (${webhook.url}), attempt ${attempt}: ${error}`)
    return { output: { result: 'delivered', statusCode } }
  },
}
