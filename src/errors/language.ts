import type { PayloadRequest, SanitizedConfig } from 'payload'

import { parseCookies } from 'payload/shared'

import { FALLBACK_LANGUAGE } from './messages'

/** `kk-KZ;q=0.8` → `kk` with quality 0.8, best first. */
const acceptedLanguages = (header: string): string[] =>
  header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean)
      return { language: tag.trim().toLowerCase().split('-')[0], quality: q === undefined ? 1 : Number(q) }
    })
    .filter(({ language, quality }) => language && language !== '*' && quality > 0)
    .sort((a, b) => b.quality - a.quality)
    .map(({ language }) => language)

/**
 * The caller's language for error messages, in Payload's order: the admin's language cookie (`payload-lng`), else
 * `Accept-Language`, else the configured fallback — among the languages the config supports (kk, ru, en).
 * Payload's own header detection only knows the languages it ships (Kazakh is not one), so this one reads
 * `Accept-Language` against the configured languages itself.
 */
export const languageOfRequest = (request: Pick<Request, 'headers'>, config: SanitizedConfig | undefined): string => {
  if (!config) return FALLBACK_LANGUAGE
  const supported = Object.keys(config.i18n.supportedLanguages ?? {})
  const cookie = parseCookies(request.headers).get(`${config.cookiePrefix || 'payload'}-lng`)
  if (cookie && supported.includes(cookie)) return cookie
  const header = request.headers.get('accept-language')
  const fromHeader = header ? acceptedLanguages(header).find((language) => supported.includes(language)) : undefined
  return fromHeader ?? config.i18n.fallbackLanguage ?? FALLBACK_LANGUAGE
}

/** The language of a request Payload has prepared. */
export const languageOf = (req: PayloadRequest | undefined): string =>
  req?.headers && req.payload ? languageOfRequest(req, req.payload.config) : (req?.i18n?.language ?? FALLBACK_LANGUAGE)
