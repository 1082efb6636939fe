import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import type { Payload } from 'payload'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { clearPublicReadStore } from '../../plugins/delivery/src/publicCache/withPublicReadCache'
import { PUBLIC_READ_FAST_PATH, type PublicReadFastPath } from '../../src/http/publicReadFastPath'
import { nextOrigin, nextResponseLayer, serveRequest } from '../../src/http/nextResponseLayer.mjs'
import { createRegion, createUser, loginToken } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { createItem } from './fixtures'
import { type ApiServer, startApiServer } from './server'

// `npm start` (server.mjs) answers anonymous public reads past Next's router: the REST route offers its GET
// handler (src/http/publicReadFastPath.ts) and src/http/nextResponseLayer.mjs adds what Next adds around a route's
// answer. Here: the very dispatch server.mjs runs (`serveRequest`), with Next itself replaced by a stub that
// answers 599 — so a 599 means "declined, Next would serve it" — next to the app's routes as Next calls them
// (./server.ts). What the fast path answers must be what the route answers, plus the build's headers.

type Layer = {
  compressions: number
  send: (req: http.IncomingMessage, res: http.ServerResponse, response: Response) => Promise<void>
}

const RUN = Date.now().toString(36)
/** A build's routes-manifest.json, shaped as `next build` writes it (rules of next.config.mjs and withPayload). */
const MANIFEST = {
  caseSensitive: false,
  headers: [
    {
      headers: [
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        // The route sets same-origin: Next keeps the config's value, and so must the fast path.
        { key: 'Referrer-Policy', value: 'no-referrer' },
      ],
      regex: '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$',
      source: '/:path*',
    },
    {
      headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }],
      regex: '^/preview(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$',
      source: '/preview/:path*',
    },
    {
      headers: [
        { key: 'Accept-CH', value: 'Sec-CH-Prefers-Color-Scheme' },
        { key: 'Vary', value: 'Sec-CH-Prefers-Color-Scheme' },
      ],
      regex: '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$',
      source: '/:path*',
    },
  ],
  rsc: { varyHeader: 'rsc, next-router-state-tree' },
}

let payload: Payload
let reference: ApiServer
let fast: { baseURL: string; close: () => Promise<void> }
let layer: Layer
let fastPath: PublicReadFastPath | undefined
let item: { id: number; slug: string }
let hidden: { id: number; slug: string }

