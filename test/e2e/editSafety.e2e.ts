/**
 * No lost work (issue 14, part 1), in a real browser: a save on an older version is refused and explained, the
 * form is read-only (with the reason) where the user may not save, workflow actions save what was typed first,
 * drafts are saved automatically, and leaving a form with unsaved changes — browser Back included — warns.
 * Each test makes its own items over REST as the person who writes them, then works in the admin as she would.
 */
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'

import type { Browser, Page } from 'playwright-core'

import {
  BASE_URL,
  closeToasts,
  eventually,
  expectText,
  launchBrowser,
  login,
  SCREENSHOT_DIR,
  type Session,
  settle,
} from './browser'

const JOURNALIST = ['journalist.east@newsroom.kz', 'demo-journalist-2026'] as const
const EDITOR = ['editor.east@newsroom.kz', 'demo-editor-2026'] as const
const RUN = Date.now().toString(36)
let counter = 0

let browser: Browser
const sessions: Record<string, Session> = {}

beforeAll(async () => {
  browser = await launchBrowser()
})

afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return
  for (const [who, session] of Object.entries(sessions)) {
    for (const [n, page] of session.context.pages().entries()) {
      if (!page.isClosed())
        await page
          .screenshot({
            fullPage: true,
            path: path.join(
              SCREENSHOT_DIR,
              `FAILED-editSafety-${context.task.name.slice(0, 30)}-${who}-${n}.png`,
            ),
          })
          .catch(() => {})
    }
  }
})

afterAll(async () => {
  await browser?.close()
})

const journalist = async () => (sessions.journalist ??= await login(browser, ...JOURNALIST))
const editor = async () => (sessions.editor ??= await login(browser, ...EDITOR))

const api = async (page: Page, method: 'GET' | 'PATCH' | 'POST', url: string, data?: unknown) => {
  // Writes with the login cookie must show they come from the admin's own site (plugins/shared/credentials.ts).
  const headers: Record<string, string> = { Origin: new URL(BASE_URL).origin }
  if (data) headers['Content-Type'] = 'application/json'
  const response = await page.request.fetch(url, { data, headers, method })
  const body = await response.json().catch(() => ({}))
  if (!response.ok())
    throw new Error(
      `${method} ${url} answered ${response.status()}: ${JSON.stringify(body).slice(0, 300)}`,
    )
  return body
}

/** A draft article of the signed-in journalist in her region (East Kazakhstan), over REST. */
const draftArticle = async (page: Page) => {
  const me = (await api(page, 'GET', '/api/users/me')).user
  const region = typeof me.regions[0] === 'object' ? me.regions[0].id : me.regions[0]
  const title = `Сақтау сынағы ${RUN}-${++counter}`
  const created = await api(page, 'POST', '/api/articles?depth=0', {
    excerpt: 'Бастапқы анонс',
    region,
    title,
  })
  return { id: String(created.doc.id), title }
}

const latest = async (page: Page, id: string) =>
  api(page, 'GET', `/api/articles/${id}?depth=0&draft=true`)
const editUrl = (id: string) => `/admin/collections/articles/${id}`

const openItem = async (page: Page, id: string) => {
  await page.goto(editUrl(id))
  await page.locator('#field-excerpt').waitFor()
  await settle(page)
}

/** Waits for the admin's next save of this item (PATCH …/articles/<id>) and returns its status. */
const nextSave = (page: Page, id: string) =>
  page
    .waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        new RegExp(`/api/articles/${id}\\?`).test(response.url()),
    )
    .then((r) => r.status())

/** Presses Save draft unless an autosave already saved what was typed (the button is then disabled). */
const saveNow = async (page: Page) => {
  const button = page.locator('#action-save-draft')
  if (await button.isEnabled()) await button.click({ timeout: 2_000 }).catch(() => {})
}

