import type { Payload } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PUBLISHABLE_COLLECTIONS } from '../../collections'
import { PUBLIC_REFERENCE_COLLECTIONS } from '../../plugins/delivery/src/publicCache/invalidation'
import { readPublicVersion } from '../../plugins/delivery/src/publicCache/version'
import { bootPayload } from '../helpers/payload'
import { createRubric } from '../helpers/factories'
import { createDesk, createItemInState, type Desk } from '../workflow/helpers'
import { createItem } from './fixtures'
import { type Peer, startPeer } from './peer'
import { type ApiServer, startApiServer } from './server'

let payload: Payload
let server: ApiServer
let peer: Peer
let desk: Desk
let regionSlug: string

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  desk = await createDesk(payload)
  regionSlug = (desk.region as unknown as { slug: string }).slug
  // Connected as server.mjs connects its workers: entries either process stores are stored by the other too.
  peer = await startPeer({ siblings: true })
})

afterAll(async () => {
  await peer?.stop()
  await server?.close()
  await payload?.destroy()
})

type Read = { cache: null | string; etag: null | string; status: number; text: string }

const read = async (
  path: string,
  { base = server.baseURL, headers = {} }: { base?: string; headers?: Record<string, string> } = {},
): Promise<Read> => {
  const response = await fetch(`${base}${path}`, { headers })
  return {
    cache: response.headers.get('x-cache'),
    etag: response.headers.get('etag'),
    status: response.status,
    text: await response.text(),
  }
}

const idsOf = (result: Read): number[] => {
  expect(result.status, result.text.slice(0, 300)).toBe(200)
  return (JSON.parse(result.text) as { docs: { id: number }[] }).docs.map((doc) => doc.id)
}

/** The desk's region's articles, as a website lists them (depth 1: rubric and region populated). */
const list = (extra = '') =>
  `/api/articles?limit=100&depth=1&locale=kk&where[region][equals]=${desk.region.id}${extra}`

/** `POST /api/articles/{id}/workflow` over HTTP, to this process or to the peer. */
const act = async (
  id: number,
  token: string,
  body: Record<string, unknown>,
  base = server.baseURL,
) => {
  const response = await fetch(`${base}/api/articles/${id}/workflow`, {
    body: JSON.stringify(body),
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    method: 'POST',
  })
  expect(response.status, await response.clone().text()).toBe(200)
}

const publish = async (id: number, base?: string) => {
  for (const action of ['submit', 'approve', 'publish'])
    await act(id, desk.tokens.editor, { action }, base)
}

/** Reads until the answer comes from the cache, so a test starts from a warm entry. */
const warm = async (path: string, base = server.baseURL): Promise<Read> => {
  await read(path, { base })
  const again = await read(path, { base })
  expect(again.cache, `${path} should be cached after one read`).toBe('HIT')
  return again
}

