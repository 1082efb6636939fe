/**
 * Kazakh admin interface language (src/i18n/kk): a plain unit test, no Payload boot.
 *
 * Every kk object is compared with the English object it translates (Payload core, @payloadcms/plugin-seo,
 * @payloadcms/richtext-lexical and its features), and every value is checked for being a real Kazakh translation.
 */
import fs from 'fs'
import { createRequire } from 'module'
import path from 'path'
import { pathToFileURL } from 'url'
import { describe, expect, it } from 'vitest'

import { importDateFNSLocale, initI18n, type SupportedLanguages, t } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'

import { formatDate } from '@payloadcms/ui/shared'

import { ADMIN_DATE_FORMAT } from '../src/i18n/dates'
import {
  kk,
  kkLexicalTranslations,
  kkPayloadTranslations,
  kkSeoTranslations,
  kkTranslations,
} from '../src/i18n/kk'

type Tree = { [key: string]: string | Tree }

/**
 * The only words in Latin letters a Kazakh value may contain (case-sensitive, whole words):
 * product and technical names that Kazakh interfaces keep in Latin script.
 */
const LATIN_ALLOWLIST = ['API', 'Payload', 'URL'] as const

/** Values that are deliberately made of symbols only (no letters at all). */
const SYMBOL_ONLY: Record<string, string> = {
  // "1-10 of 50" / "3 of 10": Kazakh puts the total first ("50-ден 1–10"), which a word between the numbers can't say.
  'general:of': '/',
}

/** Values that are legitimately the same word in Kazakh and Russian (shared loanwords). */
const SAME_AS_RUSSIAN = new Set(['core fields:block', 'core general:locale'])

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/
const CYRILLIC_LETTER = /[\u0400-\u04FF]/
const CYRILLIC_WORD = /[\u0400-\u04FF]+/g
const PLACEHOLDER = /\{\{\s*[^{}]+?\s*\}\}/g
/** Markup that Payload's `<Translation>` component and the e-mails render: `<0>…</0>`, `<a href="…">`, `<br>`. */
const MARKUP = /<\/?\d+>|<a\s[^>]*>|<\/a>|<br\s*\/?>/g

const require_ = createRequire(import.meta.url)
const distDir = (pkg: string): string => path.dirname(require_.resolve(pkg))
const importFile = async <T>(file: string): Promise<T> =>
  (await import(pathToFileURL(file).href)) as T

const flatten = (tree: Tree, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (key === '$schema') continue // plugin-seo's JSON-schema pointer, not a translation
    const full = prefix ? `${prefix}:${key}` : key
    if (typeof value === 'string') out.set(full, value)
    else for (const [k, v] of flatten(value, full)) out.set(k, v)
  }
  return out
}

const matches = (value: string, regex: RegExp): string[] =>
  [...new Set(value.match(regex) ?? [])].sort()
const stripMarkup = (value: string): string => value.replace(PLACEHOLDER, ' ').replace(MARKUP, ' ')
const latinWords = (value: string): string[] => stripMarkup(value).match(/[A-Za-z]+/g) ?? []

/** Everything wrong with one kk object against its English (and, where there is one, Russian) original. */
const problems = (name: string, kkTree: Tree, enTree: Tree, ruTree?: Tree): string[] => {
  const kkFlat = flatten(kkTree)
  const enFlat = flatten(enTree)
  const ruFlat = ruTree ? flatten(ruTree) : new Map<string, string>()
  const found: string[] = []
  for (const key of enFlat.keys()) if (!kkFlat.has(key)) found.push(`${name} ${key}: missing`)
  for (const key of kkFlat.keys())
    if (!enFlat.has(key)) found.push(`${name} ${key}: not in English`)

  for (const [key, value] of kkFlat) {
    const english = enFlat.get(key)
    if (english === undefined) continue
    const id = `${name} ${key}`
    if (typeof value !== 'string' || value.trim() === '') {
      found.push(`${id}: empty`)
      continue
    }
    if (value === english) found.push(`${id}: same as English`)
    if (ruFlat.get(key) === value && !SAME_AS_RUSSIAN.has(id))
      found.push(`${id}: same as Russian (${value})`)
    if (matches(value, PLACEHOLDER).join() !== matches(english, PLACEHOLDER).join())
      found.push(
        `${id}: placeholders ${matches(value, PLACEHOLDER)} ≠ English ${matches(english, PLACEHOLDER)}`,
      )
    if (matches(value, MARKUP).join() !== matches(english, MARKUP).join())
      found.push(`${id}: markup ${matches(value, MARKUP)} ≠ English ${matches(english, MARKUP)}`)
    // Strings that the UI concatenates with something else keep their edge spaces.
    if (/^\s/.test(value) !== /^\s/.test(english) || /\s$/.test(value) !== /\s$/.test(english))
      found.push(`${id}: leading/trailing whitespace differs from English`)
    for (const word of latinWords(value))
      if (!(LATIN_ALLOWLIST as readonly string[]).includes(word))
        found.push(`${id}: Latin word "${word}"`)
    const letters = stripMarkup(value)
    if (SYMBOL_ONLY[key] !== undefined && name === 'core') {
      if (value !== SYMBOL_ONLY[key])
        found.push(`${id}: expected the symbol-only value ${SYMBOL_ONLY[key]}`)
    } else if (!CYRILLIC_LETTER.test(letters)) found.push(`${id}: no Cyrillic letter`)
    // A sentence of five or more words with none of ә ғ қ ң ө ұ ү һ і is almost certainly not Kazakh (e.g. Russian).
    if ((letters.match(CYRILLIC_WORD) ?? []).length >= 5 && !KAZAKH_LETTERS.test(letters))
      found.push(`${id}: no Kazakh-specific letter in "${value}"`)
  }
  return found
}

