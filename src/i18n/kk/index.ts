import type { GenericTranslationsObject, I18nOptions, Language } from '@payloadcms/translations'

import { kkLexicalTranslations } from './lexical'
import { kkPayloadTranslations } from './payload'
import { kkSeoTranslations } from './seo'

/**
 * Kazakh (Cyrillic) admin interface language for Payload: `i18n.supportedLanguages.kk`.
 *
 * Payload does not ship Kazakh, and its types only know the languages it ships (`AcceptedLanguages` has no 'kk'),
 * so the config lists it as `supportedLanguages: { en, kk, ru } as SupportedLanguages`. At runtime a custom key is
 * fine: Payload picks the language from the `payload-lng` cookie (set by the language picker in the account view)
 * when the key is in `supportedLanguages`. Its `Accept-Language` lookup only knows Payload's own languages, so the
 * header is negotiated by the app itself (src/i18n/adminLanguage.ts, src/proxy.ts).
 *
 * Dates: date-fns has a `kk` locale, but Payload loads date locales through a fixed switch (`importDateFNSLocale`)
 * that had no 'kk' (an unknown key loads no locale, and the admin shows "Loading..." instead of every date). The
 * project's patch (patches/@payloadcms+translations+*.patch, applied by `npm install` through patch-package) adds
 * it, so Kazakh month and weekday names are used; `DateFNSKeys`, Payload's type, still lacks 'kk', hence the cast.
 */
export const kk: Language = {
  dateFNSKey: 'kk' as Language['dateFNSKey'],
  translations: kkPayloadTranslations,
}

/** Kazakh strings of the plugins that bring their own translations (plugin-seo, richtext-lexical). */
export const kkPluginTranslations = {
  ...kkSeoTranslations,
  ...kkLexicalTranslations,
}

/**
 * `i18n.translations` for the config: the plugin strings for `kk` (plugins merge their own languages in on top,
 * without overriding entries given here). Cast because the type only allows Payload's own language codes as keys.
 */
export const kkTranslations = { kk: kkPluginTranslations } as NonNullable<
  I18nOptions<GenericTranslationsObject>['translations']
>

export { kkLexicalTranslations, kkPayloadTranslations, kkSeoTranslations }
