/**
 * Every error message a user can meet comes from the catalogue, in Kazakh, Russian and English.
 *
 * 1. The catalogue (src/errors/messages.ts, with the plugins' catalogues merged in): each entry has kk, ru and en;
 *    the Kazakh text is Kazakh (Cyrillic with Kazakh letters), the Russian one Russian, the English one Latin;
 *    every language has the same placeholders.
 * 2. The code: the application's sources (src, collections, plugins/*\/src) are read as text, and every place that
 *    builds a refusal from a sentence instead of a catalogue key fails the spec, with its file and line. Every
 *    machine code the sources answer with (`code: 'X'`, a key `'X.variant'` given to an error) has a catalogue entry.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { AI_ETHICS_MESSAGES } from '../../plugins/ai-ethics/src/messages'
import { DELIVERY_MESSAGES } from '../../plugins/delivery/src/messages'
import { REPORT_MESSAGES } from '../../plugins/reports/src/messages'
import { WORKFLOW_MESSAGES } from '../../plugins/workflow/src/messages'
import { LANGUAGES, MESSAGES } from '../../src/errors/messages'
import { expectInLanguage } from '../helpers/languageChecks'

const root = path.resolve(__dirname, '../..')

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

const entries = Object.entries(MESSAGES) as [string, Record<string, string>][]

describe('the error catalogue', () => {
  it('merges the plugins’ catalogues without a clash', () => {
    const host = Object.keys(MESSAGES)
    const pluginKeys = [
      ...Object.keys(WORKFLOW_MESSAGES),
      ...Object.keys(DELIVERY_MESSAGES),
      ...Object.keys(AI_ETHICS_MESSAGES),
      ...Object.keys(REPORT_MESSAGES),
    ]
    for (const key of pluginKeys) expect(host).toContain(key)
    expect(new Set(pluginKeys).size).toBe(pluginKeys.length)
  })

  it('defines each key once across the catalogues (the app’s own entries do not shadow a plugin’s)', () => {
    // A key the app defines again after spreading a plugin's catalogue would silently replace the plugin's text:
    // read the catalogue files as text and count each key's definitions.
    const files = [
      'src/errors/messages.ts',
      'src/errors/settingMessages.mjs', // shared with server.mjs
      ...fs
        .readdirSync(path.join(root, 'plugins'))
        .map((name) => `plugins/${name}/src/messages.ts`)
        .filter((file) => fs.existsSync(path.join(root, file))),
    ]
    const definedIn = new Map<string, string[]>()
    for (const file of files) {
      const text = fs.readFileSync(path.join(root, file), 'utf8')
      for (const [, key] of text.matchAll(/^ {2}'?([A-Z][A-Z0-9_]*(?:\.[a-zA-Z]+)?)'?: \{$/gm))
        definedIn.set(key, [...(definedIn.get(key) ?? []), file])
    }
    expect(files.length).toBeGreaterThan(4)
    expect([...definedIn.keys()].sort()).toEqual(Object.keys(MESSAGES).sort())
    const twice = [...definedIn].filter(([, where]) => where.length > 1)
    expect(twice.map(([key, where]) => `${key}: ${where.join(', ')}`)).toEqual([])
  })

  it.each(entries)(
    '%s: kk, ru and en, each in its own language, same placeholders',
    (key, text) => {
      expect(Object.keys(text).sort()).toEqual([...LANGUAGES].sort())
      for (const language of LANGUAGES) expect(text[language]?.trim(), language).toBeTruthy()
      for (const language of LANGUAGES) expectInLanguage(language, text[language], key)
      expect(text.kk, 'kk is a translation').not.toBe(text.en)
      expect(text.ru, 'ru is a translation').not.toBe(text.en)
      expect(placeholders(text.kk), 'kk placeholders').toEqual(placeholders(text.en))
      expect(placeholders(text.ru), 'ru placeholders').toEqual(placeholders(text.en))
      expect(key).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?:\.[a-zA-Z]+)?$/)
    },
  )
})

/** The application's sources: what runs on the server and in the admin (not tests, migrations or generated types). */
const sourceFiles = (): string[] => {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory())
        return ['node_modules', 'test', 'migrations', 'seed'].includes(entry.name) ? [] : walk(full)
      return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
    })
  // Each plugin's src, and the helpers the plugins share (plugins/shared, no src of its own).
  const plugins = fs
    .readdirSync(path.join(root, 'plugins'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(root, 'plugins', entry.name))
    .map((dir) => (fs.existsSync(path.join(dir, 'src')) ? path.join(dir, 'src') : dir))
  return [
    ...walk(path.join(root, 'src')),
    ...walk(path.join(root, 'collections')),
    ...fs
      .readdirSync(path.join(root, 'plugins'))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => path.join(root, 'plugins', name)),
    ...plugins.flatMap(walk),
  ].filter((file) => !file.endsWith('payload-types.ts'))
}

