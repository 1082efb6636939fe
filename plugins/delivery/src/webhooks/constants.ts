/** What a webhook can subscribe to. */
export const WEBHOOK_EVENTS = ['publish', 'unpublish', 'update-published'] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

export const WEBHOOKS_COLLECTION = 'webhooks'
export const WEBHOOK_DELIVERIES_COLLECTION = 'webhook-deliveries'
export const DELIVER_WEBHOOK_TASK = 'deliverWebhook'
/** The jobs queue webhook deliveries run in (the plugin runs it every few seconds). */
export const WEBHOOKS_QUEUE = 'webhooks'
/** The header that carries `sha256=<hex HMAC-SHA256 of the raw body>`. */
export const SIGNATURE_HEADER = 'X-Newsroom-Signature'
/** Request context flag: bulk loads and seeding set it to send no webhooks. */
export const DISABLE_WEBHOOKS = 'disableWebhooks'