describe('serving anonymous reads from the cache', () => {
  it('a repeat read is a HIT with the same bytes and ETag; If-None-Match on a hit answers 304', async () => {
    const { id } = await createItemInState(payload, desk, 'articles', 'published')
    const first = await read(list())
    expect(first.cache).toBe('MISS')
    expect(idsOf(first)).toContain(id)
    const second = await read(list())
    expect(second).toMatchObject({ cache: 'HIT', etag: first.etag, status: 200, text: first.text })
    const notModified = await read(list(), { headers: { 'If-None-Match': first.etag! } })
    expect(notModified).toMatchObject({ cache: 'HIT', status: 304, text: '' })

    expect((await read(`/api/articles/${id}?depth=1`)).cache).toBe('MISS')
    expect((await read(`/api/articles/${id}?depth=1`)).cache).toBe('HIT')
    // The key is the full query: another locale (or any other parameter) is another entry.
    expect((await read(list().replace('locale=kk', 'locale=ru'))).cache).toBe('MISS')
  })

  it('signed-in callers are never served from the cache, and their view is never stored', async () => {
    const { id: draft } = await createItemInState(payload, desk, 'articles', 'draft')
    const anonymous = await warm(list())
    expect(idsOf(anonymous)).not.toContain(draft)
    for (const headers of [
      { Authorization: `JWT ${desk.tokens.editor}` },
      { Cookie: `payload-token=${desk.tokens.editor}` },
    ] as Record<string, string>[]) {
      const staff = await read(list(), { headers })
      expect(staff.cache).toBe('BYPASS')
      expect(idsOf(staff)).toContain(draft)
    }
    const again = await read(list())
    expect(again.cache).toBe('HIT')
    expect(idsOf(again)).not.toContain(draft)

    // A URL first asked for by staff: the next anonymous request still goes to the database.
    const fresh = list('&sort=title')
    expect(
      (await read(fresh, { headers: { Authorization: `JWT ${desk.tokens.chief}` } })).cache,
    ).toBe('BYPASS')
    const afterStaff = await read(fresh)
    expect(afterStaff.cache).toBe('MISS')
    expect(idsOf(afterStaff)).not.toContain(draft)
  })

  it('draft and preview requests, errors and routes other than the public reads are not cached', async () => {
    for (let i = 0; i < 2; i++) {
      expect((await read(list('&draft=true'))).cache).toBe('BYPASS')
      const missing = await read('/api/articles/99999999')
      expect(missing).toMatchObject({ cache: 'MISS', status: 404 })
      expect((await read('/api/articles?limit=1000')).cache).toBe('MISS') // 400: past the public bound
      expect((await read('/api/users/me')).cache).toBe('BYPASS')
      expect(await read('/api/webhooks')).toMatchObject({ cache: 'BYPASS', status: 403 })
      expect((await read('/api/articles/versions')).cache).toBe('BYPASS')
    }
  })

  it('PUBLIC_CACHE=off reads the database every time, without X-Cache; with the cache on, only invalidation makes changes visible', async () => {
    const { id } = await createItemInState(payload, desk, 'articles', 'published')
    const path = `/api/articles/${id}?depth=0&locale=kk`
    await warm(path)
    // A write that bypasses Payload's hooks (as a hand-run SQL statement would) is not seen while the entry lives…
    const stamp = '2020-01-02T03:04:05.000Z'
    await payload.db.updateOne({
      collection: 'articles',
      data: { publishedAt: stamp },
      id,
      req: {} as never,
    })
    expect(JSON.parse((await read(path)).text).publishedAt).not.toBe(stamp)
    // …and is with the cache off.
    process.env.PUBLIC_CACHE = 'off'
    try {
      for (let i = 0; i < 2; i++) {
        const direct = await read(path)
        expect(direct.cache).toBeNull()
        expect(JSON.parse(direct.text).publishedAt).toBe(stamp)
      }
    } finally {
      delete process.env.PUBLIC_CACHE
    }
  })
})

