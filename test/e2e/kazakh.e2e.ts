/**
 * Kazakh from the first screen, on any device (issue 14, part 2), in a real browser:
 * - a first visit from a browser set to Kazakh (`Accept-Language: kk-KZ`) opens the admin in Kazakh;
 * - a language a user picks is stored on her account and follows her to a fresh browser;
 * - the visible text (and tooltips, placeholders) of the key admin screens in Kazakh mode contains no word in Latin
 *   script and no Russian-only word outside a short allowlist.
 * With E2E_DOCS_SCREENSHOTS=1 the Kazakh dashboard and edit view are also saved to docs/screenshots/ (README).
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { Browser, Page } from 'playwright-core'

import { expectText, launchBrowser, login, openSession, type Session, settle } from './browser'

const ADMIN = ['admin@newsroom.kz', 'demo-admin-2026'] as const
/** Not used by the other e2e specs, whose English sessions must not inherit a stored language. */
const JOURNALIST = ['journalist.astana@newsroom.kz', 'demo-journalist-astana-2026'] as const

/** Words in Latin script a Kazakh screen may show: product names and codes. */
const LATIN_ALLOWLIST = new Set([
  'API',
  'ID',
  'URL',
  'YouTube',
  'Vimeo',
  'Payload',
  'JSON',
  'C2PA',
  'XMP',
  'IPTC',
  'CSV',
  'HTTP',
])

/**
 * Russian words that Kazakh does not use (Kazakh Cyrillic has every Russian letter, so the script alone cannot
 * tell them apart): function words, Payload's most common interface words, month names and the AM/PM marks.
 * Not listed because Kazakh uses them too: не (what), от (fire), май (oil; the month is мамыр), файл.
 */
const RUSSIAN_ONLY = new Set(
  [
    'и',
    'или',
    'для',
    'на',
    'по',
    'из',
    'это',
    'все',
    'всё',
    'без',
    'при',
    'как',
    'что',
    'создать',
    'сохранить',
    'удалить',
    'загрузить',
    'поиск',
    'фильтры',
    'столбцы',
    'выбрать',
    'изменить',
    'опубликовать',
    'черновик',
    'опубликовано',
    'документ',
    'документы',
    'пользователь',
    'язык',
    'дата',
    'сегодня',
    'вчера',
    'назад',
    'статья',
    'статьи',
    'изображение',
    'размер',
    'страница',
    'ещё',
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
    'январь',
    'февраль',
    'март',
    'апрель',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
    'дп',
    'пп',
  ].map((word) => word.toLowerCase()),
)

/** What may contain Latin letters without being interface text: addresses, file names, codes, versions. */
const NOT_WORDS = [
  /\S+@\S+\.\w+/g, // e-mail addresses
  /https?:\/\/\S+/g, // links
  /\b[\w.-]+\.(?:jpe?g|png|webp|gif|svg|mp3|mp4|wav|m4a|ogg|webm|pdf|csv)\b/gi, // file names
  /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g, // machine codes (UPPER_SNAKE)
  /\b[0-9a-f]{8,}\b/gi, // ids and hashes
  /(?:^|\s)\/[\w/.-]*/g, // paths
  /\b[a-z]+\/[\w.+-]+/gi, // media types and time zones (image/jpeg, Asia/Almaty)
  /\b\d+x\d+\b/g, // image dimensions
  /\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, // kebab-case identifiers (slugs, element ids Payload shows as tooltips)
]

/**
 * What the scan leaves out because it is the newsroom's content, not the interface: the rich-text body, document
 * titles, and list cells of text and relationship columns (names, titles, links). Cells of select, status and date
 * columns are interface text and are scanned.
 */
const CONTENT = [
  '[contenteditable]',
  '.doc-header__title',
  '.step-nav__last',
  '.render-title',
  '.upload-relationship-details__filename',
]
const SCANNED_CELLS =
  /\bcell-(?:_status|workflowStatus|roles|event|events|decision|targetCollection|provider|classification|active|ok|createdAt|updatedAt|publishedAt|mimeType|filesize)\b/

let browser: Browser
const SCREENSHOTS = path.resolve('docs/screenshots')
const saveDocsScreenshot = async (page: Page, name: string) => {
  if (process.env.E2E_DOCS_SCREENSHOTS !== '1') return
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOTS, name) })
}

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** The language the admin's page says it is in (`<html lang>`, set by Payload from the language it chose). */
const pageLanguage = (page: Page) => page.locator('html').getAttribute('lang')