const lexicalDist = distDir('@payloadcms/richtext-lexical')

/** Lexical feature key → the feature's i18n file (the key is the feature's `key`, under which Payload nests it). */
const LEXICAL_FEATURE_I18N: Record<string, string> = {
  align: 'features/align/server/i18n.js',
  blockquote: 'features/blockquote/server/i18n.js',
  blocks: 'features/blocks/server/i18n.js',
  checklist: 'features/lists/checklist/server/i18n.js',
  heading: 'features/heading/server/i18n.js',
  horizontalRule: 'features/horizontalRule/server/i18n.js',
  indent: 'features/indent/server/i18n.js',
  link: 'features/link/server/i18n.js',
  orderedList: 'features/lists/orderedList/server/i18n.js',
  paragraph: 'features/paragraph/server/i18n.js',
  relationship: 'features/relationship/server/i18n.js',
  textState: 'features/textState/i18n.js',
  unorderedList: 'features/lists/unorderedList/server/i18n.js',
  upload: 'features/upload/server/i18n.js',
}

const findI18nFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return findI18nFiles(full)
    return entry.name === 'i18n.js'
      ? [path.relative(lexicalDist, full).split(path.sep).join('/')]
      : []
  })

/** Lexical's strings for one language, shaped as Payload merges them: `lexical.general` + `lexical.<featureKey>`. */
const lexicalFor = async (lang: 'en' | 'ru'): Promise<Tree> => {
  const general = await importFile<{ i18n: Record<string, Tree> }>(
    path.join(lexicalDist, 'i18n.js'),
  )
  const tree: Tree = { general: general.i18n[lang] }
  for (const [feature, file] of Object.entries(LEXICAL_FEATURE_I18N)) {
    tree[feature] = (
      await importFile<{ i18n: Record<string, Tree> }>(path.join(lexicalDist, file))
    ).i18n[lang]
  }
  return tree
}

const seoFor = async (lang: 'en' | 'ru'): Promise<Tree> => {
  const file = path.join(distDir('@payloadcms/plugin-seo'), 'translations', 'index.js')
  return (await importFile<{ translations: Record<string, Tree> }>(file)).translations[lang]
}

