import type { PayloadRequest, SanitizedConfig } from 'payload'

import { parseCookies } from 'payload/shared'

import { negotiateLanguage } from '../i18n/adminLanguage'
import {
  FALLBACK_LANGUAGE,
  LANGUAGES,
  type MessageKey,
  type MessageParams,
  renderMessage,
} from './messages'

/**
 * The caller's language for error messages, in Payload's order: the admin's language cookie (`payload-lng`), else
 * `Accept-Language`, else the configured fallback — among the languages the config supports (kk, ru, en).
 * Payload's own header detection only knows the languages it ships (Kazakh is not one), so this one reads
 * `Accept-Language` against the configured languages itself.
 */
export const languageOfRequest = (
  request: Pick<Request, 'headers'>,
  config: SanitizedConfig | undefined,
): string => {
  // Before Payload is up (a wrapper answering while the database is down): this app's languages and cookie.
  const supported = config ? Object.keys(config.i18n.supportedLanguages ?? {}) : [...LANGUAGES]
  const cookie = parseCookies(request.headers).get(`${config?.cookiePrefix || 'payload'}-lng`)
  if (cookie && supported.includes(cookie)) return cookie
  const header = request.headers.get('accept-language')
  const fromHeader = negotiateLanguage(header, supported)
  return fromHeader ?? config?.i18n.fallbackLanguage ?? FALLBACK_LANGUAGE
}

/** The language of a request Payload has prepared. */
export const languageOf = (req: PayloadRequest | undefined): string =>
  req?.headers && req.payload
    ? languageOfRequest(req, req.payload.config)
    : (req?.i18n?.language ?? FALLBACK_LANGUAGE)

/** A field validation message (a `validate` function's answer) in the language of the request that is saved. */
export const fieldMessage = (
  req: PayloadRequest | undefined,
  key: MessageKey,
  params: MessageParams = {},
): string => renderMessage(key, params, languageOf(req))