describe('a change shows on the very next request', () => {
  it('publish: the item appears in the list, by id, in the region feed and in the sitemap', async () => {
    const { id } = await createItemInState(payload, desk, 'articles', 'approved')
    const { slug } = (await payload.findByID({
      collection: 'articles',
      depth: 0,
      draft: true,
      id,
    })) as unknown as { slug: string }
    const rss = `/api/feeds/rss?region=${regionSlug}&locale=kk`
    for (const path of [list(), rss, '/sitemap.xml']) await warm(path)
    expect((await read(`/api/articles/${id}`)).status).toBe(404)

    await act(id, desk.tokens.editor, { action: 'publish' })

    const listed = await read(list())
    expect(listed.cache).toBe('MISS')
    expect(idsOf(listed)).toContain(id)
    expect((await read(`/api/articles/${id}`)).status).toBe(200)
    expect((await read(rss)).text).toContain(slug)
    expect((await read('/sitemap.xml')).text).toContain(slug)
  })

  it('an edit of a published item shows once its revision is published; saving the draft revision changes nothing public', async () => {
    const { id } = await createItemInState(payload, desk, 'articles', 'published')
    const path = `/api/articles/${id}?depth=0&locale=kk`
    const before = JSON.parse((await warm(path)).text).excerpt
    const edit = await fetch(`${server.baseURL}/api/articles/${id}?draft=true`, {
      body: JSON.stringify({ excerpt: 'Жаңартылған анонс' }),
      headers: { Authorization: `JWT ${desk.tokens.editor}`, 'Content-Type': 'application/json' },
      method: 'PATCH',
    })
    expect(edit.status).toBe(200)
    const whileDraft = await read(path)
    expect(whileDraft.cache).toBe('HIT') // a draft save is not a public change: the entry stays valid
    expect(JSON.parse(whileDraft.text).excerpt).toBe(before)

    await publish(id)
    const after = await read(path)
    expect(after.cache).toBe('MISS')
    expect(JSON.parse(after.text).excerpt).toBe('Жаңартылған анонс')
  })

  it('unpublish and delete: the item is gone from the list and by id at once', async () => {
    const { id: unpublished } = await createItemInState(payload, desk, 'articles', 'published')
    const { id: deleted } = await createItemInState(payload, desk, 'articles', 'published')
    expect(idsOf(await warm(list()))).toEqual(expect.arrayContaining([unpublished, deleted]))
    await warm(`/api/articles/${unpublished}`)
    await warm(`/api/articles/${deleted}`)

    await act(unpublished, desk.tokens.editor, { action: 'unpublish' })
    expect(idsOf(await read(list()))).not.toContain(unpublished)
    expect((await read(`/api/articles/${unpublished}`)).status).toBe(404)

    const removal = await fetch(`${server.baseURL}/api/articles/${deleted}`, {
      headers: { Authorization: `JWT ${desk.tokens.admin}` },
      method: 'DELETE',
    })
    expect(removal.status).toBe(200)
    expect(idsOf(await read(list()))).not.toContain(deleted)
    expect((await read(`/api/articles/${deleted}`)).status).toBe(404)
  })

  it('a scheduled publish, run by the jobs queue, shows at once', async () => {
    const { id } = await createItemInState(payload, desk, 'articles', 'approved')
    await act(id, desk.tokens.editor, {
      action: 'schedule',
      publishAt: new Date(Date.now() + 3_600_000).toISOString(),
    })
    await warm(list())
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      depth: 0,
      limit: 100,
      where: { taskSlug: { equals: 'publishScheduled' } },
    })
    const job = jobs.find(
      (candidate) => String((candidate.input as { docId?: string }).docId) === String(id),
    )!
    await payload.update({
      collection: 'payload-jobs',
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      id: job.id,
    })
    await payload.jobs.run({ queue: 'default' })
    expect(idsOf(await read(list()))).toContain(id)
  })

  it('renaming a rubric or a region shown with public items shows at once', async () => {
    const rubric = await createRubric(payload)
    const { id } = await createItem(payload, 'articles', {
      data: { rubric: rubric.id },
      region: desk.region.id,
      status: 'live',
    })
    const path = `/api/articles/${id}?depth=1&locale=kk`
    await warm(path)
    await fetch(`${server.baseURL}/api/rubrics/${rubric.id}?locale=kk`, {
      body: JSON.stringify({ name: 'Жаңа айдар' }),
      headers: { Authorization: `JWT ${desk.tokens.chief}`, 'Content-Type': 'application/json' },
      method: 'PATCH',
    })
    expect(JSON.parse((await read(path)).text).rubric.name).toBe('Жаңа айдар')
    await warm(path)
    await payload.update({
      collection: 'regions',
      data: { name: 'Жаңа өңір' },
      id: desk.region.id,
      locale: 'kk',
    })
    expect(JSON.parse((await read(path)).text).region.name).toBe('Жаңа өңір')
  })

  it('writes that skip webhooks (bulk imports) still invalidate', async () => {
    const { id } = await createItemInState(payload, desk, 'articles', 'published')
    const path = `/api/articles/${id}?depth=0`
    await warm(path)
    await payload.update({
      collection: 'articles',
      context: { aiEthicsSkip: true, disableWebhooks: true },
      data: { excerpt: 'Импорт' },
      id,
    })
    expect(JSON.parse((await read(path)).text).excerpt).toBe('Импорт')
  })
})

