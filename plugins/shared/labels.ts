/**
 * A label in the three interface languages (Kazakh, Russian, English), in the shape Payload accepts for labels.
 * The plugins' own admin texts are written with it; the app's too (src/i18n/locales.ts re-exports it).
 */
export const label = (kk: string, ru: string, en: string): Record<string, string> => ({
  en,
  kk,
  ru,
})

/** A label in the admin's interface language; a language it has no text for reads English. */
export const inLanguage = (labels: Readonly<Record<string, string>>, language: string): string =>
  labels[language] ?? labels.en
