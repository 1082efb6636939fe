/**
 * The newsroom through the admin UI, in a real browser, as the people who use it click through it (issue 6).
 * Runs against `next start` on a freshly migrated and seeded SQLite database (scripts/test-e2e.mjs).
 * The scenarios build on each other: scenario 2 reviews the article of scenario 1, and so on.
 */
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'

import type { Browser, Page } from 'playwright-core'

import { type AxeResult, checkAccessibility, expectNoSeriousViolationsInOwnComponents } from './axe'
import {
  anonymousGet,
  chooseOption,
  clickNavLink,
  closeToasts,
  expectText,
  expectValue,
  launchBrowser,
  login,
  openSession,
  screenshot,
  SCREENSHOT_DIR,
  type Session,
  settle,
  switchContentLocale,
  toastText,
  WORK_DIR,
} from './browser'

const USERS = {
  editorAstana: ['editor.astana@newsroom.kz', 'demo-editor-astana-2026'],
  editorEast: ['editor.east@newsroom.kz', 'demo-editor-2026'],
  ethics: ['ethics@newsroom.kz', 'demo-ethics-2026'],
  journalist: ['journalist.east@newsroom.kz', 'demo-journalist-2026'],
} as const

const EAST_KK = 'Шығыс Қазақстан облысы'
/** Unique per run, so a title found on a page or in the API can only be this run's. */
const RUN = Date.now().toString(36)

let browser: Browser
let journalist: Session
let editor: Session
/** Other people's sessions of the current scenario, for the failure screenshots. */
const extraSessions: Record<string, Session | undefined> = {}

const state: {
  aiArticleId?: string
  aiTitle?: string
  articleId?: string
  kkTitle?: string
  ruTitle?: string
  slug?: string
} = {}
const need = <K extends keyof typeof state>(key: K): NonNullable<(typeof state)[K]> => {
  const value = state[key]
  if (!value)
    throw new Error(
      `An earlier scenario did not get far enough (no ${key}); see the first failure above.`,
    )
  return value as NonNullable<(typeof state)[K]>
}

beforeAll(async () => {
  browser = await launchBrowser()
})

// On a failure, the page each signed-in person was looking at (test-results/e2e/FAILED-*.png).
afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return
  const sessions = { editor, journalist, ...extraSessions }
  for (const [who, session] of Object.entries(sessions)) {
    if (!session || session.page.isClosed()) continue
    const name = `${context.task.name.split('.')[0]}-${who}`
    await session.page
      .screenshot({ fullPage: true, path: path.join(SCREENSHOT_DIR, `FAILED-scenario${name}.png`) })
      .catch(() => {})
  }
})

afterAll(async () => {
  await browser?.close()
})

/** Scenario 1's article in a list, whichever content locale the list shows (Payload remembers the last one). */
const articleTitles = () => new RegExp(`^(${need('kkTitle')}|${need('ruTitle')})$`)
const articleUrl = (id: string) => `/admin/collections/articles/${id}`
const workflowState = (page: Page) => page.getByTestId('workflow-state')

/** Waits until the workflow panel shows the given state. */
const expectState = async (page: Page, value: string) => {
  await page.locator(`[data-testid="workflow-state"][data-state="${value}"]`).waitFor()
}

/**
 * Opens an article the way a user finds it: the articles list, one of the workflow filters (the link text in the
 * user's language, the state it filters on), the row, and waits for the edit view to show that state.
 */
const openFromWorkflowFilter = async (
  page: Page,
  filter: string,
  inState: string,
  title: RegExp | string,
  id: string,
) => {
  await clickNavLink(page, '/admin/collections/articles')
  await page.locator('.workflow-filters a', { hasText: filter }).click()
  await page.waitForURL((url) => url.search.includes(inState))
  await settle(page)
  await page.locator('.table a', { hasText: title }).click()
  await page.waitForURL(`**${articleUrl(id)}**`)
  await expectState(page, inState)
}

