/**
 * Which interface language a request gets: the admin and the error messages both use these rules.
 *
 * Payload chooses the language from its `payload-lng` cookie, then from `Accept-Language`, then
 * `i18n.fallbackLanguage`; its header lookup only knows the languages Payload ships, so `kk`/`kk-KZ` never matched
 * and `kk-KZ,ru;q=0.8` gave Russian. `negotiateLanguage` reads the header against our own languages instead, and
 * src/proxy.ts hands its answer to Payload as that cookie. scripts/patch-payload.mjs makes Payload's own lookup
 * read the header the same way, so requests that do not pass the proxy (the test server, a custom route) agree.
 */
export const ADMIN_LANGUAGES = ['kk', 'ru', 'en'] as const
export type AdminLanguage = (typeof ADMIN_LANGUAGES)[number]

/** A browser that asks for none of our languages gets the newsroom's own: Kazakh. */
export const DEFAULT_ADMIN_LANGUAGE: AdminLanguage = 'kk'

/** Payload's language cookie (`${cookiePrefix}-lng`; the config keeps the default prefix). */
export const LANGUAGE_COOKIE = 'payload-lng'

/** How long a browser keeps its language, as Payload's own language picker sets it. */
export const LANGUAGE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365

export const isAdminLanguage = (value: unknown): value is AdminLanguage =>
  typeof value === 'string' && (ADMIN_LANGUAGES as readonly string[]).includes(value)

/**
 * The best of `supported` for an `Accept-Language` header (RFC 9110 weights; a regional tag such as `kk-KZ`
 * matches its language; equal weights keep the header's order), or undefined when it asks for none of them.
 */
export const negotiateLanguage = (
  header: null | string | undefined,
  supported: readonly string[] = ADMIN_LANGUAGES,
): string | undefined => {
  if (!header) return undefined
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const weight = params
        .map((param) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(param)?.[1])
        .find(Boolean)
      return {
        index,
        language: tag.trim().toLowerCase().split('-')[0],
        quality: weight === undefined ? 1 : Number(weight),
      }
    })
    .filter(({ language, quality }) => language && language !== '*' && quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  return ranked.find(({ language }) => supported.includes(language))?.language
}