/** Where an error class is defined: the one place a message may be passed to Payload's APIError. */
const ERROR_CLASSES = new Set([
  'plugins/ai-ethics/src/errors.ts',
  'plugins/shared/refusal.ts',
  'src/errors/RequestError.ts',
])

/**
 * Messages no user meets, with the reason: the operator's start-up errors and internal errors whose answer is a
 * catalogue message of its own.
 */
const NOT_ANSWERED: Record<string, string> = {
  'plugins/reports/src/defaults.ts': 'the plugin’s option errors stop the start, for the operator',
  'src/db/sqliteClient.ts':
    'DatabaseBusyError is internal: the answer is 503 DATABASE_BUSY (catalogue)',
  'src/db/transactions.ts':
    'DatabaseBusyError is internal: the answer is 503 DATABASE_BUSY (catalogue)',
}

/** A string that is a catalogue key (`FORBIDDEN_REGION`, `INVALID_BODY.workflowAction`), not a sentence. */
const KEY = String.raw`'[A-Z][A-Z0-9_]*(?:\.[a-zA-Z]+)?'`

const RULES: { pattern: RegExp; why: string }[] = [
  {
    pattern: /new APIError\s*\(/,
    why: 'an APIError built from a sentence: use RequestError(status, key)',
  },
  {
    // A status followed by a sentence: refusal(req, 404, `No …`), fail(400, 'note: …'), new XError(403, '…').
    pattern: new RegExp(String.raw`[(,]\s*[45]\d\d\s*,\s*(?:\`|"|'(?!${KEY.slice(1, -1)}'))`),
    why: 'a refusal with a sentence instead of a catalogue key',
  },
  {
    // An error class of the app made from a sentence: new FeedRequestError(`…`), new SitemapRequestError('…').
    pattern: /new (?!Error\b|TypeError\b|RangeError\b|URL\b)\w*Error\s*\(\s*[`'"]/,
    why: 'an error made from a sentence',
  },
  {
    // A message written into an answer or a field error: { message: 'Something…' }, message: `url: …`.
    pattern: /\bmessage:\s*[`'"]/,
    why: 'a message written as a sentence',
  },
  {
    // A field validation's answer written as a sentence: `valid ? true : 'duration: whole seconds…'`.
    pattern: /\?\s*true\s*:\s*[`'"]|return required \? [`'"]/,
    why: 'a validation message written as a sentence',
  },
  {
    // A message composed as a sentence before it is answered: const message = `…`.
    pattern: /\bconst message\s*=\s*[`'"]/,
    why: 'a message written as a sentence',
  },
  {
    // A setting that stops the start, said in one language: failStartup(`X: must be…`) (src/db/startupError.ts).
    pattern: /\bfailStartup\(\s*[`'"]/,
    why: 'a start-up error written as a sentence: give failStartup a catalogue key (INVALID_SETTING.*)',
  },
  {
    // The old way to give a refusal its words: a local `invalid('…')` / `refuse(`…`)` helper.
    pattern:
      /\b(?:invalid|refuse|reject|badRequest|fail)\(\s*[`"]|\b(?:invalid|refuse|reject|badRequest|fail)\('(?![A-Z])/,
    why: 'a refusal helper given a sentence',
  },
]

describe('the code builds every refusal from the catalogue', () => {
  const files = sourceFiles()

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(100)
  })

  it('no refusal is made from a sentence', () => {
    const offenders: string[] = []
    for (const file of files) {
      const relative = path.relative(root, file)
      if (NOT_ANSWERED[relative]) continue
      const text = fs.readFileSync(file, 'utf8')
      // A message written on the line after its key: `message:\n  'Something…'`.
      for (const match of text.matchAll(/\bmessage\s*[:=]\s*\n\s*[`'"]/g))
        offenders.push(
          `${relative}:${text.slice(0, match.index).split('\n').length}: a message written as a sentence`,
        )
      const lines = text.split('\n')
      lines.forEach((line, index) => {
        if (/^\s*(?:\/\/|\*|\/\*)/.test(line)) return
        for (const { pattern, why } of RULES) {
          if (ERROR_CLASSES.has(relative) && why.startsWith('an APIError')) continue
          if (pattern.test(line)) offenders.push(`${relative}:${index + 1}: ${why}: ${line.trim()}`)
        }
      })
    }
    expect(offenders).toEqual([])
  })

  it('every machine code the sources answer with has a catalogue message', () => {
    const codes = new Set(Object.keys(MESSAGES).map((key) => key.split('.')[0]))
    const missing: string[] = []
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8')
      for (const match of text.matchAll(/\bcode:\s*'([A-Z][A-Z0-9_]+)'/g))
        if (!codes.has(match[1])) missing.push(`${path.relative(root, file)}: ${match[1]}`)
    }
    expect(missing).toEqual([])
  })
})
