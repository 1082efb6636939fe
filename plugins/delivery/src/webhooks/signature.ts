import { createHmac, timingSafeEqual } from 'crypto'

/** `sha256=<hex>`: the HMAC-SHA256 of the exact bytes sent, keyed by the webhook's secret. */
export const signWebhookBody = (secret: string, rawBody: string): string =>
  `sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`

/** What a receiver does (and the tests): recompute over the raw body and compare in constant time. */
export const verifyWebhookSignature = (
  secret: string,
  rawBody: string,
  header: null | string | undefined,
): boolean => {
  if (!header) return false
  const expected = Buffer.from(signWebhookBody(secret, rawBody))
  const given = Buffer.from(header)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
