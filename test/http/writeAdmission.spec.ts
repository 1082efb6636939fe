import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiServer } from '../delivery/server'
import type { Desk } from '../workflow/helpers'

import { type Answer, boundedCaller } from '../database/boundedCall'

// One write at a time per process, and a short wait for a turn; the database's own wait is longer, so a write held
// by the database keeps its turn while the next one waits in line (src/http/writeAdmission.ts).
process.env.WRITE_CONCURRENCY = '1'
process.env.WRITE_QUEUE_WAIT_MS = '300'
process.env.DATABASE_POOL_TIMEOUT_MS = '15000'

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

const call = boundedCaller(() => server.baseURL, 30_000)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const draft = async (title: string) =>
  (
    await payload.create({
      collection: 'articles',
      data: { region: desk.region.id, title },
      draft: true,
      overrideAccess: true,
    })
  ).id as number

/**
 * Keeps a write on `id` open in a transaction of this process for `ms`: SQLite's write lock, PostgreSQL's row
 * lock. A REST write on that item waits for the database meanwhile, holding its turn.
 */
const holdItem = async (id: number, ms: number) => {
  const transactionID = await payload.db.beginTransaction()
  await payload.update({
    collection: 'articles',
    data: { excerpt: 'held' },
    id,
    overrideAccess: true,
    req: { transactionID } as never,
  })
  return sleep(ms).then(() => payload.db.commitTransaction(transactionID!))
}

describe('REST writes take turns; readers do not wait for them', () => {
  it('past its wait, a write in line is answered 503 DATABASE_BUSY with Retry-After, while reads and the write holding the turn are answered', async () => {
    const [held, other] = [await draft('Кезек А'), await draft('Кезек Б')]
    const released = holdItem(held, 2_000)
    const first = call('PATCH', `/api/articles/${held}`, {
      json: { excerpt: 'бірінші' },
      token: desk.tokens.editor,
    })
    await sleep(150)
    const second = call('PATCH', `/api/articles/${other}`, {
      json: { excerpt: 'екінші' },
      token: desk.tokens.editor,
    })
    const read = await call('GET', '/api/regions?limit=5')
    expect(read.status).toBe(200)
    const answers: Answer[] = await Promise.all([first, second])
    await released
    // Whichever got the turn waited for the database and saved; the other waited in line past its limit.
    const statuses = answers.map((answer) => answer.status).sort()
    expect(statuses, JSON.stringify(answers.map((answer) => answer.body))).toEqual([200, 503])
    const refused = answers.find((answer) => answer.status === 503)!
    expect(refused.body.code).toBe('DATABASE_BUSY')
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    // Nothing of the refused write was saved.
    const refusedId = refused === answers[0] ? held : other
    const stored = await payload.findByID({ collection: 'articles', id: refusedId })
    expect(stored.excerpt ?? null).not.toBe(refused === answers[0] ? 'бірінші' : 'екінші')
    // The line is free again.
    const after = await call('PATCH', `/api/articles/${refusedId}`, {
      json: { excerpt: 'кейін' },
      token: desk.tokens.editor,
    })
    expect(after.status).toBe(200)
  })
})
