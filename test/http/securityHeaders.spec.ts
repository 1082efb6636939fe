import type { Payload } from 'payload'

import fs from 'fs'
import path from 'path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  createRegion,
  createUser,
  loginToken,
  mp4Buffer,
  uploadFile,
  uploadImage,
  wavBuffer,
} from '../helpers/factories'
import { MEDIA_DIR } from '../helpers/mediaDir'
import { bootPayload } from '../helpers/payload'
import { createItem } from '../delivery/fixtures'
import { type ApiServer, startApiServer } from '../delivery/server'
import { type RawResponse, rawRequest } from './rawHttp'

let payload: Payload
let server: ApiServer
let adminToken: string
let itemId: number

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  const region = await createRegion(payload)
  itemId = (await createItem(payload, 'articles', { region: region.id, status: 'live' })).id
  adminToken = await loginToken(payload, (await createUser(payload, { roles: ['admin'] })).email)
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const send = (method: string, pathname: string, headerLines: string[] = [], body?: unknown) =>
  rawRequest(server.baseURL, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headerLines: [
      ...headerLines,
      ...(body === undefined ? [] : ['Content-Type: application/json']),
    ],
    method,
    path: pathname,
  })

const asAdmin = () => `Authorization: JWT ${adminToken}`

/** What every answer of the API carries, whatever route, status or caller. */
const expectSecurityHeaders = (response: RawResponse, what: string) => {
  expect(response.header('x-content-type-options'), what).toBe('nosniff')
  expect(response.header('x-frame-options'), what).toBe('DENY')
  expect(response.header('referrer-policy'), what).toBe('same-origin')
  expect(response.header('content-security-policy'), what).toMatch(/frame-ancestors 'none'/)
}

describe('security headers on every API answer', () => {
  it('reads, misses and hits, 304s, errors, refusals, GraphQL, feeds, the sitemap and preflights', async () => {
    const list = `/api/articles?limit=5&locale=kk&tag=${Date.now()}`
    const first = await send('GET', list)
    const hit = await send('GET', list)
    expect(hit.header('x-cache')).toBe('HIT')
    const cases: [string, RawResponse][] = [
      ['anonymous list (miss)', first],
      ['anonymous list (hit)', hit],
      ['304', await send('GET', list, [`If-None-Match: ${first.header('etag')}`])],
      ['one item', await send('GET', `/api/articles/${itemId}`)],
      ['404', await send('GET', '/api/articles/99999999')],
      ['400 past a public bound', await send('GET', '/api/articles?limit=1000')],
      ['403 anonymous', await send('GET', '/api/users')],
      ['signed in', await send('GET', '/api/users/me', [asAdmin()])],
      ['write', await send('PATCH', `/api/articles/${itemId}`, [asAdmin()], { excerpt: 'Жаңа' })],
      [
        'cross-site write refused',
        await send(
          'PATCH',
          `/api/articles/${itemId}`,
          [`Cookie: payload-token=${adminToken}`, 'Origin: https://evil.example'],
          {},
        ),
      ],
      [
        'GraphQL',
        await send('POST', '/api/graphql', [], { query: '{ Articles(limit: 1) { totalDocs } }' }),
      ],
      [
        'GraphQL refused',
        await send('POST', '/api/graphql', [], {
          query: '{ Articles(limit: 1000) { totalDocs } }',
        }),
      ],
      ['RSS', await send('GET', '/api/feeds/rss')],
      ['sitemap', await send('GET', '/sitemap.xml')],
      [
        'preflight',
        await send('OPTIONS', '/api/articles', [
          'Origin: https://kha.example',
          'Access-Control-Request-Method: GET',
        ]),
      ],
    ]
    for (const [what, response] of cases) {
      expect(response.status, what).toBeLessThan(500)
      expectSecurityHeaders(response, what)
    }
    // Data answers load and run nothing, even if a browser were made to render one as a page.
    expect(first.header('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    )
  })
})

describe('uploaded files are never rendered as a page', () => {
  const file = (filename: string) =>
    send('GET', `/api/media/file/${encodeURIComponent(filename)}`, [asAdmin()])

  /** Every file: its detected type is final, and it is sandboxed (no script, no plugins, no framing). */
  const expectSandboxedFile = (response: RawResponse, what: string) => {
    expect(response.status, what).toBe(200)
    expect(response.header('x-content-type-options'), what).toBe('nosniff')
    expect(response.header('content-security-policy'), what).toMatch(
      /^default-src 'none';.*\bsandbox\b/,
    )
    expect(response.header('content-security-policy'), what).toMatch(/frame-ancestors 'none'/)
  }

  it('raster images are shown inline, every size', async () => {
    const image = await uploadImage(payload)
    for (const filename of [image.filename!, image.sizes!.thumbnail!.filename!]) {
      const response = await file(filename)
      expectSandboxedFile(response, filename)
      expect(response.header('content-type')).toBe('image/jpeg')
      expect(response.header('content-disposition')).toBeNull()
    }
  })

  it('audio and video are downloads, also for range requests (what players send)', async () => {
    const audio = await uploadFile(payload, {
      data: wavBuffer(),
      mimetype: 'audio/wav',
      name: 'episode.wav',
    })
    const video = await uploadFile(payload, {
      data: mp4Buffer(),
      mimetype: 'video/mp4',
      name: 'clip.mp4',
    })
    for (const filename of [audio.filename!, video.filename!]) {
      const whole = await file(filename)
      expectSandboxedFile(whole, filename)
      expect(whole.header('content-disposition'), filename).toBe('attachment')
      const range = await send('GET', `/api/media/file/${filename}`, [
        asAdmin(),
        'Range: bytes=0-15',
      ])
      expect(range.status).toBe(206)
      expect(range.header('content-disposition'), filename).toBe('attachment')
      expect(range.header('x-content-type-options')).toBe('nosniff')
    }
  })

  it('an SVG or an HTML file that reached the upload folder another way is a sandboxed download', async () => {
    const planted = [
      [
        'drawing.svg',
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
        'image/svg+xml',
      ],
      ['page.html', '<!doctype html><script>alert(document.cookie)</script>', 'text/html'],
    ]
    for (const [filename, content, mimeType] of planted) {
      const name = `${Date.now()}-${filename}`
      fs.writeFileSync(path.join(MEDIA_DIR, name), content)
      // As a restored backup or an older version of the rules could have left it: written past every hook.
      await payload.db.create({
        collection: 'media',
        data: { alt: { kk: filename }, filename: name, filesize: content.length, mimeType },
        req: {} as never,
      })
      const response = await file(name)
      expectSandboxedFile(response, filename)
      expect(response.header('content-disposition'), filename).toBe('attachment')
    }
  })
})
