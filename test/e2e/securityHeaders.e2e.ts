/**
 * The security headers as the production server sends them (issue 11, finding 12), and the admin working under
 * its Content-Security-Policy: signing in, a list, an edit view and a new document, with nothing blocked.
 * The API's headers are also checked over HTTP by test/http/securityHeaders.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { Browser } from 'playwright-core'

import {
  BASE_URL,
  cspViolations,
  launchBrowser,
  login,
  openSession,
  screenshot,
  settle,
} from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const headersOf = async (pathAndQuery: string) => {
  const response = await fetch(`${BASE_URL}${pathAndQuery}`)
  await response.arrayBuffer()
  return { headers: response.headers, status: response.status }
}

describe('security headers in production', () => {
  test('the admin: a Content-Security-Policy, no framing, nosniff, no referrer to other sites', async () => {
    for (const path of ['/admin', '/admin/login', '/admin/collections/articles']) {
      const { headers } = await headersOf(path)
      const policy = headers.get('content-security-policy') ?? ''
      for (const directive of [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ]) {
        expect(policy, path).toContain(directive)
      }
      expect(policy, path).not.toContain('unsafe-eval')
      expect(headers.get('x-frame-options'), path).toBe('DENY')
      expect(headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(headers.get('referrer-policy'), path).toBe('same-origin')
    }
  })

  test("the API and Next's assets: the same headers, each once", async () => {
    const page = await fetch(`${BASE_URL}/admin/login`).then((response) => response.text())
    const script = /\/_next\/static\/[^"'\s]+\.js/.exec(page)?.[0]
    expect(script).toBeTruthy()
    for (const path of [
      '/api/articles?limit=1',
      '/api/users/me',
      '/api/graphql-does-not-exist',
      '/sitemap.xml',
      script!,
    ]) {
      const { headers } = await headersOf(path)
      expect(headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(headers.get('x-frame-options'), path).toBe('DENY')
      expect(headers.get('referrer-policy'), path).toBe('same-origin')
    }
    const { headers } = await headersOf('/api/articles?limit=1')
    expect(headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    )
  })

  test('another site cannot frame the admin', async () => {
    const { page } = await openSession(browser)
    // Chromium: "Framing '…' violates the following Content Security Policy directive: "frame-ancestors 'none'"".
    const refused = page.waitForEvent('console', {
      predicate: (message) => /frame-ancestors|X-Frame-Options/.test(message.text()),
    })
    await page.setContent(`<iframe src="${BASE_URL}/admin/login"></iframe>`)
    expect((await refused).text()).toMatch(/blocked|refused/i)
    expect(await page.frames()[1]?.locator('#field-email').count()).toBe(0)
    await page.context().close()
  })
})

describe('the admin works under its Content-Security-Policy', () => {
  test('sign in, a list, an edit view and a new document: nothing blocked', async () => {
    const { context, page } = await login(
      browser,
      'journalist.east@newsroom.kz',
      'demo-journalist-2026',
    )
    await settle(page)
    await page.goto('/admin/collections/articles')
    await settle(page)
    await page.locator('.table a[href*="/admin/collections/articles/"]').first().click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
    await page.locator('#field-title').waitFor()
    await settle(page)
    await screenshot(page, 0, 'csp-article-edit')
    await page.goto('/admin/collections/articles/create')
    await page.locator('#field-title').waitFor()
    await page.locator('#field-title').fill('CSP')
    await settle(page)
    await page.goto('/admin/account')
    await settle(page)
    expect(cspViolations(page)).toEqual([])
    await context.close()
  })
})