beforeAll(async () => {
  payload = await bootPayload()
  // Loads the REST route module, as Next does at the first API request.
  reference = await startApiServer()
  fastPath = (globalThis as { [PUBLIC_READ_FAST_PATH]?: PublicReadFastPath })[PUBLIC_READ_FAST_PATH]
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fast-path-build-'))
  fs.writeFileSync(path.join(distDir, 'routes-manifest.json'), JSON.stringify(MANIFEST))
  layer = nextResponseLayer(distDir) as Layer
  const server = http.createServer((req, res) =>
    serveRequest(req, res, {
      fastPath,
      layer,
      // As ./server.ts builds the URL (the Host header), so the two answer the same request.
      originOf: (incoming: http.IncomingMessage) => `http://${incoming.headers.host}`,
      viaNext: (_req: unknown, out: http.ServerResponse) => out.writeHead(599).end('next'),
    }),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  fast = {
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  const region = await createRegion(payload)
  item = await createItem(payload, 'articles', { region: region.id, status: 'live' })
  hidden = await createItem(payload, 'articles', { region: region.id, status: 'draft' })
})

afterAll(async () => {
  await fast?.close()
  await reference?.close()
  await payload?.destroy()
})

beforeEach(() => {
  delete process.env.PUBLIC_CACHE
  clearPublicReadStore()
})

type Answer = { body: Buffer; headers: http.IncomingHttpHeaders; status: number }

/** A raw GET (no decompression, no header added but these), as a website's server would send it. */
const get = (
  base: string,
  pathname: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const { body: _body, ...sent } = headers
    const req = http.request(
      new URL(pathname, base),
      { agent: false, headers: sent, method },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            body: Buffer.concat(chunks),
            headers: res.headers,
            status: res.statusCode ?? 0,
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(headers.body)
  })

/** Headers of one exchange or of the framing, which differ between any two answers. */
const EXCHANGE = new Set([
  'connection',
  'content-length',
  'date',
  'keep-alive',
  'transfer-encoding',
  'x-cache',
])

const reads = () => [
  '/api/articles?limit=5&depth=0&locale=ru',
  `/api/articles?where[slug][equals]=${item.slug}&limit=1&depth=1&locale=ru`,
  `/api/articles/${item.id}?depth=1&locale=kk`,
  '/api/feeds/rss?locale=kk',
  // Answers that are not 200 go the same way: a hidden item, a bad parameter (in the caller's language).
  `/api/articles/${hidden.id}`,
  '/api/articles?limit=abc',
]

describe('the public read fast path', () => {
  it('is offered by the REST route module as it loads', () => {
    expect(typeof fastPath).toBe('function')
  })

  it('answers each anonymous public read exactly as the route does, with the build’s headers', async () => {
    for (const pathname of reads()) {
      for (const language of ['kk', 'ru', 'en']) {
        const headers = { 'accept-language': language }
        clearPublicReadStore()
        const first = await get(fast.baseURL, pathname, headers)
        const again = await get(fast.baseURL, pathname, headers)
        const routes = await get(reference.baseURL, pathname, headers)
        const what = `${pathname} (${language})`
        expect(first.status, what).not.toBe(599)
        expect(first.status, what).toBe(routes.status)
        expect(first.body.toString(), what).toBe(routes.body.toString())
        expect(again.body.toString(), what).toBe(routes.body.toString())
        if (routes.status === 200) {
          expect([first.headers['x-cache'], again.headers['x-cache']], what).toEqual([
            'MISS',
            'HIT',
          ])
        }
        for (const [name, value] of Object.entries(routes.headers)) {
          if (EXCHANGE.has(name) || name === 'vary' || name === 'referrer-policy') continue
          expect(first.headers[name], `${what}: ${name}`).toBe(value)
        }
        // The build's rules: added, and a header they set wins over the route's own (as in Next).
        expect(first.headers['x-content-type-options']).toBe('nosniff')
        expect(first.headers['accept-ch']).toBe('Sec-CH-Prefers-Color-Scheme')
        expect(first.headers['referrer-policy']).toBe('no-referrer')
        expect(first.headers['x-frame-options']).toBe(routes.headers['x-frame-options'])
        const vary = String(first.headers.vary)
        expect(
          vary.startsWith('Sec-CH-Prefers-Color-Scheme, rsc, next-router-state-tree'),
          vary,
        ).toBe(true)
        if (routes.headers.vary) expect(vary, what).toContain(routes.headers.vary)
      }
    }
  })

  it('declines everything that is not an anonymous public read (Next serves it)', async () => {
    const user = await createUser(payload, {
      email: `fast-${RUN}@example.test`,
      roles: ['chief-editor'],
    })
    const token = await loginToken(payload, user.email)
    const list = '/api/articles?limit=5&depth=0'
    const declined: [string, Record<string, string>, string?][] = [
      [list, { authorization: `JWT ${token}` }],
      [list, { authorization: 'Bearer nonsense' }],
      [list, { cookie: `payload-token=${token}` }],
      [list, { cookie: ' PAYLOAD-TOKEN = x' }],
      [list, { cookie: 'payload%2Dtoken=x' }],
      [list, {}, 'POST'],
      [list, { 'content-length': '2', 'content-type': 'application/json', body: '{}' }],
      [list, {}, 'HEAD'],
      [`${list}&draft=true`, {}],
      [`${list}&preview=1`, {}],
      ['/api/articles/versions', {}],
      [`/api/articles/${item.id}/versions`, {}],
      ['/api/users', {}],
      ['/api/webhooks', {}],
      ['/api/articles/', {}],
      ['/api/articles/%E0%A4%A', {}],
      ['/api/graphql', {}],
      ['/api/media/file/x.jpg', {}],
      ['/sitemap.xml', {}],
      ['/admin', {}],
    ]
    for (const [pathname, headers, method] of declined) {
      const answer = await get(fast.baseURL, pathname, headers, method)
      expect(answer.status, `${method ?? 'GET'} ${pathname} ${JSON.stringify(headers)}`).toBe(599)
    }
  })

  it('sends a failure of the fast path to Next, before a byte is written', async () => {
    const server = http.createServer((req, res) =>
      serveRequest(req, res, {
        fastPath: () => Promise.reject(new Error('boom')),
        layer,
        originOf: () => 'http://localhost',
        viaNext: (_req: unknown, out: http.ServerResponse) => out.writeHead(599).end('next'),
      }),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const errors = console.error
    console.error = () => {}
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      expect((await get(base, '/api/articles')).status).toBe(599)
    } finally {
      console.error = errors
      server.closeAllConnections()
      server.close()
    }
  })
})

describe('the URL the route handler is given', () => {
  it('has the origin Next would give it: its own hostname and port, not the Host header', () => {
    const headers = (h: Record<string, string>) => ({ headers: { host: 'evil.example', ...h } })
    expect(nextOrigin('localhost', 3000)(headers({}))).toBe('http://localhost:3000')
    expect(nextOrigin('localhost', 3000)(headers({ 'x-forwarded-proto': 'https' }))).toBe(
      'https://localhost:3000',
    )
    expect(nextOrigin('::1', 8080)(headers({}))).toBe('http://[::1]:8080')
  })
})

describe('compression, as Next negotiates it', () => {
  const list = '/api/articles?limit=10&depth=1&locale=ru'

  it('gzip or deflate as the client prefers, the same bytes once decoded', async () => {
    const plain = await get(fast.baseURL, list)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.byteLength).toBeGreaterThan(1024)
    expect(String(plain.headers.vary)).toMatch(/Accept-Encoding$/)
    const cases: [string, string | undefined][] = [
      ['gzip, deflate, br', 'gzip'],
      ['deflate, gzip', 'gzip'],
      ['deflate', 'deflate'],
      ['gzip;q=0.5, deflate', 'deflate'],
      ['gzip;q=0, br', undefined],
      ['br', undefined],
      ['identity', undefined],
      ['*', 'gzip'],
    ]
    for (const [accept, coding] of cases) {
      const answer = await get(fast.baseURL, list, { 'accept-encoding': accept })
      expect(answer.headers['content-encoding'], accept).toBe(coding)
      const decoded =
        coding === 'gzip'
          ? zlib.gunzipSync(answer.body)
          : coding === 'deflate'
            ? zlib.inflateSync(answer.body)
            : answer.body
      expect(decoded.toString(), accept).toBe(plain.body.toString())
      expect(answer.headers.etag, accept).toBe(plain.headers.etag)
    }
  })

  it('compresses a public answer once per ETag, and again when its content changes', async () => {
    const gzip = { 'accept-encoding': 'gzip' }
    const pathname = '/api/articles?limit=10&depth=1&locale=kk'
    const start = layer.compressions
    expect((await get(fast.baseURL, pathname, gzip)).headers['content-encoding']).toBe('gzip')
    const before = layer.compressions
    expect(before).toBe(start + 1)
    for (let i = 0; i < 5; i++) await get(fast.baseURL, pathname, gzip)
    expect(layer.compressions).toBe(before)

    await payload.update({
      collection: 'articles',
      context: { aiEthicsSkip: true, disableWebhooks: true },
      data: { title: `Жаңа тақырып ${RUN}` } as never,
      id: item.id,
      locale: 'kk',
    })
    const changed = await get(fast.baseURL, pathname, gzip)
    expect([changed.status, changed.headers['content-encoding']]).toEqual([200, 'gzip'])
    expect(zlib.gunzipSync(changed.body).toString()).toContain(`Жаңа тақырып ${RUN}`)
    expect(layer.compressions).toBe(before + 1)
  })

  it('leaves small answers and 304s uncompressed', async () => {
    const pathname = `/api/articles?where[slug][equals]=none-${RUN}&limit=1&depth=0`
    const small = await get(fast.baseURL, pathname, { 'accept-encoding': 'gzip' })
    expect(small.status).toBe(200)
    expect(small.body.byteLength).toBeLessThan(1024)
    expect(small.headers['content-encoding']).toBeUndefined()
    const list = '/api/articles?limit=10&depth=1&locale=ru'
    const { etag } = (await get(fast.baseURL, list)).headers
    const notModified = await get(fast.baseURL, list, {
      'accept-encoding': 'gzip',
      'if-none-match': String(etag),
    })
    expect(notModified.status).toBe(304)
    expect(notModified.body.byteLength).toBe(0)
    expect(notModified.headers['content-encoding']).toBeUndefined()
  })
})
