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
        call('POST', '/api/articles', { json: { region: desk.region.id, title: `Жүктеме ${i}` }, token: desk.tokens.author }),
      ),
    )
    expect(statuses(created)).toBe(Array(WRITERS).fill(201).join(','))
    const ids = created.map((answer) => answer.body.doc.id as number)

    const [edited, reader] = await Promise.all([
      Promise.all(ids.map((id, i) => call('PATCH', `/api/articles/${id}`, { json: { excerpt: `Түзетілді ${i}` }, token: desk.tokens.author }))),
      call('GET', '/api/regions?limit=5'),
    ])
    expect(statuses(edited)).toBe(Array(WRITERS).fill(200).join(','))
    expect(reader.status).toBe(200)

    for (const [action, token] of [
      ['submit', desk.tokens.author],
      ['approve', desk.tokens.editor],
      ['publish', desk.tokens.editor],
    ] as const) {
      const acted = await Promise.all(ids.map((id) => call('POST', `/api/articles/${id}/workflow`, { json: { action }, token })))
      expect(statuses(acted), `${action}: ${JSON.stringify(acted.find((answer) => answer.status !== 200)?.body)}`).toBe(
        Array(WRITERS).fill(200).join(','),
      )
    }
    const regions = await call('GET', '/api/regions?limit=5')
    expect(regions.status).toBe(200)
  })
})

describe('a write that cannot get the database within the wait limit', () => {
  it('answers 503 with Retry-After and a code instead of hanging, reads still answer, and writes work again afterwards', async () => {
    // Take every transaction this process may open (PostgreSQL: the pool's connections for transactions;
    // SQLite: the write lock), as slow writers would.
    const held: (number | string)[] = []
    let pending: Promise<unknown> | undefined
    for (let i = 0; i < 20 && !pending; i++) {
      const begin = payload.db.beginTransaction()
      const outcome = await Promise.race([
        begin.then((id) => ({ id }), (error: unknown) => ({ error })),
        new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 4_000)),
      ])
      if (outcome === 'waiting') pending = begin.then((id) => id && held.push(id), () => undefined)
      else if ('error' in outcome) break
      else if (outcome.id) held.push(outcome.id)
      else break // an adapter without transactions
    }
    try {
      expect(held.length, 'transactions opened before the limit').toBeGreaterThan(0)
      const write = await call('POST', '/api/articles', { json: { region: desk.region.id, title: 'Күтеді' }, token: desk.tokens.author })
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
    const again = await call('POST', '/api/articles', { json: { region: desk.region.id, title: 'Қайта' }, token: desk.tokens.author })
    expect(again.status).toBe(201)
  })
})