describe('the admin’s language', () => {
  test('a first visit from a browser set to Kazakh (kk-KZ) opens the admin in Kazakh', async () => {
    const { context, page } = await openSession(browser, 'kk-KZ')
    const sent: string[] = []
    page.on('request', (request) => {
      if (request.url().endsWith('/admin/login'))
        sent.push(request.headers()['accept-language'] ?? '')
    })
    await page.goto('/admin/login')
    await settle(page)
    expect(sent[0]).toMatch(/^kk-KZ/)
    expect(await pageLanguage(page)).toBe('kk')
    await expectText(page.locator('form button[type="submit"]'), 'Кіру')
    await context.close()
  })

  test('a browser set to Russian gets Russian; one set to a language the admin lacks gets Kazakh', async () => {
    for (const [locale, expected, submit] of [
      ['ru-RU', 'ru', 'Войти'],
      ['de-DE', 'kk', 'Кіру'],
    ] as const) {
      const { context, page } = await openSession(browser, locale)
      await page.goto('/admin/login')
      await settle(page)
      expect(await pageLanguage(page), locale).toBe(expected)
      await expectText(page.locator('form button[type="submit"]'), submit)
      await context.close()
    }
  })

  test('the language she picks is stored on her account and follows her to a fresh browser', async () => {
    const first = await login(browser, ...JOURNALIST, 'kk-KZ')
    try {
      expect(await pageLanguage(first.page)).toBe('kk')
      // Payload's language picker in the account view.
      await first.page.goto('/admin/account')
      await settle(first.page)
      const picker = first.page
        .locator('.payload-settings__language .rs__control, #field-language .rs__control')
        .first()
      await picker.click()
      const stored = first.page.waitForResponse(
        (response) =>
          response.request().method() === 'PATCH' && /\/api\/users\/\d+/.test(response.url()),
      )
      await first.page.locator('.rs__menu .rs__option', { hasText: 'Русский' }).first().click()
      expect((await stored).status()).toBe(200)
      await first.page.waitForFunction(() => document.documentElement.lang === 'ru')

      // Another device: a browser set to Kazakh, never used before.
      const second = await login(browser, ...JOURNALIST, 'kk-KZ')
      try {
        await second.page.goto('/admin')
        await settle(second.page)
        expect(await pageLanguage(second.page)).toBe('ru')
        await expectText(second.page.locator('.nav, aside').first(), 'Статьи')
      } finally {
        await second.context.close()
      }
    } finally {
      // Leave the demo account as the seed made it (no stored language).
      await first.page.evaluate(async () => {
        const me = await (await fetch('/api/users/me', { credentials: 'include' })).json()
        await fetch(`/api/users/${me.user.id}`, {
          body: JSON.stringify({ language: null }),
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          method: 'PATCH',
        })
      })
      await first.context.close()
    }
  })
})