describe('Kazakh admin language', () => {
  it('translates every key of Payload core', () => {
    const enCount = flatten(en.translations as unknown as Tree).size
    expect(enCount).toBeGreaterThan(500)
    expect(
      problems(
        'core',
        kkPayloadTranslations as unknown as Tree,
        en.translations as unknown as Tree,
        ru.translations as unknown as Tree,
      ),
    ).toEqual([])
  })

  it('translates every key of @payloadcms/plugin-seo', async () => {
    const english = await seoFor('en')
    expect(Object.keys(english)).toContain('plugin-seo')
    expect(
      problems('seo', kkSeoTranslations as unknown as Tree, english, await seoFor('ru')),
    ).toEqual([])
  })

  it('translates every key of @payloadcms/richtext-lexical and of each of its features', async () => {
    // A Lexical upgrade that adds a feature with its own strings must show up here.
    expect(findI18nFiles(path.join(lexicalDist, 'features')).sort()).toEqual(
      Object.values(LEXICAL_FEATURE_I18N).sort(),
    )
    expect(
      problems(
        'lexical',
        kkLexicalTranslations.lexical as unknown as Tree,
        await lexicalFor('en'),
        await lexicalFor('ru'),
      ),
    ).toEqual([])
  })

  it('keeps its exception lists tight', async () => {
    const all = [
      ...flatten(kkPayloadTranslations as unknown as Tree).values(),
      ...flatten(kkSeoTranslations as unknown as Tree).values(),
      ...flatten(kkLexicalTranslations as unknown as Tree).values(),
    ]
    const used = new Set(all.flatMap(latinWords))
    expect(LATIN_ALLOWLIST.filter((word) => !used.has(word))).toEqual([])
    const sameAsRussian = (name: string, kkTree: Tree, ruTree: Tree): string[] => {
      const ruFlat = flatten(ruTree)
      return [...flatten(kkTree)]
        .filter(([key, value]) => ruFlat.get(key) === value)
        .map(([key]) => `${name} ${key}`)
    }
    const identical = [
      ...sameAsRussian(
        'core',
        kkPayloadTranslations as unknown as Tree,
        ru.translations as unknown as Tree,
      ),
      ...sameAsRussian('seo', kkSeoTranslations as unknown as Tree, await seoFor('ru')),
      ...sameAsRussian(
        'lexical',
        kkLexicalTranslations.lexical as unknown as Tree,
        await lexicalFor('ru'),
      ),
    ]
    expect(identical.sort()).toEqual([...SAME_AS_RUSSIAN].sort())
  })

  it('is a Payload language whose date locale Payload can load', async () => {
    expect(kk.translations).toBe(kkPayloadTranslations)
    expect(kk.translations.general.thisLanguage).toBe('Қазақша')
    // An unknown key loads no locale, and the admin then shows "Loading..." instead of every date.
    expect(await importDateFNSLocale(kk.dateFNSKey)).toBeTruthy()
  })

  it('formats dates in Kazakh (month names, 24-hour clock), as the admin shows them', async () => {
    const i18n = await initI18n({
      config: {
        fallbackLanguage: 'en',
        supportedLanguages: { en, kk } as SupportedLanguages,
      } as never,
      context: 'client',
      language: 'kk' as never,
    })
    const shown = formatDate({
      date: new Date(2026, 11, 6, 17, 58),
      i18n: i18n as never,
      pattern: ADMIN_DATE_FORMAT,
    })
    expect(shown).toBe('6 желтоқсан 2026, 17:58')
    // Not the Russian locale (декабря, ДП/ПП) the language had to borrow before Payload could load date-fns's `kk`.
    expect(
      formatDate({
        date: new Date(2026, 0, 15, 9, 5),
        i18n: i18n as never,
        pattern: 'EEEE, d MMMM',
      }),
    ).toBe('бейсенбі, 15 қаңтар')
  })

  it('works through Payload’s own i18n: plural keys, placeholders and the merged plugin strings', async () => {
    const config = {
      fallbackLanguage: 'en' as const,
      supportedLanguages: { en, kk } as SupportedLanguages,
      translations: kkTranslations,
    }
    // Typed like `Config['i18n']`, whose plugin-only `translations` the 'api' overload's stricter type does not accept.
    const i18n = await initI18n({
      config: config as never,
      context: 'api',
      language: 'kk' as never,
    })
    expect(i18n.language).toBe('kk')
    expect(i18n.dateFNS).toBeTruthy()
    expect(i18n.t('general:aboutToDeleteCount', { count: 3, label: 'мақала' })).toBe(
      'Сіз 3 мақала жойғалы жатырсыз',
    )
    expect(i18n.t('version:changedFieldsCount', { count: 1 })).toBe('1 өріс өзгертілді')
    expect(i18n.t('plugin-seo:good' as never)).toBe('Жақсы')
    expect(i18n.t('lexical:blocks:inlineBlocks:edit' as never, { label: 'Дәйексөз' })).toBe(
      'Дәйексөз өңдеу',
    )
    expect(t({ key: 'general:thisLanguage', translations: kk.translations })).toBe('Қазақша')
  })

  it('is wired into payload.config.ts next to English and Russian', () => {
    const source = fs.readFileSync(path.resolve(__dirname, '../payload.config.ts'), 'utf8')
    // The `i18n: { … }` entry, on one line or several (Prettier wraps it).
    const i18nLine = (source.match(/^\s*i18n:\s*\{[\s\S]*?\n\s*\},?$/m)?.[0] ?? '').replace(
      /\s+/g,
      ' ',
    )
    expect(i18nLine).toMatch(/fallbackLanguage:\s*'en'/)
    const languages = i18nLine
      .match(/supportedLanguages:\s*\{([^}]*)\}/)?.[1]
      .split(',')
      .map((s) => s.trim())
    expect(languages?.sort()).toEqual(['en', 'kk', 'ru'])
    expect(i18nLine).toMatch(/translations:\s*kkTranslations/)
    expect(source).toMatch(
      /import \{[^}]*\bkk\b[^}]*\bkkTranslations\b[^}]*\} from '\.\/src\/i18n\/kk'/,
    )
  })
})
