import http from 'node:http'
import https from 'node:https'

import type { PayloadRequest } from 'payload'

import type { Language } from '../../../shared/messages'

import { guardedLookup, validateWebhookUrl, WebhookTargetRefused } from './targetPolicy'

/**
 * POSTs one webhook body and resolves with the receiver's status code. The target rule is applied again here:
 * the URL as stored (it may predate the rule), then every address its name resolves to, in the lookup the socket
 * itself uses. Redirects are not followed (a 3xx is the answer), so a receiver cannot bounce the request inside.
 * Refusals reject with WebhookTargetRefused before any connection is made; network errors reject as they come.
 */
export const postWebhook = (
  target: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<number> => {
  const valid = validateWebhookUrl(target)
  if (valid !== true) {
    // The refusal in each language, for the delivery log (validateWebhookUrl speaks the language of its request).
    const inLanguage = (language: Language) =>
      String(validateWebhookUrl(target, { req: { i18n: { language } } as PayloadRequest })).replace(
        /^url: /,
        '',
      )
    const text = { en: inLanguage('en'), kk: inLanguage('kk'), ru: inLanguage('ru') }
    return Promise.reject(new WebhookTargetRefused(text.en, text))
  }
  const url = new URL(target)
  const client = url.protocol === 'https:' ? https : http
  return new Promise<number>((resolve, reject) => {
    const request = client.request(
      url,
      {
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup,
        method: 'POST',
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        // The answer's body is not needed: drop it without reading it into memory.
        response.resume()
        response.on('error', () => undefined)
        resolve(response.statusCode ?? 0)
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}
