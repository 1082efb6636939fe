import type { SanitizedConfig } from 'payload'

import { getRequestLanguage } from 'payload'
import { parseCookies } from 'payload/shared'

import { FALLBACK_LANGUAGE } from './messages'

/**
 * The caller's interface language, as Payload chooses it for `req.i18n`: the admin's language cookie, else
 * `Accept-Language`, else the configured fallback. For answers written before Payload has built its request.
 */
export const languageOfRequest = (request: Request, config: SanitizedConfig | undefined): string => {
  if (!config) return FALLBACK_LANGUAGE
  try {
    return getRequestLanguage({ config, cookies: parseCookies(request.headers), headers: request.headers })
  } catch {
    return FALLBACK_LANGUAGE
  }
}

/** The language of a request Payload has prepared (`req.i18n`). */
export const languageOf = (req: { i18n?: { language?: string } } | undefined): string => req?.i18n?.language ?? FALLBACK_LANGUAGE
