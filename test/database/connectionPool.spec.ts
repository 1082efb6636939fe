import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiServer } from '../delivery/server'
import type { Desk } from '../workflow/helpers'

import { type Answer, boundedCaller } from './boundedCall'

// The smallest pool, set before the configuration is loaded: with PostgreSQL three connections (one kept by
// Payload's adapter, one for transactions, one for statements outside them), with SQLite its one write lock.
// A request waits at most 8 s for either (generous: the build machine is shared).
process.env.DATABASE_POOL_MAX = '3'
process.env.DATABASE_POOL_TIMEOUT_MS = '8000'
// This spec is about the pool: writes wait for their turn (src/http/writeAdmission.ts) as long as they need.
process.env.WRITE_QUEUE_WAIT_MS = '60000'

let payload: Payload
let server: ApiServer
let desk: Desk

beforeAll(async () => {
  const { bootPayload } = await import('../helpers/payload')
  const { startApiServer } = await import('../delivery/server')
  const { createDesk } = await import('../workflow/helpers')
  payload = await bootPayload()
  desk = await createDesk(payload)
  server = await startApiServer()
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

/** How long any one request may take here: far above a healthy answer, far below "hangs until restarted". */
const BOUND_MS = 30_000

const call = boundedCaller(() => server.baseURL, BOUND_MS)

const statuses = (answers: Answer[]) => answers.map((answer) => answer.status).join(',')

describe('concurrent writers through the REST handlers with a small pool', () => {
  it('creates, edits and workflow transitions all answer, and reads answer meanwhile', async () => {
    const WRITERS = 16
    const created = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        call('POST', '/api/articles', {
          json: { region: desk.region.id, title: `Жүктеме ${i}` },
          token: desk.tokens.author,
        }),
      ),
    )
    expect(statuses(created)).toBe(Array(WRITERS).fill(201).join(','))
    const ids = created.map((answer) => answer.body.doc.id as number)

    const [edited, reader] = await Promise.all([
      Promise.all(
        ids.map((id, i) =>
          call('PATCH', `/api/articles/${id}`, {
            json: { excerpt: `Түзетілді ${i}` },
            token: desk.tokens.author,
          }),
        ),
      ),
      call('GET', '/api/regions?limit=5'),
    ])
    expect(statuses(edited)).toBe(Array(WRITERS).fill(200).join(','))
    expect(reader.status).toBe(200)

    for (const [action, token] of [
      ['submit', desk.tokens.author],
      ['approve', desk.tokens.editor],
      ['publish', desk.tokens.editor],
    ] as const) {
      const acted = await Promise.all(
        ids.map((id) => call('POST', `/api/articles/${id}/workflow`, { json: { action }, token })),
      )
      expect(
        statuses(acted),
        `${action}: ${JSON.stringify(acted.find((answer) => answer.status !== 200)?.body)}`,
      ).toBe(Array(WRITERS).fill(200).join(','))
    }
    const regions = await call('GET', '/api/regions?limit=5')
    expect(regions.status).toBe(200)
  })
})

