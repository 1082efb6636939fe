/**
 * Browser helpers of the end-to-end suite: Debian's Chromium driven by playwright-core, logging in through the
 * login form, and the small interactions Payload's admin needs (react-select, locale switcher, toasts).
 */
import fs from 'node:fs'
import path from 'node:path'

import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core'

export const BASE_URL = process.env.E2E_BASE_URL ?? ''
if (!BASE_URL)
  throw new Error(
    'E2E_BASE_URL is not set: run the suite with `npm run test:e2e` (scripts/test-e2e.mjs).',
  )

export const SCREENSHOT_DIR = path.resolve(process.env.E2E_SCREENSHOT_DIR || 'test-results/e2e')
export const WORK_DIR = path.resolve(process.env.E2E_WORK_DIR || '.tmp/e2e')

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Elements waited for longer than this mean something is wrong, not slow. */
export const STEP_TIMEOUT = 30_000

export const launchBrowser = async (): Promise<Browser> => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH).`)
  return chromium.launch({ args: CHROMIUM_FLAGS, executablePath: CHROMIUM, headless: true })
}

export type Session = { context: BrowserContext; page: Page }

/**
 * A fresh browser profile (no cookies). The admin's language is negotiated from the browser's language (its
 * Accept-Language): `en-US` by default, so the admin starts in English; `kk-KZ` gives Kazakh.
 */
export const openSession = async (browser: Browser, locale = 'en-US'): Promise<Session> => {
  const context = await browser.newContext({
    acceptDownloads: true,
    baseURL: BASE_URL,
    locale,
    viewport: { height: 1000, width: 1440 },
  })
  context.setDefaultTimeout(STEP_TIMEOUT)
  context.setDefaultNavigationTimeout(60_000)
  const page = await context.newPage()
  // Client-side errors are logged so a failing step shows what the page complained about.
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`))
  watchContentSecurityPolicy(page)
  return { context, page }
}

const CSP_VIOLATIONS = new WeakMap<Page, string[]>()

/** Chromium reports what the Content-Security-Policy blocked on the console ("Refused to load …"). */
const watchContentSecurityPolicy = (page: Page) => {
  const seen: string[] = []
  CSP_VIOLATIONS.set(page, seen)
  page.on('console', (message) => {
    if (
      /Content Security Policy|Refused to (load|execute|apply|connect|frame|create)/i.test(
        message.text(),
      )
    ) {
      console.error(`[csp] ${message.text()}`)
      seen.push(message.text())
    }
  })
}

/** What the admin's Content-Security-Policy blocked in this page so far (settle() fails on any). */
export const cspViolations = (page: Page): string[] => CSP_VIOLATIONS.get(page) ?? []

/** Logs in through the form, as a person would, and waits for the admin to load. */
export const login = async (
  browser: Browser,
  email: string,
  password: string,
  locale?: string,
): Promise<Session> => {
  const session = await openSession(browser, locale)
  const { page } = session
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
  await page.locator('.template-default').first().waitFor()
  return session
}

/** Follows a link of the side navigation, opening the navigation first when it is collapsed. */
export const clickNavLink = async (page: Page, href: string): Promise<void> => {
  const link = page.locator(`aside.nav a[href="${href}"]`).first()
  // A collapsed navigation stays in the page but inert; its toggler opens it.
  if ((await page.locator('.template-default--nav-open').count()) === 0) {
    await page.locator('.template-default__nav-toggler').click()
    await page.locator('.template-default--nav-open').waitFor()
  }
  await link.click()
  await page.waitForURL((url) => url.pathname === href)
  await settle(page)
}

export const screenshot = async (page: Page, scenario: number, step: string): Promise<void> => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({
    fullPage: true,
    path: path.join(SCREENSHOT_DIR, `scenario${scenario}-${step}.png`),
  })
}

/** Waits for the page's network to settle (the admin loads form state and relationship options after render). */
export const settle = async (page: Page): Promise<void> => {
  await page.waitForLoadState('networkidle')
  // A blocked script, style or request is a broken admin: every step that settles checks the policy held.
  const violations = cspViolations(page)
  if (violations.length)
    throw new Error(
      `the Content-Security-Policy blocked something on ${page.url()}:\n${violations.join('\n')}`,
    )
}