describe('no lost work in the edit view', () => {
  test('1. two tabs: the second save on an old version is refused (409), explained, and can reload', async () => {
    const { context, page } = await journalist()
    const item = await draftArticle(page)
    const second = await context.newPage()
    await openItem(page, item.id)
    await openItem(second, item.id)

    // Each tab's typing is saved by itself (autosave), or by Save draft: whichever comes first.
    const firstSave = nextSave(page, item.id)
    await page.locator('#field-excerpt').fill('Бірінші қойындыдағы анонс')
    await saveNow(page)
    expect(await firstSave).toBe(200)
    await closeToasts(page)

    const secondSave = nextSave(second, item.id)
    await second.locator('#field-excerpt').fill('Екінші қойындыдағы анонс')
    await saveNow(second)
    expect(await secondSave, 'the second tab saved over the first one').toBe(409)
    const dialog = second.getByTestId('stale-document-dialog')
    await dialog.waitFor()
    expect((await latest(page, item.id)).excerpt).toBe('Бірінші қойындыдағы анонс')
    // What the other save changed can be seen; reloading shows it in the form.
    await expect(dialog.locator('a[href*="/versions"]').count()).resolves.toBeGreaterThan(0)
    await dialog.getByTestId('stale-document-reload').click()
    await eventually(
      'the form shows the other save',
      () => second.locator('#field-excerpt').inputValue(),
      (value) => value === 'Бірінші қойындыдағы анонс',
    )
    // After reloading, a save goes through.
    const thirdSave = nextSave(second, item.id)
    await second.locator('#field-excerpt').fill('Қайта жүктегеннен кейін')
    await saveNow(second)
    expect(await thirdSave).toBe(200)
    await second.close()
  })

  test('5. the journalist’s own item in review: fields read-only, a banner says why and what to do', async () => {
    const { page } = await journalist()
    const item = await draftArticle(page)
    await api(page, 'POST', `/api/articles/${item.id}/workflow`, { action: 'submit' })
    await openItem(page, item.id)
    const banner = page.getByTestId('read-only-notice')
    await expectText(banner, /review|қарау|проверк/i)
    await expect(page.locator('#field-excerpt').isEditable()).resolves.toBe(false)
    await expect(page.locator('#field-title').isEditable()).resolves.toBe(false)
    // The editor of the region edits the same item: no banner, fields editable.
    const { page: editorPage } = await editor()
    await openItem(editorPage, item.id)
    await eventually(
      'the excerpt is editable for the editor',
      () => editorPage.locator('#field-excerpt').isEditable(),
      (editable) => editable === true,
    )
    await expect(editorPage.getByTestId('read-only-notice').count()).resolves.toBe(0)
  })

  test('2. submitting with unsaved edits saves them first: nothing typed is discarded', async () => {
    const { page } = await journalist()
    const item = await draftArticle(page)
    await openItem(page, item.id)
    await page.locator('#field-excerpt').fill('Жіберер алдында жазылған анонс')
    await page.locator('#workflow-action-submit').click()
    await page.locator('.workflow-panel__dialog #workflow-confirm').click()
    await page.locator('[data-testid="workflow-state"][data-state="in_review"]').waitFor()
    const saved = await latest(page, item.id)
    expect(saved.workflowStatus).toBe('in_review')
    expect(saved.excerpt).toBe('Жіберер алдында жазылған анонс')
    await expect(page.locator('#field-excerpt').inputValue()).resolves.toBe(
      'Жіберер алдында жазылған анонс',
    )
    // Submitted, the author may no longer save: the form turns read-only at once, and says why.
    await page.getByTestId('read-only-notice').waitFor()
    await eventually(
      'the excerpt is read-only',
      () => page.locator('#field-excerpt').isEditable(),
      (editable) => editable === false,
    )

    // The editor's decision with unsaved edits (request changes, with its comment dialog) saves them first too.
    const { page: editorPage } = await editor()
    await openItem(editorPage, item.id)
    await editorPage.locator('#field-excerpt').fill('Редактор түзеткен анонс')
    await editorPage.locator('#workflow-action-request_changes').click()
    await editorPage
      .locator('.workflow-panel__dialog #workflow-comment')
      .fill('Дерек көзін қосыңыз.')
    await editorPage.locator('.workflow-panel__dialog #workflow-confirm').click()
    await editorPage
      .locator('[data-testid="workflow-state"][data-state="changes_requested"]')
      .waitFor()
    expect(await latest(editorPage, item.id)).toMatchObject({
      excerpt: 'Редактор түзеткен анонс',
      workflowStatus: 'changes_requested',
    })
  })

  test('4. autosave: typing is saved as a draft without pressing Save, one version per pause, the state unchanged', async () => {
    const { page } = await journalist()
    const item = await draftArticle(page)
    await openItem(page, item.id)
    const versionsBefore = (
      await api(page, 'GET', `/api/articles/versions?where[parent][equals]=${item.id}&limit=0`)
    ).totalDocs
    const excerpt = page.locator('#field-excerpt')
    await excerpt.click()
    await excerpt.press('End')
    await excerpt.pressSequentially(' — автосақтау', { delay: 30 })
    await eventually(
      'the typed excerpt is saved',
      async () => (await latest(page, item.id)).excerpt,
      (value) => value === 'Бастапқы анонс — автосақтау',
      20_000,
    )
    await excerpt.pressSequentially(' және тағы', { delay: 30 })
    await eventually(
      'the second pause is saved',
      async () => (await latest(page, item.id)).excerpt,
      (value) => value === 'Бастапқы анонс — автосақтау және тағы',
      20_000,
    )
    const versionsAfter = (
      await api(page, 'GET', `/api/articles/versions?where[parent][equals]=${item.id}&limit=0`)
    ).totalDocs
    expect(versionsAfter - versionsBefore, 'versions made by autosave').toBeLessThanOrEqual(1)
    expect((await latest(page, item.id)).workflowStatus).toBe('draft')
    // A save after autosaves is not refused as stale (the form follows its own autosaves).
    const save = nextSave(page, item.id)
    await excerpt.fill('Қолмен сақталды')
    await saveNow(page)
    expect(await save).toBe(200)
    await expect(page.getByTestId('stale-document-dialog').count()).resolves.toBe(0)
  })

  test('3. Back after in-admin navigation with unsaved changes warns, and staying keeps the text', async () => {
    const { page } = await editor()
    const { page: author } = await journalist()
    const item = await draftArticle(author)
    // In-admin navigation: the list, then the item by its link (client-side), then typing and the Back button.
    await page.goto(`/admin/collections/articles?where[id][equals]=${item.id}`)
    await settle(page)
    await page.locator('.table a', { hasText: item.title }).click()
    await page.waitForURL(`**${editUrl(item.id)}**`)
    await page.locator('#field-excerpt').waitFor()
    await settle(page)
    await page.locator('#field-title').fill(`${item.title} — өзгертілген`)
    await page.goBack({ waitUntil: 'commit' }).catch(() => {})
    await page.locator('.confirmation-modal').first().waitFor({ timeout: 10_000 })
    expect(new URL(page.url()).pathname).toBe(editUrl(item.id))
    await page
      .locator('.confirmation-modal #confirm-cancel, .confirmation-modal button', {
        hasText: /stay|cancel|қалу|остаться|бас тарту|отмена/i,
      })
      .first()
      .click()
    await expect(page.locator('#field-title').inputValue()).resolves.toBe(
      `${item.title} — өзгертілген`,
    )
  })
})