/** Actions whose button opens the panel's comment dialog (WorkflowPanel: NEEDS_COMMENT, OPTIONAL_COMMENT). */
const WITH_DIALOG = ['submit', 'request_changes', 'approve', 'reopen', 'unpublish']

/** Clicks a workflow action; where a comment dialog opens, types the comment (if any) and confirms. */
const workflowAction = async (page: Page, action: string, comment?: string) => {
  await closeToasts(page)
  await page.locator(`#workflow-action-${action}`).click()
  if (!WITH_DIALOG.includes(action)) return
  const dialog = page.locator('.workflow-panel__dialog')
  await dialog.waitFor()
  if (comment) await dialog.locator('#workflow-comment').fill(comment)
  await dialog.locator('#workflow-confirm').click()
  await dialog.waitFor({ state: 'detached' })
}

/** Types into the Lexical rich-text body of the current locale (replacing what is there). */
const typeBody = async (page: Page, text: string) => {
  const editorRoot = page
    .locator('#field-body .ContentEditable__root, .rich-text-lexical .ContentEditable__root')
    .first()
  await editorRoot.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
  await page.keyboard.type(text)
}

/**
 * Saves the draft and waits until the server accepted it (the admin's REST call). Drafts of existing items are also
 * autosaved while typing (src/editing): when an autosave got there first, Save draft is disabled and that
 * autosave is the save waited for.
 */
const saveDraft = async (page: Page) => {
  await closeToasts(page)
  const button = page.locator('#action-save-draft')
  const saved = page.waitForResponse(
    (response) =>
      ['PATCH', 'POST'].includes(response.request().method()) &&
      /\/api\/articles(\/\d+)?\?/.test(response.url()) &&
      response.url().includes('draft=true'),
  )
  if (!(await button.isEnabled()) && /\/articles\/\d+/.test(new URL(page.url()).pathname)) {
    // Nothing unsaved: an autosave finished before this step.
    saved.catch(() => {})
    await settle(page)
    return
  }
  await button.click({ timeout: 5_000 }).catch(() => {}) // disabled meanwhile: an autosave is saving it
  const response = await saved
  if (!response.ok())
    throw new Error(
      `saving the draft answered ${response.status()}: ${(await response.text()).slice(0, 300)}`,
    )
  await settle(page)
}

/** GET with the page's login cookie (what the signed-in person may read). */
const staffGet = async (page: Page, url: string) => {
  const response = await page.request.get(url)
  if (!response.ok())
    throw new Error(
      `GET ${url} as staff answered ${response.status()}: ${(await response.text()).slice(0, 300)}`,
    )
  return response.json()
}

/** Opens an API URL in the browser tab (the JSON is shown, and screenshotted) and parses what it shows. */
const readJsonPage = async (page: Page, url: string) => {
  const response = await page.goto(url)
  if (!response || response.status() !== 200)
    throw new Error(`GET ${url} answered ${response?.status()}`)
  return JSON.parse(await response.text())
}

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