describe('the other write routes with a small pool', () => {
  it('comments, ethics decisions, restores, uploads and deletes at once all answer', async () => {
    const { createItemInState } = await import('../workflow/helpers')
    const { jpegBuffer } = await import('../helpers/factories')
    const items = await Promise.all(
      Array.from({ length: 4 }, () => createItemInState(payload, desk, 'articles', 'in_review')),
    )
    for (const item of items) {
      await payload.update({
        collection: 'articles',
        context: { aiEthicsSkip: true },
        data: { ethicsReview: { status: 'pending' } } as never,
        draft: true,
        id: item.id,
      })
    }
    const drafts = await Promise.all(
      Array.from({ length: 2 }, () => createItemInState(payload, desk, 'articles', 'draft')),
    )
    const restorable = []
    for (const draft of drafts) {
      await payload.update({
        collection: 'articles',
        data: { excerpt: 'Екінші нұсқа' },
        draft: true,
        id: draft.id,
      })
      const { docs } = await payload.findVersions({
        collection: 'articles',
        limit: 1,
        sort: 'createdAt',
        where: { parent: { equals: draft.id } },
      })
      restorable.push(docs[0].id)
    }
    const doomed = await Promise.all(
      Array.from({ length: 4 }, () => createItemInState(payload, desk, 'articles', 'draft')),
    )
    const image = await jpegBuffer(400, 300)
    const upload = (n: number) => {
      const form = new FormData()
      form.append(
        'file',
        new Blob([new Uint8Array(image)], { type: 'image/jpeg' }),
        `pool-${n}-${Date.now()}.jpg`,
      )
      form.append('_payload', JSON.stringify({ alt: 'Жүктеме суреті' }))
      return fetch(`${server.baseURL}/api/media`, {
        body: form,
        headers: { Authorization: `JWT ${desk.tokens.author}` },
        method: 'POST',
        signal: AbortSignal.timeout(BOUND_MS),
      })
        .then(async (response) => ({
          body: await response.json().catch(() => null),
          status: response.status,
        }))
        .catch((error) => ({ body: String(error), status: 0 }))
    }

    const answers = await Promise.all([
      ...items.map((item) =>
        call('POST', '/api/editorial-comments', {
          json: { body: 'Тексеріп шықтым.', docId: String(item.id), targetCollection: 'articles' },
          token: desk.tokens.editor,
        }),
      ),
      ...items.map((item) =>
        call('POST', '/api/ai-ethics/review', {
          json: { collection: 'articles', decision: 'clear', id: item.id, note: 'Тексерілді.' },
          token: desk.tokens.ethics,
        }),
      ),
      ...restorable.map((version) =>
        call('POST', `/api/articles/versions/${version}`, { token: desk.tokens.editor }),
      ),
      ...doomed.map((item) =>
        call('DELETE', `/api/articles/${item.id}`, { token: desk.tokens.chief }),
      ),
      upload(1),
      upload(2),
    ])
    const failed = answers.filter((answer) => answer.status < 200 || answer.status >= 300)
    expect(
      failed.map((answer) => `${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`),
    ).toEqual([])
  })
})

describe('a write that cannot get the database within the wait limit', () => {
  it('answers 503 with Retry-After and a code instead of hanging, reads still answer, and writes work again afterwards', async () => {
    // Take every transaction this process may open (PostgreSQL: the pool's connections for transactions;
    // SQLite: the write lock), as slow writers would.
    const held: (number | string)[] = []
    let pending: Promise<unknown> | undefined
    for (let i = 0; i < 20 && !pending; i++) {
      const begin = payload.db.beginTransaction().then(async (id) => {
        // SQLite takes its write lock at a transaction's first write, not when it opens.
        if (id && payload.db.name === 'sqlite')
          await payload.db.updateOne({
            collection: 'regions',
            data: { order: i },
            id: desk.region.id,
            req: { transactionID: id } as never,
          })
        return id
      })
      const outcome = await Promise.race([
        begin.then(
          (id) => ({ id }),
          (error: unknown) => ({ error }),
        ),
        new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 4_000)),
      ])
      if (outcome === 'waiting')
        pending = begin.then(
          (id) => id && held.push(id),
          () => undefined,
        )
      else if ('error' in outcome) break
      else if (outcome.id) held.push(outcome.id)
      else break // an adapter without transactions
    }
    try {
      expect(held.length, 'transactions opened before the limit').toBeGreaterThan(0)
      const write = await call('POST', '/api/articles', {
        json: { region: desk.region.id, title: 'Күтеді' },
        token: desk.tokens.author,
      })
      expect(write.status, JSON.stringify(write.body)).toBe(503)
      expect(write.ms).toBeLessThan(BOUND_MS)
      expect(Number(write.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(write.body.code).toBe('DATABASE_BUSY')
      expect(write.body.errors?.[0]?.message).toMatch(/try again/i)

      const read = await call('GET', '/api/regions?limit=5')
      expect(read.status).toBe(200)
    } finally {
      for (const id of held.splice(0)) await payload.db.rollbackTransaction(id)
      await pending
      for (const id of held.splice(0)) await payload.db.rollbackTransaction(id)
    }
    const again = await call('POST', '/api/articles', {
      json: { region: desk.region.id, title: 'Қайта' },
      token: desk.tokens.author,
    })
    expect(again.status).toBe(201)
  })
})
