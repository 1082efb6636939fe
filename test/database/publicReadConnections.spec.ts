import type { Payload } from 'payload'
import type pg from 'pg'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiServer } from '../delivery/server'

import { boundedCaller } from './boundedCall'

/**
 * PostgreSQL only: anonymous public reads have connections of their own (src/db/postgresPool.ts), so writers
 * holding and queueing for every other connection do not hold them up. Under `npm run test:load` readers waited
 * behind the writers' statements in the pool's queue — a cache hit too, since it reads the public content version
 * from the database — and were answered in up to 2–3 s.
 *
 * Not timed: every connection of the main pool is held and a statement waits in its queue; the anonymous read
 * must be answered 200 while that statement still waits (before: it queued behind it and was answered 503 after
 * DATABASE_POOL_TIMEOUT_MS).
 */
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URI ?? '')

// Five connections: one for anonymous public reads, four for the rest (see poolShares in src/db/settings.ts).
process.env.DATABASE_POOL_MAX = '5'
process.env.DATABASE_POOL_TIMEOUT_MS = '3000'

type NewsroomPool = pg.Pool & { publicReads?: pg.Pool }

let payload: Payload
let server: ApiServer
let token: string

beforeAll(async () => {
  if (!onPostgres) return
  const { bootPayload } = await import('../helpers/payload')
  const { startApiServer } = await import('../delivery/server')
  const { createDesk } = await import('../workflow/helpers')
  payload = await bootPayload()
  token = (await createDesk(payload)).tokens.editor
  server = await startApiServer()
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const call = boundedCaller(() => server.baseURL, 30_000)

/** Checks out every connection of the main pool (Payload's adapter keeps one already) and queues one statement more. */
const fillMainPool = async (pool: NewsroomPool) => {
  const max = pool.options.max
  const held: pg.PoolClient[] = []
  while (pool.totalCount < max || pool.idleCount > 0) held.push(await pool.connect())
  let settled = false
  const queued = pool
    .query('select 1')
    .catch(() => undefined)
    .finally(() => (settled = true))
  expect(pool.waitingCount).toBe(1)
  return {
    queuedStillWaiting: () => !settled && pool.waitingCount === 1,
    release: async () => {
      held.forEach((client) => client.release())
      await queued
    },
  }
}

describe.runIf(onPostgres)(
  'anonymous public reads while writers hold every other connection (PostgreSQL only)',
  () => {
    it('a public list and a cached one are answered at once, ahead of the statement waiting in the main pool', async () => {
      const pool = (payload.db as unknown as { pool: NewsroomPool }).pool
      // Cached first: a hit still reads the public content version from the database.
      const warm = await call('GET', '/api/regions?limit=3')
      expect(warm.status).toBe(200)

      const full = await fillMainPool(pool)
      try {
        const hit = await call('GET', '/api/regions?limit=3')
        expect(hit.status, JSON.stringify(hit.body)).toBe(200)
        expect(hit.headers.get('x-cache')).toBe('HIT')
        const miss = await call('GET', '/api/regions?limit=4&depth=0')
        expect(miss.status, JSON.stringify(miss.body)).toBe(200)
        expect(miss.headers.get('x-cache')).toBe('MISS')
        expect(full.queuedStillWaiting(), 'the reads went ahead of the waiting statement').toBe(
          true,
        )
      } finally {
        await full.release()
      }
    })

    it('a signed-in read gets no reserved connection: it waits in the main pool like the writers', async () => {
      const pool = (payload.db as unknown as { pool: NewsroomPool }).pool
      const full = await fillMainPool(pool)
      try {
        const read = await call('GET', '/api/regions?limit=3', { token })
        expect(read.status).toBe(503)
        expect(read.body.code).toBe('DATABASE_BUSY')
      } finally {
        await full.release()
      }
    })
  },
)
