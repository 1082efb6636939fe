/**
 * Config walk: every text the admin shows for the app's configuration exists in Kazakh, Russian and English.
 *
 * Walks the built config (after plugins and Payload's sanitizing, so plugin-added fields and Payload's automatic
 * labels are included): collections and globals (labels, group, description), and every visible field recursively
 * (tabs, groups, rows, collapsibles, arrays, blocks): label, description, placeholder, option labels, array and block
 * labels. A text is complete when it is `{ kk, ru, en }` with all three filled in, or a function (Payload's and the
 * plugins' translation keys) that gives a different text in kk and ru than in en. A plain string (one language, or
 * Payload's automatic label made from the field name) fails.
 */
import config from '@payload-config'
import fs from 'fs'
import path from 'path'
import { initI18n, type I18nClient } from '@payloadcms/translations'
import type { Field, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

const LANGUAGES = ['kk', 'ru', 'en'] as const

/** Texts that are the same word in every language (brand names, codes). */
const SAME_IN_EVERY_LANGUAGE = new Set(['English', 'Email', 'E-mail', 'SEO', 'URL', 'ID', 'API'])

let sanitized: SanitizedConfig
const i18ns: Partial<Record<(typeof LANGUAGES)[number], I18nClient>> = {}

beforeAll(async () => {
  sanitized = await config
  for (const language of LANGUAGES)
    i18ns[language] = (await initI18n({
      config: sanitized.i18n,
      context: 'client',
      language: language as 'en',
    })) as I18nClient
})

/** What is wrong with one text, or undefined when it exists in kk, ru and en. */
const problemOf = (value: unknown): string | undefined => {
  if (value === undefined || value === false || value === null) return undefined
  if (typeof value === 'string') return `one language only: "${value}"`
  if (typeof value === 'function') {
    const texts = Object.fromEntries(
      LANGUAGES.map((language) => {
        const i18n = i18ns[language]!
        try {
          return [language, (value as (args: unknown) => unknown)({ i18n, t: i18n.t })]
        } catch (error) {
          return [language, `(threw ${(error as Error).message})`]
        }
      }),
    ) as Record<string, unknown>
    if (
      LANGUAGES.some(
        (language) => typeof texts[language] !== 'string' || !(texts[language] as string).trim(),
      )
    ) {
      return typeof texts.en === 'string' || texts.en === undefined
        ? `a function giving no text: ${JSON.stringify(texts)}`
        : undefined // a component
    }
    for (const language of ['kk', 'ru'] as const) {
      if (texts[language] === texts.en && !SAME_IN_EVERY_LANGUAGE.has(texts.en as string))
        return `untranslated in ${language}: "${texts.en}"`
    }
    if (texts.kk === texts.ru && !SAME_IN_EVERY_LANGUAGE.has(texts.kk as string))
      return `kk is the Russian text: "${texts.kk}"`
    return undefined
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    const missing = LANGUAGES.filter(
      (language) => typeof record[language] !== 'string' || !(record[language] as string).trim(),
    )
    if (missing.length) return `missing ${missing.join(', ')}: ${JSON.stringify(record)}`
    return undefined
  }
  return `not a text: ${String(value)}`
}

type Admin = {
  disableListColumn?: boolean
  disableListFilter?: boolean
  disabled?: boolean
  hidden?: boolean
}

/** Not shown anywhere in the admin (Payload's `hidden`, `admin.disabled`). */
const isHidden = (field: Field): boolean => {
  const admin = (field as { admin?: Admin }).admin
  return Boolean((field as { hidden?: boolean }).hidden || admin?.disabled)
}

/**
 * `admin.hidden` only hides a field from the edit form: Payload still offers it as a list filter and column (raw
 * name, e.g. "Workflow Revision"), so an internal field must also be `disableListFilter` and `disableListColumn`.
 */
const isInternal = (field: Field): boolean => Boolean((field as { admin?: Admin }).admin?.hidden)
const internalShownInLists = (field: Field): boolean => {
  const admin = (field as { admin?: Admin }).admin
  return isInternal(field) && !(admin?.disableListFilter && admin?.disableListColumn)
}

/** Every text of `fields` (recursively), as `where: problem`. */
const walkFields = (fields: Field[], where: string, out: string[]): void => {
  for (const field of fields) {
    if (isHidden(field)) continue
    const name = 'name' in field && field.name ? field.name : field.type
    const at = `${where}.${name}`
    if (isInternal(field)) {
      // Payload's own hidden fields (createdAt, filename, …) are useful columns with translated labels.
      // An array row's `id` (added by Payload, labelled "ID": a code, the same in every language) is left as it is.
      const rowId = name === 'id' && (field as { label?: unknown }).label === 'ID'
      const problem =
        internalShownInLists(field) && !rowId
          ? problemOf((field as { label?: unknown }).label)
          : undefined
      if (problem)
        out.push(
          `${at}: hidden in the form but offered as a list filter or column, label ${problem}`,
        )
      continue
    }
    const check = (what: string, value: unknown) => {
      const problem = problemOf(value)
      if (problem) out.push(`${at} ${what}: ${problem}`)
    }
    const admin = (field as { admin?: Record<string, unknown> }).admin ?? {}
    if (field.type !== 'ui' && field.type !== 'row' && field.type !== 'tabs' && 'label' in field)
      check('label', field.label)
    // A UI field is offered in the list's column picker under its label (Payload makes one from its name).
    if (field.type === 'ui' && !(admin as Admin).disableListColumn)
      check('label (column picker)', field.label)
    check('description', admin.description)
    check('placeholder', admin.placeholder)
    if (field.type === 'select' || field.type === 'radio') {
      for (const option of field.options) {
        if (typeof option === 'string')
          out.push(`${at} option "${option}": no label (the raw value is shown)`)
        else check(`option "${option.value}"`, option.label)
      }
    }
    if (field.type === 'array') {
      check('labels.singular', field.labels?.singular)
      check('labels.plural', field.labels?.plural)
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const tabAt = `${where}.tab(${'name' in tab && tab.name ? tab.name : JSON.stringify(tab.label)})`
        const problem = problemOf(tab.label)
        if (problem) out.push(`${tabAt} label: ${problem}`)
        const description = problemOf(tab.description)
        if (description) out.push(`${tabAt} description: ${description}`)
        walkFields(tab.fields, tabAt, out)
      }
    }
    if (field.type === 'blocks') {
      for (const block of field.blocks ?? []) {
        const blockAt = `${at}.block(${block.slug})`
        for (const [what, value] of [
          ['labels.singular', block.labels?.singular],
          ['labels.plural', block.labels?.plural],
        ] as const) {
          const problem = problemOf(value)
          if (problem) out.push(`${blockAt} ${what}: ${problem}`)
        }
        walkFields(block.fields, blockAt, out)
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) walkFields(field.fields, at, out)
  }
}

describe('every admin text of the configuration exists in kk, ru and en', () => {
  it('collections and their fields', () => {
    const found: string[] = []
    for (const collection of sanitized.collections) {
      if (collection.admin?.hidden === true) continue
      const at = `collection ${collection.slug}`
      for (const [what, value] of [
        ['labels.singular', collection.labels?.singular],
        ['labels.plural', collection.labels?.plural],
        ['admin.group', collection.admin?.group],
        ['admin.description', collection.admin?.description],
      ] as const) {
        const problem = problemOf(value)
        if (problem) found.push(`${at} ${what}: ${problem}`)
      }
      walkFields(collection.fields, at, found)
    }
    expect(found, `${found.length} texts lack a language:\n${found.join('\n')}`).toEqual([])
  })

  it('globals and their fields', () => {
    const found: string[] = []
    for (const global of sanitized.globals) {
      if (global.admin?.hidden === true) continue
      const at = `global ${global.slug}`
      const problem = problemOf(global.label)
      if (problem) found.push(`${at} label: ${problem}`)
      walkFields(global.fields, at, found)
    }
    expect(found, `${found.length} texts lack a language:\n${found.join('\n')}`).toEqual([])
  })
})

describe('nothing in the admin loads from a CDN', () => {
  /** Hosts of public CDNs and font services, and any URL with "cdn" in its host. */
  const CDN =
    /jsdelivr|unpkg\.com|cdnjs|esm\.sh|skypack|fonts\.googleapis|fonts\.gstatic|https?:\/\/[^\s'"`/]*cdn[^\s'"`/]*/i

  /** Every JSON and code field (Payload edits both with Monaco), recursively, with its path. */
  const editorFieldsOf = (fields: Field[], where: string, out: { at: string; field: Field }[]) => {
    for (const field of fields) {
      const at = `${where}.${'name' in field && field.name ? field.name : field.type}`
      if (field.type === 'json' || field.type === 'code') out.push({ at, field })
      if ('fields' in field && Array.isArray(field.fields)) editorFieldsOf(field.fields, at, out)
      if (field.type === 'tabs') for (const tab of field.tabs) editorFieldsOf(tab.fields, at, out)
      if (field.type === 'blocks')
        for (const block of field.blocks ?? [])
          editorFieldsOf(block.fields, `${at}.${block.slug}`, out)
    }
    return out
  }

  it('no JSON or code field uses Payload’s default editor (Monaco, fetched from a public CDN)', () => {
    const found = [
      ...sanitized.collections.filter((collection) => collection.admin?.hidden !== true),
      ...sanitized.globals,
    ]
      .flatMap((entity) => editorFieldsOf(entity.fields, entity.slug, []))
      .filter(
        ({ field }) =>
          !(field as { admin?: { components?: { Field?: unknown } } }).admin?.components?.Field,
      )
      .map(({ at }) => at)
    expect(found).toEqual([])
  })

  it('no admin code, style or component names a CDN or another site’s script, style or font', () => {
    // The app's own code the admin is built from: config, collections, plugins, src (admin components, styles, the
    // import map).
    const roots = ['payload.config.ts', 'collections', 'plugins', 'src']
    const offenders: string[] = []
    const walk = (entry: string) => {
      const stat = fs.statSync(entry)
      if (stat.isDirectory()) {
        if (/(^|\/)(test|fixtures|migrations|seed)$/.test(entry)) return
        for (const name of fs.readdirSync(entry)) walk(path.join(entry, name))
        return
      }
      if (!/\.(css|js|jsx|mjs|scss|ts|tsx)$/.test(entry)) return
      fs.readFileSync(entry, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (CDN.test(line)) offenders.push(`${entry}:${index + 1}: ${line.trim()}`)
        })
    }
    for (const root of roots) walk(root)
    expect(offenders).toEqual([])
  })

  it('catches a CDN reference when there is one (the pattern is not blind)', () => {
    for (const line of [
      "loader.config({ paths: { vs: 'https://cdn.jsdelivr.net/npm/monaco-editor@0.55.1/min/vs' } })",
      '<script src="https://unpkg.com/react"></script>',
      "@import url('https://fonts.googleapis.com/css2?family=Inter')",
      'https://static.cdn.example.com/x.js',
    ])
      expect(CDN.test(line), line).toBe(true)
    expect(
      CDN.test('loads the Monaco editor from a public CDN, so the admin would depend on it'),
    ).toBe(false)
  })
})
