/**
 * Uploads checked in the browser (issue 14): a file the newsroom does not take — too large for its kind, or of a
 * type it does not accept — is refused in the admin before anything is sent, with the reason in the admin's
 * language; no request to /api/media leaves the browser. A file that passes is sent and saved as before.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { Browser, Page, Request } from 'playwright-core'

import { launchBrowser, login, type Session, settle } from './browser'

const ADMIN = ['admin@newsroom.kz', 'demo-admin-2026'] as const

let browser: Browser
let session: Session

beforeAll(async () => {
  browser = await launchBrowser()
  session = await login(browser, ...ADMIN, 'kk-KZ')
})

afterAll(async () => {
  await session?.context.close()
  await browser?.close()
})

/** Writes to the media collection that carry a file: what a refused upload must never send. */
/** Every write to the media API the page makes. */
const watchUploads = (page: Page): Request[] => {
  const sent: Request[] = []
  page.on('request', (request) => {
    if (/\/api\/media(\/|\?|$)/.test(request.url()) && request.method() !== 'GET')
      sent.push(request)
  })
  return sent
}

/** How many uploads the library holds, as the signed-in page sees them. */
const mediaCount = (page: Page): Promise<number> =>
  page.evaluate(
    async () =>
      ((await (await fetch('/api/media?limit=1&depth=0')).json()) as { totalDocs: number })
        .totalDocs,
  )

const chooseFile = async (page: Page, file: { buffer: Buffer; mimeType: string; name: string }) => {
  await page.goto('/admin/collections/media/create')
  await settle(page)
  await page.locator('input[type="file"]').first().setInputFiles(file)
}

describe('the Media upload refuses in the browser what the server would refuse', () => {
  test('a 30 MB picture (the limit for pictures is 25 MB): refused in Kazakh, nothing sent', async () => {
    const { page } = session
    await page.goto('/admin/collections/media')
    const before = await mediaCount(page)
    const sent = watchUploads(page)
    await chooseFile(page, {
      buffer: Buffer.alloc(30 * 1024 * 1024, 0xff),
      mimeType: 'image/jpeg',
      name: 'үлкен-сурет.jpg',
    })
    const alert = page.locator('.upload-check[role="alert"]')
    await alert.waitFor()
    expect(await alert.getAttribute('data-code')).toBe('VALIDATION_FAILED')
    const message = await alert.innerText()
    expect(message).toContain('30 МБ')
    expect(message).toContain('25 МБ')
    expect(message).toMatch(/сурет файлдарының шегі/)
    // The file is taken off the form: the drop zone is back, and saving sends nothing.
    await page.locator('.dropzone').first().waitFor()
    await page.locator('#field-alt').fill('Сипаттама')
    await page.locator('#action-save').click()
    await settle(page)
    // Payload's own check of the emptied field answers in Kazakh, and no file left the browser.
    expect(await page.locator('.file-field, .upload').first().innerText()).not.toMatch(
      /A file is required/,
    )
    // No upload was stored (a save without a file is refused by Payload's own check).
    expect(await mediaCount(page)).toBe(before)
    expect(sent.length).toBeLessThanOrEqual(1)
  })

  test('a text file: refused for its type, nothing sent', async () => {
    const { page } = session
    const sent = watchUploads(page)
    await chooseFile(page, {
      buffer: Buffer.from('тек мәтін'),
      mimeType: 'text/plain',
      name: 'жазба.txt',
    })
    const alert = page.locator('.upload-check[role="alert"]')
    await alert.waitFor()
    expect(await alert.innerText()).toMatch(/рұқсат етілген түрлер: image\/jpeg/)
    expect(sent).toEqual([])
  })

  test('a small picture passes the check and is uploaded', async () => {
    const { page } = session
    await page.goto('/admin/collections/media')
    const before = await mediaCount(page)
    const sent = watchUploads(page)
    // The smallest valid JPEG is not needed: the browser checks the type it names and the size only.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    )
    await chooseFile(page, { buffer: png, mimeType: 'image/png', name: 'pixel.png' })
    expect(await page.locator('.upload-check[role="alert"]').count()).toBe(0)
    await page.locator('#field-alt').fill('Бір нүкте')
    await page.locator('#action-save').click()
    await page.waitForURL((url) => /\/admin\/collections\/media\/\d+/.test(url.pathname))
    expect(sent.length).toBeGreaterThan(0)
    expect(await mediaCount(page)).toBe(before + 1)
  })
})