/** The words of a screen a Kazakh reader should not meet (Latin-script and Russian-only words), each in context. */
const foreignWords = (text: string): string[] => {
  const found = new Map<string, string>()
  // A word may hold digits (C2PA is one word, allowlisted, not «C» and «PA»).
  for (const line of text.split('\n')) {
    let cleaned = line
    for (const pattern of NOT_WORDS) cleaned = cleaned.replace(pattern, ' ')
    const words = [
      ...(cleaned.match(/[A-Za-z][A-Za-z0-9]*(?:['’][A-Za-z]+)?/g) ?? []).filter(
        (word) => !LATIN_ALLOWLIST.has(word),
      ),
      ...(cleaned.match(/[\u0400-\u04FF]+/g) ?? []).filter((word) =>
        RUSSIAN_ONLY.has(word.toLowerCase()),
      ),
    ]
    for (const word of words) if (!found.has(word)) found.set(word, line.trim().slice(0, 80))
  }
  return [...found].map(([word, line]) => `${word} («${line}»)`)
}

/** Visible interface text of the page (content left out), with the tooltips and placeholders of visible elements. */
const screenText = (page: Page): Promise<string> =>
  page.evaluate(
    ({ content, cells }) => {
      const skipped = new Set<Element>([...document.querySelectorAll(content.join(','))])
      for (const cell of document.querySelectorAll('td'))
        if (!new RegExp(cells).test(cell.className)) skipped.add(cell)
      const hidden: { element: HTMLElement; text: string }[] = []
      for (const element of skipped) {
        hidden.push({
          element: element as HTMLElement,
          text: (element as HTMLElement).style.visibility,
        })
        ;(element as HTMLElement).style.visibility = 'hidden'
      }
      const parts = [document.body.innerText]
      for (const element of document.querySelectorAll<HTMLElement>('[title], [placeholder]')) {
        if (!element.checkVisibility({ visibilityProperty: true })) continue
        for (const attribute of ['title', 'placeholder']) {
          const value = element.getAttribute(attribute)
          if (value) parts.push(value)
        }
      }
      for (const { element, text } of hidden) element.style.visibility = text
      return parts.join('\n')
    },
    { cells: SCANNED_CELLS.source, content: CONTENT },
  )

describe('Kazakh mode: the visible text of the key screens', () => {
  let session: Session
  const findings: Record<string, string[]> = {}
  /** Letters of interface text read per screen: a screen that yields almost none was not really scanned. */
  const scanned: Record<string, number> = {}
  const scan = async (screen: string) => {
    const text = await screenText(session.page)
    scanned[screen] = (text.match(/\p{L}/gu) ?? []).length
    const words = foreignWords(text)
    if (words.length) findings[screen] = words
  }
  const visit = async (screen: string, url: string) => {
    await session.page.goto(url)
    await settle(session.page)
    await scan(screen)
  }

  beforeAll(async () => {
    // The login screen, as a new Kazakh-speaking browser sees it.
    const anonymous = await openSession(browser, 'kk-KZ')
    await anonymous.page.goto('/admin/login')
    await settle(anonymous.page)
    session = anonymous
    await scan('login')
    await anonymous.context.close()
    session = await login(browser, ...ADMIN, 'kk-KZ')
  })

  afterAll(async () => {
    await session?.context.close()
  })

  test('dashboard, every list, an edit view with every tab, the upload drawer, ethics queue, reports, account', async () => {
    const { page } = session
    await visit('dashboard', '/admin')
    await saveDocsScreenshot(page, 'kk-dashboard.png')

    const lists = [
      'articles',
      'ethno-events',
      'podcast-episodes',
      'tv-segments',
      'videos',
      'media',
      'contributors',
      'rubrics',
      'regions',
      'users',
      'workflow-events',
      'editorial-comments',
      'webhooks',
      'webhook-deliveries',
      'ethics-reviews',
    ]
    for (const slug of lists) {
      await visit(`list ${slug}`, `/admin/collections/${slug}`)
      // The filter and column pickers of the list, opened.
      const columns = page.locator('.list-controls__toggle-columns, #toggle-list-columns').first()
      if (await columns.count()) {
        await columns.click()
        await settle(page)
        await scan(`list ${slug}: columns`)
      }
    }

    // An article's edit view, each tab in turn.
    await page.goto('/admin/collections/articles')
    await settle(page)
    await page.locator('.table tbody tr a').first().click()
    await page.waitForURL((url) => /\/admin\/collections\/articles\/\d+/.test(url.pathname))
    await settle(page)
    await saveDocsScreenshot(page, 'kk-article-edit.png')
    const tabs = page.locator('.tabs-field__tab-button')
    const tabCount = await tabs.count()
    for (let i = 0; i < tabCount; i++) {
      await tabs.nth(i).click()
      await settle(page)
      await scan(`article edit: tab ${i + 1}`)
    }

    // A new article (every field empty: placeholders and hints show), and its hero image's upload drawer.
    await visit('article create', '/admin/collections/articles/create')
    await page.locator('.upload__createNewToggler').first().click()
    await page.locator('.drawer--is-open').first().waitFor()
    await settle(page)
    await scan('upload drawer')
    await page.keyboard.press('Escape')

    await visit('ethics queue', '/admin/ethics-queue')
    await visit('reports', '/admin/reports')
    await visit('account', '/admin/account')

    const empty = Object.entries(scanned)
      .filter(([, letters]) => letters < 40)
      .map(([screen]) => screen)
    expect(empty, 'screens whose interface text could not be read').toEqual([])
    expect(Object.keys(scanned).length).toBeGreaterThanOrEqual(12)
    const report = Object.entries(findings).map(
      ([screen, words]) => `${screen}: ${words.join(', ')}`,
    )
    expect(report, `foreign words on ${report.length} screens:\n${report.join('\n')}`).toEqual([])
  })

  test('file sizes in Kazakh units (КБ, МБ): an upload’s details in its edit view', async () => {
    const { page } = session
    // An upload's details in its edit view (Payload's FileMeta), e.g. «48 КБ - 1200x800 - image/jpeg».
    await page.goto('/admin/collections/media')
    await settle(page)
    await page.locator('.table tbody tr a').first().click()
    await page.waitForURL((url) => /\/admin\/collections\/media\/\d+/.test(url.pathname))
    await settle(page)
    const size = await page.locator('.file-meta__size-type').first().innerText()
    expect(size).toMatch(/^\d+(?:,\d+)? (?:байт|КБ|МБ|ГБ)/)
    expect(size).not.toMatch(/\b(?:bytes|KB|MB|GB)\b/)
  })
})