describe('items held by the ethics review', () => {
  it('are never served, cached or not; clearing the review shows the item on the next request', async () => {
    const held = await createItem(payload, 'articles', {
      ethics: 'pending',
      region: desk.region.id,
      status: 'live',
    })
    const rss = `/api/feeds/rss?region=${regionSlug}&locale=kk`
    for (const path of [list(), rss, '/sitemap.xml']) {
      const cached = await warm(path)
      expect(cached.text).not.toContain(held.slug)
    }
    for (let i = 0; i < 2; i++)
      expect(await read(`/api/articles/${held.id}`)).toMatchObject({ cache: 'MISS', status: 404 })

    const review = await fetch(`${server.baseURL}/api/ai-ethics/review`, {
      body: JSON.stringify({
        collection: 'articles',
        decision: 'clear',
        id: held.id,
        note: 'Адам тексерді.',
      }),
      headers: { Authorization: `JWT ${desk.tokens.ethics}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(review.status, await review.clone().text()).toBe(200)
    expect(idsOf(await read(list()))).toContain(held.id)
    expect((await read(rss)).text).toContain(held.slug)
    expect((await read(`/api/articles/${held.id}`)).status).toBe(200)
  })
})

describe('when the version changes', () => {
  // SQLite (and MongoDB without a replica set) has no transactions: there the change is written at once, and so is the version.
  const transactional = (process.env.DATABASE_URI ?? '').startsWith('postgres')

  it.skipIf(!transactional)(
    'inside a transaction, only after the commit; a rollback changes nothing (adapters with transactions: PostgreSQL)',
    async () => {
      const { id } = await createItemInState(payload, desk, 'articles', 'published')
      for (const finish of ['commit', 'rollback'] as const) {
        const req = await createLocalReq({ user: desk.people.editor }, payload)
        expect(await initTransaction(req)).toBe(true)
        const before = await readPublicVersion(payload)
        await payload.update({
          collection: 'articles',
          context: { aiEthicsSkip: true },
          data: { excerpt: `Транзакция ${finish}` },
          id,
          req,
        })
        // Another process reading the new version now would fetch the old content under it, and keep it.
        expect(await readPublicVersion(payload)).toBe(before)
        if (finish === 'commit') {
          await commitTransaction(req)
          expect(await readPublicVersion(payload)).not.toBe(before)
        } else {
          await killTransaction(req)
          expect(await readPublicVersion(payload)).toBe(before)
        }
      }
    },
  )
})

describe('what invalidates', () => {
  it('every collection anonymous callers can read is publishable or invalidates on every write', async () => {
    const invalidating = new Set<string>([
      ...PUBLISHABLE_COLLECTIONS,
      ...PUBLIC_REFERENCE_COLLECTIONS,
    ])
    const readable: string[] = []
    for (const { slug } of payload.config.collections) {
      if ((await read(`/api/${slug}?limit=1`)).status === 200) readable.push(slug)
    }
    expect(readable.length).toBeGreaterThan(5)
    expect(readable.filter((slug) => !invalidating.has(slug))).toEqual([])
  })
})

describe('across server processes (a second Payload on the same database)', () => {
  /** Lets an entry sent over the sibling channel arrive before the next request. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 100))
  /**
   * A read that names this process's host whichever process answers: cluster workers share one port, so a client
   * names the same host whichever worker answers, but here the two processes listen on two ports (and the host is
   * part of the cache key). `fetch` always sends the address's own host, so this goes through node:http.
   */
  const readAsHere = (path: string, base: string): Promise<Read> =>
    new Promise((resolve, reject) => {
      const request = http.get(
        `${base}${path}`,
        { headers: { host: new URL(server.baseURL).host } },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('error', reject)
          response.on('end', () =>
            resolve({
              cache: (response.headers['x-cache'] as string | undefined) ?? null,
              etag: response.headers.etag ?? null,
              status: response.statusCode ?? 0,
              text: Buffer.concat(chunks).toString(),
            }),
          )
        },
      )
      request.on('error', reject)
    })

  it('a response one process computed is served by the other from its cache: one computation per key, not per process', async () => {
    // Pages drawn by popularity rank (Zipf, s = 0.9, as the WordPress kit's zipf mix draws them), each read going
    // to the other process than the one before, as the operating system spreads connections over the workers.
    let seed = 7
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
    const weights = Array.from({ length: 6 }, (_, rank) => 1 / (rank + 1) ** 0.9)
    const total = weights.reduce((sum, weight) => sum + weight, 0)
    const draw = () => {
      let u = random() * total
      return weights.findIndex((weight) => (u -= weight) < 0) + 1
    }
    const pages = Array.from({ length: 30 }, draw)
    const misses: string[] = []
    for (const [i, page] of pages.entries()) {
      const path = list(`&page=${page}&sort=-id`)
      const result = await readAsHere(path, i % 2 ? peer.baseURL : server.baseURL)
      expect(result.status, result.text.slice(0, 300)).toBe(200)
      if (result.cache === 'MISS') misses.push(path)
      await settle()
    }
    expect(misses, 'each page computed once, by whichever process read it first').toEqual([
      ...new Set(pages.map((page) => list(`&page=${page}&sort=-id`))),
    ])
  })

  it('a shared entry is served with the same bytes and ETag, and never under another version', async () => {
    const { id } = await createItemInState(payload, desk, 'articles', 'approved')
    const path = list('&sort=-createdAt')
    const computed = await readAsHere(path, peer.baseURL)
    expect(computed.cache).toBe('MISS')
    await settle()
    const shared = await read(path)
    expect(shared).toEqual({ ...computed, cache: 'HIT' })

    await act(id, desk.tokens.editor, { action: 'publish' }, peer.baseURL) // a new version, in the other process
    const here = await read(path)
    expect(here.cache).toBe('MISS')
    expect(idsOf(here)).toContain(id)
  })

  it('a publish in one process shows on the very next request to the other; an unpublish there disappears here', async () => {
    const { id } = await createItemInState(payload, desk, 'articles', 'approved')
    for (const base of [server.baseURL, peer.baseURL])
      expect(idsOf(await warm(list(), base))).not.toContain(id)

    await act(id, desk.tokens.editor, { action: 'publish' }) // in this process
    const onPeer = await read(list(), { base: peer.baseURL })
    expect(onPeer.cache).toBe('MISS')
    expect(idsOf(onPeer)).toContain(id)

    for (const base of [server.baseURL, peer.baseURL])
      expect(idsOf(await warm(list(), base))).toContain(id)
    await act(id, desk.tokens.editor, { action: 'unpublish' }, peer.baseURL) // in the other process
    const here = await read(list())
    expect(here.cache).toBe('MISS')
    expect(idsOf(here)).not.toContain(id)
    expect(idsOf(await read(list(), { base: peer.baseURL }))).not.toContain(id)
  })

  it('an edit of a published item, published in the other process, shows here at once', async () => {
    const { id } = await createItemInState(payload, desk, 'articles', 'published')
    const path = `/api/articles/${id}?depth=0&locale=kk`
    await warm(path)
    const edit = await fetch(`${peer.baseURL}/api/articles/${id}?draft=true`, {
      body: JSON.stringify({ title: 'Басқа процесте түзетілді' }),
      headers: { Authorization: `JWT ${desk.tokens.editor}`, 'Content-Type': 'application/json' },
      method: 'PATCH',
    })
    expect(edit.status).toBe(200)
    await publish(id, peer.baseURL)
    expect(JSON.parse((await read(path)).text).title).toBe('Басқа процесте түзетілді')
  })
})