/**
 * Picks an option of a react-select field (relationship, select) by its visible text; a string is typed first,
 * as a person narrows a long list (relationship options load page by page).
 */
export const chooseOption = async (
  page: Page,
  field: Locator,
  option: string | RegExp,
): Promise<void> => {
  await field.locator('.rs__control').click()
  if (typeof option === 'string')
    await field.locator('.rs__input').pressSequentially(option.slice(0, 12))
  await page.locator('.rs__menu .rs__option', { hasText: option }).first().click()
  await field.locator('.rs__single-value, .rs__multi-value', { hasText: option }).first().waitFor()
}

const LOCALE_NAMES = { en: 'English', kk: 'Қазақша', ru: 'Русский' }

/**
 * Switches the edit view's content locale with the header's locale picker (unless it is already that one: Payload
 * remembers each user's last content locale).
 */
export const switchContentLocale = async (page: Page, code: 'en' | 'kk' | 'ru'): Promise<void> => {
  const picker = page.locator('.localizer .popup-button')
  if ((await picker.innerText()).includes(LOCALE_NAMES[code])) return
  await picker.click()
  await page.locator('.popup-button-list__button', { hasText: `(${code})` }).click()
  await page.waitForURL((url) => url.searchParams.get('locale') === code)
  await expectText(picker, LOCALE_NAMES[code])
  await settle(page)
}

/** Waits for a toast of the given type (Payload's admin uses sonner) and returns its text. */
export const toastText = async (page: Page, type: 'error' | 'success'): Promise<string> => {
  const toast = page.locator(`[data-sonner-toast][data-type="${type}"]`).last()
  await toast.waitFor()
  return (await toast.innerText()).trim()
}

/** Dismisses every open toast so the next step's toast is not confused with an earlier one. */
export const closeToasts = async (page: Page): Promise<void> => {
  const toasts = page.locator('[data-sonner-toast]')
  for (let i = (await toasts.count()) - 1; i >= 0; i--) {
    const close = toasts.nth(i).locator('.payload-toast-close-button, [data-close-button]')
    if (await close.count())
      await close
        .first()
        .click({ force: true })
        .catch(() => {})
  }
  await toasts
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => {})
}

/** Anonymous REST request (no cookies, no token), as a website would make it. */
export const anonymousGet = async <T = any>(pathAndQuery: string): Promise<T> => {
  const response = await fetch(`${BASE_URL}${pathAndQuery}`)
  const body = await response.text()
  if (!response.ok)
    throw new Error(`GET ${pathAndQuery} answered ${response.status}: ${body.slice(0, 300)}`)
  return JSON.parse(body) as T
}

/**
 * Waits until `read()` gives a value that `check` accepts (pages update after requests finish); on timeout the
 * error names what was expected and the last value seen.
 */
export const eventually = async <T>(
  what: string,
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeout = STEP_TIMEOUT,
): Promise<T> => {
  const deadline = Date.now() + timeout
  let last: T | undefined
  let lastError: unknown
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    try {
      last = await read()
      if (check(last)) return last
    } catch (error) {
      lastError = error
    }
    if (Date.now() > deadline) {
      const seen =
        lastError && last === undefined
          ? `error: ${(lastError as Error).message}`
          : JSON.stringify(last)?.slice(0, 500)
      throw new Error(`${what}: not true within ${timeout / 1000} s (last seen: ${seen})`)
    }
    await new Promise((resolve) => setTimeout(resolve, delay))
  }
}

const matches = (actual: string, expected: string | RegExp) =>
  typeof expected === 'string' ? actual.includes(expected) : expected.test(actual)

/** The element's visible text comes to contain `expected` (a string) or match it (a RegExp). */
export const expectText = async (
  locator: Locator,
  expected: string | RegExp,
  timeout?: number,
): Promise<string> =>
  eventually(
    `text of ${locator} contains ${expected}`,
    () => locator.first().innerText({ timeout: 1000 }),
    (text) => matches(text, expected),
    timeout,
  )

/** The input's value comes to equal `expected`. */
export const expectValue = async (locator: Locator, expected: string): Promise<void> => {
  await eventually(
    `value of ${locator} is ${JSON.stringify(expected)}`,
    () => locator.inputValue({ timeout: 1000 }),
    (value) => value === expected,
  )
}
