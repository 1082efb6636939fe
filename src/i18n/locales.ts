import type { LocalizationConfig } from 'payload'

/** Content languages of the newsroom: Kazakh first, then Russian and English. */
export const CONTENT_LOCALES = ['kk', 'ru', 'en'] as const
export type ContentLocale = (typeof CONTENT_LOCALES)[number]
export const DEFAULT_LOCALE: ContentLocale = 'kk'

export const localization: LocalizationConfig = {
  defaultLocale: DEFAULT_LOCALE,
  fallback: true,
  locales: [
    { code: 'kk', label: 'Қазақша' },
    { code: 'ru', label: 'Русский', fallbackLocale: 'kk' },
    { code: 'en', label: 'English', fallbackLocale: 'kk' },
  ],
}

// The three-language label helpers are the plugins' shared ones (plugins/shared/labels.ts).
export { inLanguage, label } from '../../plugins/shared/labels'

/** The newsroom's clock: Kazakhstan time (UTC+5 since 1 March 2024, UTC+6 before). Reports count its days. */
export const NEWSROOM_TIME_ZONE = 'Asia/Almaty'
