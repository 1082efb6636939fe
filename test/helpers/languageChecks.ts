/**
 * Whether a message a person reads is written in Kazakh, Russian or English. Values quoted in it (a slug, a file
 * name, a title), placeholders' machine words (field names, codes, media types, paths) are left out: what is
 * checked is the sentence around them.
 */
import { expect } from 'vitest'

/** Letters only Kazakh has among the Cyrillic alphabets this app uses. */
export const KAZAKH_LETTERS = /[әғқңөұүһі]/i
export const CYRILLIC = /[а-яё]/i
/** Words a Kazakh or Russian message must not fall back to (untranslated English). */
export const ENGLISH_WORDS =
  /\b(?:the|must|only|may|not|cannot|is|are|with|your|you|this|required|allowed|give|log in|try again|no such|there is|something)\b/i

/** Text outside quoted values, placeholders, code, JSON and machine words: what a person reads as language. */
export const prose = (text: string): string =>
  text
    .replace(/\{\w+\}/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ') // JSON and object shapes: { action, comment }
    .replace(/«[^»]*»|“[^”]*”|"[^"]*"|`[^`]*`/g, ' ') // quoted values
    .replace(/\b(?:POST|GET|PATCH)\s+\S+/g, ' ')
    .replace(/\b[a-z]+[A-Z]\w*\b/g, ' ') // field names: publishAt, markedPublic, restoreVersionOperation
    .replace(/\b[\w-]+\/[\w+.-]+\b/g, ' ') // media types: application/json, multipart/form-data
    .replace(/\b\w+_\w+\b/g, ' ') // env names and codes: WEBHOOK_ALLOWED_HOSTS, ETHICS_REVIEW_REQUIRED
    .replace(
      /\b(?:true|false|null|JSON|REST|GraphQL|UTF-8|ISO|YYYY-MM-DD|id|after|page|limit|where|near|query|variables|note|decision|collection|comment|action|assignee|file|region|rubric|email|locale|pagination|from|to|draft|boundary|all|clear|reject|schedule|docId|nextCursor|alias|hex|HMAC-SHA256|Unix|sig|expires|JWT|cookie|Origin|Referer|Sec-Fetch-Site|Authorization|token|url|roles|regions|slug|title|rubrics|articles|media|users)\b/g,
      ' ',
    )

/** Fails unless `message` reads as `language` (kk: Kazakh letters and no English; ru: Russian; en: no Cyrillic). */
export const expectInLanguage = (language: string, message: unknown, context = ''): void => {
  expect(typeof message, `${context}: no message`).toBe('string')
  const text = String(message)
  const words = prose(text)
  if (language === 'kk') {
    expect(KAZAKH_LETTERS.test(words), `${context}: kk without Kazakh letters: ${text}`).toBe(true)
    expect(
      ENGLISH_WORDS.exec(words)?.[0],
      `${context}: kk with English words: ${text}`,
    ).toBeUndefined()
  } else if (language === 'ru') {
    expect(CYRILLIC.test(words), `${context}: ru without Cyrillic: ${text}`).toBe(true)
    expect(KAZAKH_LETTERS.test(words), `${context}: ru with Kazakh letters: ${text}`).toBe(false)
    expect(
      ENGLISH_WORDS.exec(words)?.[0],
      `${context}: ru with English words: ${text}`,
    ).toBeUndefined()
  } else {
    expect(CYRILLIC.test(words), `${context}: en with Cyrillic: ${text}`).toBe(false)
  }
}
