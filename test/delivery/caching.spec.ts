import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createRegion, createUser, loginToken } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { createItem } from './fixtures'
import { type ApiServer, startApiServer } from './server'

let payload: Payload
let server: ApiServer
let region: { id: number }
let token: string
let itemId: number

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  region = await createRegion(payload)
  token = await loginToken(payload, (await createUser(payload, { roles: ['chief-editor'] })).email)
  itemId = (await createItem(payload, 'articles', { region: region.id, status: 'live' })).id
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.baseURL}${path}`, { headers })

describe('HTTP caching of public GETs', () => {
  const list = () => `/api/articles?limit=20&depth=1&locale=kk&where[region][equals]=${region.id}`

  it('anonymous: public Cache-Control and a strong ETag; If-None-Match answers 304 with no body', async () => {
    const first = await get(list())
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=300',
    )
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{16,}"$/) // strong: no W/ prefix
    expect(first.headers.get('vary')).toMatch(/Authorization/)
    await first.arrayBuffer()

    const again = await get(list())
    expect(again.headers.get('etag')).toBe(etag)
    await again.arrayBuffer()

    const notModified = await get(list(), { 'If-None-Match': etag! })
    expect(notModified.status).toBe(304)
    expect(await notModified.text()).toBe('')
    expect(notModified.headers.get('etag')).toBe(etag)
    expect(notModified.headers.get('cache-control')).toMatch(/^public/)
    // Lists of tags and weak forms of the same tag match too (RFC 9110 weak comparison for If-None-Match).
    expect((await get(list(), { 'If-None-Match': `"other", W/${etag}` })).status).toBe(304)
  })

  it('the ETag changes when the content changes', async () => {
    const before = (await get(`/api/articles/${itemId}`)).headers.get('etag')
    await payload.update({
      collection: 'articles',
      context: { aiEthicsSkip: true, disableWebhooks: true },
      data: { excerpt: 'Жаңа анонс' },
      id: itemId,
    })
    const after = await get(`/api/articles/${itemId}`, { 'If-None-Match': before! })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(before)
    expect((await after.json()).excerpt).toBe('Жаңа анонс')
  })

  it('signed-in callers get private, no-store and no ETag, also with If-None-Match', async () => {
    const anonymousTag = (await get(list())).headers.get('etag')!
    for (const headers of [
      { Authorization: `JWT ${token}` },
      { Cookie: `payload-token=${token}` },
    ] as Record<string, string>[]) {
      const response = await get(list(), { ...headers, 'If-None-Match': anonymousTag })
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(response.headers.get('etag')).toBeNull()
    }
  })

  it('anonymous errors are not cached', async () => {
    const missing = await get('/api/articles/999999')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('no-store')
    const refused = await get('/api/articles?limit=1000')
    expect(refused.status).toBe(400)
    expect(refused.headers.get('cache-control')).toBe('no-store')
  })

  it('feeds and the sitemap are cached the same way', async () => {
    for (const path of ['/api/feeds/rss?locale=kk', '/sitemap.xml']) {
      const first = await get(path)
      expect(first.status).toBe(200)
      expect(first.headers.get('cache-control')).toMatch(/^public, max-age=60/)
      const etag = first.headers.get('etag')!
      expect((await get(path, { 'If-None-Match': etag })).status).toBe(304)
    }
  })
})
