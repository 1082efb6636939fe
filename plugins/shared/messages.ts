/**
 * Messages people read, in the newsroom's three interface languages. Each plugin keeps its own catalogue of them
 * (plugins/<name>/src/messages.ts: key → { kk, ru, en }); the app merges the catalogues into its own
 * (src/errors/messages.ts) and test/i18n/errorCatalogue.spec.ts checks every entry. The part of a key before a dot
 * is the machine `code` an answer carries, the same in every language.
 */
export type Language = 'en' | 'kk' | 'ru'
export const LANGUAGES: readonly Language[] = ['kk', 'ru', 'en']
export const FALLBACK_LANGUAGE: Language = 'en'

export type Text = Record<Language, string>
/** A placeholder's value: the same in every language, or a text per language (a state or action name). */
export type MessageParams = Record<string, number | string | Text>

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)

/** The machine code of a message key: the part before a variant (`INVALID_PARAMETER.single` → `INVALID_PARAMETER`). */
export const codeOfKey = (key: string): string => key.split('.')[0]

/** `text` in `language` (English when it is none of the three), its `{placeholders}` filled from `params`. */
export const fillText = (
  text: Text,
  params: MessageParams = {},
  language: string = FALLBACK_LANGUAGE,
): string => {
  const lang = isLanguage(language) ? language : FALLBACK_LANGUAGE
  return text[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole
    const value = params[name]
    return typeof value === 'object' ? value[lang] : String(value)
  })
}

/** The message function of a catalogue: `(key, params, language)` → the text in that language. */
export const messagesOf =
  <Key extends string>(catalogue: Record<Key, Text>) =>
  (key: Key, params: MessageParams = {}, language: string = FALLBACK_LANGUAGE): string =>
    fillText(catalogue[key], params, language)

/** A message in every language: a placeholder value for another message (a refusal quoting its reason). */
export const inEveryLanguage = (say: (language: Language) => string): Text => ({
  en: say('en'),
  kk: say('kk'),
  ru: say('ru'),
})