/** A real JPEG (gradient with a few shapes), as a camera-less newsroom test image. */
const heroImageFile = async (): Promise<string> => {
  fs.mkdirSync(WORK_DIR, { recursive: true })
  const file = path.join(WORK_DIR, `hero-${RUN}.jpg`)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0a6e8a"/><stop offset="1" stop-color="#f2c14e"/></linearGradient></defs>
    <rect width="1200" height="800" fill="url(#g)"/><circle cx="850" cy="260" r="140" fill="#fff5d6"/>
    <path d="M0 800 L300 420 L520 640 L760 380 L1200 800 Z" fill="#2d4a3e"/></svg>`
  await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(file)
  return file
}

describe('newsroom in the browser', () => {
  test('1. a journalist works in Kazakh: creates a kk article with a hero image, adds the ru translation, submits', async () => {
    journalist = await login(browser, ...USERS.journalist)
    const { page } = journalist

    // Interface language: chosen in the account view, as a user does.
    await page.locator('a[href="/admin/account"]').first().click()
    await page.waitForURL('**/admin/account')
    await settle(page)
    await page.locator('#language-select').click()
    await page.locator('.rs__option', { hasText: 'Қазақша' }).click()
    await expectText(page.locator('.payload-settings h3'), 'Payload баптаулары')
    await expectText(page.locator('.step-nav'), 'Пайдаланушылар')
    await expectText(page.locator('#action-save'), 'Сақтау')
    await screenshot(page, 1, '01-interface-in-kazakh')

    // New article from the list view.
    await clickNavLink(page, '/admin/collections/articles')
    await page.locator('a[href="/admin/collections/articles/create"]').first().click()
    await page.waitForURL('**/admin/collections/articles/create**')
    await settle(page)
    await expectText(page.locator('.tabs-field__tab-button').first(), 'Мақала')
    await switchContentLocale(page, 'kk')

    state.kkTitle = `Өскемендегі этнофестиваль ${RUN}`
    await page.locator('#field-title').fill(state.kkTitle)
    await page
      .locator('#field-excerpt')
      .fill('Шығыс Қазақстанда өткен этнофестиваль туралы қысқаша.')
    await typeBody(page, 'Фестивальге облыстың он бес этномәдени бірлестігі қатысты.')
    await chooseOption(page, page.locator('#field-region'), EAST_KK)

    // Hero image: a new upload in the drawer, file picked with the file chooser.
    await page.locator('#field-heroImage .upload__createNewToggler').click()
    const drawer = page.locator('.drawer--is-open').last()
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      drawer.locator('.file-field button', { hasText: 'Файлды таңдаңыз' }).click(),
    ])
    await chooser.setFiles(await heroImageFile())
    await drawer.locator('#field-alt').fill('Таулар аясындағы фестиваль алаңы')
    await drawer.locator('#action-save').click()
    await drawer.waitFor({ state: 'detached' })
    await expectText(page.locator('#field-heroImage'), `hero-${RUN}`)

    await saveDraft(page)
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
    state.articleId = new URL(page.url()).pathname.split('/').pop()
    await screenshot(page, 1, '02-kk-draft-saved')

    // Russian translation of the same article.
    await switchContentLocale(page, 'ru')
    await expectValue(page.locator('#field-title'), '')
    state.ruTitle = `Этнофестиваль в Усть-Каменогорске ${RUN}`
    await page.locator('#field-title').fill(state.ruTitle)
    await page.locator('#field-excerpt').fill('Коротко об этнофестивале в Восточном Казахстане.')
    await typeBody(page, 'В фестивале участвовали пятнадцать этнокультурных объединений области.')
    await saveDraft(page)
    await screenshot(page, 1, '03-ru-translation-saved')

    await workflowAction(page, 'submit')
    await expectState(page, 'in_review')
    await expectText(workflowState(page), 'Тексеруде')
    await screenshot(page, 1, '04-submitted')

    // What the server stored, read with the journalist's own login.
    const saved = await staffGet(
      page,
      `/api/articles/${state.articleId}?locale=all&draft=true&depth=1`,
    )
    expect(saved.title).toMatchObject({ kk: state.kkTitle, ru: state.ruTitle })
    expect(saved.workflowStatus).toBe('in_review')
    expect(saved.heroImage?.filename).toMatch(new RegExp(`^hero-${RUN}`))
    expect(saved.heroImage?.alt?.kk ?? saved.heroImage?.alt).toBeTruthy()
    expect(JSON.stringify(saved.body?.kk)).toContain('этномәдени бірлестігі')
    expect(JSON.stringify(saved.body?.ru)).toContain('этнокультурных объединений')
    state.slug = saved.slug
  })

  test('2. the regional editor requests changes, the journalist revises and resubmits, the editor publishes', async () => {
    const articleId = need('articleId')
    const kkTitle = need('kkTitle')
    editor = await login(browser, ...USERS.editorEast)
    let page = editor.page

    // The editor finds it with the list's "Awaiting my review" shortcut.
    await openFromWorkflowFilter(
      page,
      'Awaiting my review',
      'in_review',
      articleTitles(),
      articleId,
    )
    const comment = `Please add the festival dates and a quote from the organisers (${RUN}).`
    await workflowAction(page, 'request_changes', comment)
    await expectState(page, 'changes_requested')
    await screenshot(page, 2, '01-editor-requested-changes')

    // The journalist (still in Kazakh) finds it with "Changes requested", reads the comment, revises, resubmits.
    page = journalist.page
    await openFromWorkflowFilter(
      page,
      'Түзету сұралды',
      'changes_requested',
      articleTitles(),
      articleId,
    )
    await expectText(page.getByTestId('workflow-timeline'), comment)
    await screenshot(page, 2, '02-journalist-sees-comment')
    await switchContentLocale(page, 'kk')
    await typeBody(
      page,
      'Фестиваль 12–14 қыркүйекте өтті. «Бұл — достықтың мерекесі», — деді ұйымдастырушы.',
    )
    await saveDraft(page)
    await workflowAction(page, 'submit', 'Күндері мен дәйексөз қосылды.')
    await expectState(page, 'in_review')
    await screenshot(page, 2, '03-journalist-resubmitted')

    // The editor approves and publishes.
    page = editor.page
    await page.reload()
    await settle(page)
    await expectState(page, 'in_review')
    await expectText(page.getByTestId('workflow-timeline'), 'Күндері мен дәйексөз қосылды.')
    await workflowAction(page, 'approve')
    await expectState(page, 'approved')
    await workflowAction(page, 'publish')
    await expectState(page, 'published')
    await page.locator('#workflow-action-unpublish').waitFor()
    // Payload's status line in the document header follows without a reload.
    await expectText(page.locator('.doc-controls .status__value').first(), /Published/)
    await screenshot(page, 2, '04-editor-published')

    // An anonymous request to the REST API now returns the article, with the revised text.
    const slug = need('slug')
    const anonymous = await openSession(browser)
    extraSessions.anonymous = anonymous
    const json = await readJsonPage(
      anonymous.page,
      `/api/articles?where[slug][equals]=${slug}&locale=kk&depth=1`,
    )
    await screenshot(anonymous.page, 2, '05-public-api')
    expect(json.totalDocs).toBe(1)
    expect(json.docs[0].title).toBe(kkTitle)
    expect(JSON.stringify(json.docs[0].body)).toContain('достықтың мерекесі')
    expect(json.docs[0].heroImage?.url).toBeTruthy()
    expect(json.docs[0]).not.toHaveProperty('workflowStatus')
    const ru = await anonymousGet(`/api/articles?where[slug][equals]=${slug}&locale=ru`)
    expect(ru.docs[0].title).toBe(need('ruTitle'))
    await anonymous.context.close()
  })

  test('3. AI-assisted content waits for the ethics review before it can be published', async () => {
    // The journalist declares AI use on a new article and submits it.
    let page = journalist.page
    state.aiTitle = `Ертіс жағалауындағы жәрмеңке ${RUN}`
    await clickNavLink(page, '/admin/collections/articles')
    await page.locator('a[href="/admin/collections/articles/create"]').first().click()
    await page.waitForURL('**/admin/collections/articles/create**')
    await settle(page)
    await switchContentLocale(page, 'kk')
    await page.locator('#field-title').fill(state.aiTitle)
    await typeBody(page, 'Жәрмеңкеге облыстың барлық аудандарынан шеберлер келді.')
    await chooseOption(page, page.locator('#field-region'), EAST_KK)
    await chooseOption(page, page.locator('#field-aiDisclosure__usage'), 'ЖИ көмегімен жасалды')
    await saveDraft(page)
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
    state.aiArticleId = new URL(page.url()).pathname.split('/').pop()
    await workflowAction(page, 'submit')
    await expectState(page, 'in_review')
    await screenshot(page, 3, '01-journalist-submitted-ai-assisted')

    // The editor approves; publishing is refused with the ethics message.
    page = editor.page
    await openFromWorkflowFilter(
      page,
      'Awaiting my review',
      'in_review',
      state.aiTitle!,
      state.aiArticleId!,
    )
    await workflowAction(page, 'approve')
    await expectState(page, 'approved')
    await workflowAction(page, 'publish')
    const refusal = await toastText(page, 'error')
    expect(refusal).toContain('waits for an ethics review')
    await expectState(page, 'approved')
    await screenshot(page, 3, '02-publish-refused')

    // The ethics reviewer clears it from the queue.
    const reviewer = await login(browser, ...USERS.ethics)
    extraSessions.reviewer = reviewer
    page = reviewer.page
    await clickNavLink(page, '/admin/ethics-queue')
    const item = page.getByTestId('ethics-queue-item').filter({ hasText: state.aiTitle })
    await item.waitFor()
    await expectText(item, 'disclosure')
    await screenshot(page, 3, '03-ethics-queue')
    const queueA11y = await checkAccessibility(page, 'ethics-queue')
    await item
      .locator('textarea')
      .fill('Checked against the sources; AI only helped with the translation draft.')
    await closeToasts(page)
    await item.locator('button', { hasText: 'Clear' }).click()
    await toastText(page, 'success')
    await item.waitFor({ state: 'detached' })
    await screenshot(page, 3, '04-ethics-cleared')
    await reviewer.context.close()
    extraSessions.reviewer = undefined
    expectNoSeriousViolationsInOwnComponents(queueA11y)

    // Now the editor can publish, and the public API carries the disclosure.
    page = editor.page
    await page.reload()
    await settle(page)
    await workflowAction(page, 'publish')
    await expectState(page, 'published')
    await screenshot(page, 3, '05-editor-published')
    const anonymous = await openSession(browser)
    extraSessions.anonymous = anonymous
    const json = await readJsonPage(anonymous.page, `/api/articles/${state.aiArticleId}?locale=kk`)
    await screenshot(anonymous.page, 3, '06-public-api-disclosure')
    await anonymous.context.close()
    extraSessions.anonymous = undefined
    expect(json.title).toBe(state.aiTitle)
    expect(json.aiDisclosure?.usage).toBe('assisted')
    expect(json.aiNotice).toMatchObject({
      kind: 'assisted',
      label: 'Материал жасанды интеллекттің көмегімен дайындалып, редакция тексерді.',
    })
    expect(json.aiNotice.jsonLd?.digitalSourceType).toBeTruthy()
    expect(json).not.toHaveProperty('ethicsReview')
  })

  test('4. a regional editor of another region sees no workflow actions on the item', async () => {
    const articleId = need('articleId')
    const other = await login(browser, ...USERS.editorAstana)
    extraSessions.editorAstana = other
    const { page } = other
    await clickNavLink(page, '/admin/collections/articles')
    await page.locator('.table a', { hasText: articleTitles() }).click()
    await page.waitForURL(`**${articleUrl(articleId)}**`)
    await expectState(page, 'published')
    expect(await page.locator('.workflow-panel__actions button').count()).toBe(0)
    await screenshot(page, 4, '01-other-region-no-actions')
    // The panel is not just hiding them: the server refuses the action for this editor.
    const status = await page.evaluate(async (url) => {
      const response = await fetch(url, {
        body: JSON.stringify({ action: 'unpublish' }),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      return response.status
    }, `/api/articles/${articleId}/workflow`)
    expect(status).toBe(403)
    // The East editor, in contrast, is offered the unpublish action on the same article.
    await editor.page.goto(articleUrl(articleId))
    await editor.page.locator('#workflow-action-unpublish').waitFor()
    await other.context.close()
    extraSessions.editorAstana = undefined
  })

  test('5. the reports page shows the chart, and its CSV download has the published items', async () => {
    const { page } = editor
    await clickNavLink(page, '/admin/reports')
    await page.locator('.contribution-reports svg[role="img"]').waitFor()
    await page.locator('.contribution-reports__main tbody tr').first().waitFor()

    // Widen the period to include the demo data (published from 2025 on, several regions), as an editor would.
    const dates = page.locator('.contribution-reports input[type="date"]')
    const to = await dates.nth(1).inputValue()
    const from = '2025-01-01'
    await dates.first().fill(from)
    const reloaded = page.waitForResponse(
      (response) =>
        response.url().includes('/api/reports/contributions') &&
        response.url().includes(`from=${from}`),
    )
    await page.locator('.contribution-reports button[type="submit"]').click()
    expect((await reloaded).status()).toBe(200)
    await settle(page)
    await page.locator('.contribution-reports svg[role="img"]').waitFor()
    await screenshot(page, 5, '01-report-chart')
    const a11y = await checkAccessibility(page, 'reports')

    // Issue #14: the legend is under the chart, not on it, and no table pushes the page sideways, on a laptop and
    // on a phone.
    for (const width of [1280, 390]) {
      await page.setViewportSize({ height: 900, width })
      await settle(page)
      const layout = await page.evaluate(() => {
        const chart = document.querySelector('.contribution-reports svg[role="img"]')!
        const legend = document.querySelector('.contribution-reports__legend')!
        const tables = [...document.querySelectorAll('.contribution-reports__table')]
        return {
          chartBottom: chart.getBoundingClientRect().bottom,
          legendTop: legend.getBoundingClientRect().top,
          pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          tableOverflow: tables.map(
            (table) => table.scrollWidth - table.parentElement!.clientWidth,
          ),
        }
      })
      expect(layout.legendTop, `legend below the chart at ${width}px`).toBeGreaterThanOrEqual(
        layout.chartBottom,
      )
      expect(layout.pageOverflow, `page overflow at ${width}px`).toBeLessThanOrEqual(0)
      for (const overflow of layout.tableOverflow)
        expect(overflow, `table overflow at ${width}px`).toBeLessThanOrEqual(0)
      await screenshot(page, 5, `01-report-${width}px`)
    }
    await page.setViewportSize({ height: 1000, width: 1440 })
    // The period in the editor's interface language (this editor works in English; the Kazakh screen scan,
    // kazakh.e2e.ts, reads the reports page in Kazakh, where a month left as "M01" would fail it).
    await expectText(page.locator('.contribution-reports__period'), /January 1, 2025/)

    // What an anonymous reader sees published in that period (Kazakhstan time, both days included).
    const period = `&where[publishedAt][greater_than_equal]=${from}T00:00:00%2B05:00&where[publishedAt][less_than]=${nextDay(to)}T00:00:00%2B05:00`
    const region = await anonymousGet(`/api/regions?where[slug][equals]=east-kazakhstan&limit=1`)
    const east = await anonymousGet(
      `/api/articles?limit=100&depth=0&locale=kk&where[region][equals]=${region.docs[0].id}${period}`,
    )
    expect(east.docs.map((doc: { title: string }) => doc.title)).toEqual(
      expect.arrayContaining([need('kkTitle'), need('aiTitle')]),
    )

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.contribution-reports form a[download]').click(),
    ])
    expect(download.suggestedFilename()).toBe(`contributions_region_${from}_${to}.csv`)
    const csv = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '')
    fs.writeFileSync(path.join(SCREENSHOT_DIR, 'scenario5-02-report.csv'), csv)
    const [header, ...rows] = csv
      .trim()
      .split(/\r\n/)
      .map((line) => line.split(','))
    const column = (name: string) => header.indexOf(name)
    const eastRow = rows.find((row) => row[column('slug')] === 'east-kazakhstan')
    const totalRow = rows[rows.length - 1]
    expect(eastRow, 'the CSV has a row for East Kazakhstan').toBeDefined()
    expect(Number(eastRow![column('articles')])).toBe(east.totalDocs)
    expect(Number(eastRow![column('aiItems')])).toBeGreaterThanOrEqual(1)
    // A regional editor's report covers their own region only, so the totals are East Kazakhstan's.
    expect(totalRow[column('label')]).toMatch(/^TOTAL/)
    expect(rows.length).toBe(2)
    expect(Number(totalRow[column('articles')])).toBe(east.totalDocs)

    // The page's table shows the same count in the region's row.
    const pageRow = page.locator('.contribution-reports__main tbody tr', {
      has: page.locator('th', { hasText: eastRow![column('label')] }),
    })
    await expectText(pageRow.locator('td').first(), String(east.totalDocs))
    expectNoSeriousViolationsInOwnComponents(a11y)
  })

  test('6. changing her password in her account, the admin asks for the current one, and a wrong one is refused', async () => {
    const [email, password] = USERS.ethics
    const session = await login(browser, email, password)
    extraSessions.ethics = session
    const { page } = session
    await page.goto('/admin/account')
    await settle(page)
    const current = page.locator('#field-currentPassword')
    expect(await current.count(), 'no current-password input before a change is started').toBe(0)
    await page.locator('#change-password').click()
    const newPassword = `new-ethics-${RUN}`
    await page.locator('#field-password').fill(newPassword)
    await page.locator('#field-confirm-password').fill(newPassword)
    await current.waitFor()
    await screenshot(page, 6, '01-current-password-asked')

    const save = async (currentPassword: string) => {
      await closeToasts(page)
      // The admin recomputes its form state on the server after typing; Save sends nothing before that answer.
      const formState = page.waitForResponse(
        (response) =>
          response.request().method() === 'POST' &&
          new URL(response.url()).pathname === '/admin/account',
      )
      await current.fill(currentPassword)
      await formState
      await settle(page)
      const answered = page.waitForResponse(
        (response) =>
          response.request().method() === 'PATCH' && /\/api\/users\/\d+/.test(response.url()),
      )
      await page.locator('#action-save').click()
      return answered
    }
    const wrong = await save('not-my-password')
    expect(wrong.status()).toBe(403)
    expect(await wrong.text()).toContain('CURRENT_PASSWORD_INCORRECT')
    await toastText(page, 'error')
    const right = await save(password)
    expect(right.status(), (await right.text()).slice(0, 300)).toBe(200)
    await toastText(page, 'success')
    await screenshot(page, 6, '02-password-changed')
    await session.context.close()
    extraSessions.ethics = undefined

    // The new password signs in.
    const again = await login(browser, email, newPassword)
    await again.context.close()
  })

  test('accessibility of the main admin pages (axe-core)', async () => {
    const { page } = editor
    const results: AxeResult[] = []
    const visit = async (name: string, url: string, ready: string) => {
      await page.goto(url)
      await settle(page)
      await page.locator(ready).first().waitFor()
      results.push(await checkAccessibility(page, name))
    }
    await visit('dashboard', '/admin', '.newsroom-dashboard')
    await visit('articles-list', '/admin/collections/articles', '.workflow-filters')
    // The edit view with the workflow panel: its actions, its timeline, and the comment dialog open.
    await visit('article-edit', articleUrl(need('articleId')), '[data-testid="workflow-state"]')
    await page.locator('#workflow-action-unpublish').click()
    await page.locator('.workflow-panel__dialog').waitFor()
    results.push(await checkAccessibility(page, 'article-edit-dialog'))
    await page.locator('#workflow-cancel').click()
    await page.locator('.workflow-panel__dialog').waitFor({ state: 'detached' })
    await visit('reports', '/admin/reports', '.contribution-reports svg')
    for (const result of results) expectNoSeriousViolationsInOwnComponents(result)
  })
})
