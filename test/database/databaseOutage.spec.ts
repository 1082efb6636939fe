import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiServer } from '../delivery/server'
import type { Desk } from '../workflow/helpers'

import { startPrivatePostgres } from '../../bench/lib/privatePostgres.mjs'
import { boundedCaller } from './boundedCall'

/**
 * PostgreSQL only (SQLite is a file in the process: it cannot go down on its own; its busy case is in
 * connectionPool.spec.ts). The database server is stopped and restarted under the running app, so this spec
 * starts a private cluster of its own (port 3490) instead of using the shared one.
 */
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URI ?? '')
const PORT = 3490

let cluster: ReturnType<typeof startPrivatePostgres> | undefined
let payload: Payload
let server: ApiServer
let desk: Desk

beforeAll(async () => {
  if (!onPostgres) return
  cluster = startPrivatePostgres({ name: 'newsroom-intdb-outage', port: PORT })
  // Set before the configuration is loaded: this spec's app uses the private cluster.
  process.env.DATABASE_URI = cluster.uri('newsroom_intdb_outage')
  process.env.DATABASE_POOL_TIMEOUT_MS = '5000'
  const { bootPayload } = await import('../helpers/payload')
  const { startApiServer } = await import('../delivery/server')
  const { createDesk } = await import('../workflow/helpers')
  payload = await bootPayload()
  desk = await createDesk(payload)
  server = await startApiServer()
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy().catch(() => undefined)
  cluster?.destroy()
})

const call = boundedCaller(() => server.baseURL, 30_000)

/** Polls until `GET /api/regions` answers 200; returns how long it took. */
const waitForRecovery = async (limitMs: number): Promise<number> => {
  const started = Date.now()
  while (Date.now() - started < limitMs) {
    if ((await call('GET', '/api/regions?limit=1')).status === 200) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`no 200 from GET /api/regions within ${limitMs} ms after the database came back`)
}

describe.skipIf(!onPostgres)(
  'PostgreSQL down or restarting under the running app (PostgreSQL only)',
  () => {
    it('while the server is down, every kind of request is answered 503 with Retry-After and a code, never 500 or 401/403', async () => {
      cluster!.stop()
      try {
        const requests: [string, string, { json?: unknown; token?: string }][] = [
          ['anonymous list', '/api/regions?limit=5', {}],
          ['anonymous item list', '/api/articles?limit=5', {}],
          ['signed-in list', '/api/articles?limit=5', { token: desk.tokens.editor }],
          ['signed-in account', '/api/users/me', { token: desk.tokens.author }],
          [
            'create',
            '/api/articles',
            { json: { region: desk.region.id, title: 'Сервер жоқ' }, token: desk.tokens.author },
          ],
          [
            'workflow action',
            '/api/articles/1/workflow',
            { json: { action: 'submit' }, token: desk.tokens.author },
          ],
          [
            'login',
            '/api/users/login',
            { json: { email: desk.people.author.email, password: 'test-password-123' } },
          ],
          ['GraphQL', '/api/graphql', { json: { query: '{ Regions(limit: 1) { docs { id } } }' } }],
        ]
        for (const [what, path, options] of requests) {
          const answer = await call(options.json === undefined ? 'GET' : 'POST', path, options)
          expect(answer.status, `${what}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(503)
          expect(Number(answer.headers.get('retry-after')), `${what}: Retry-After`).toBeGreaterThan(
            0,
          )
          expect(answer.body.code, what).toBe('DATABASE_UNAVAILABLE')
        }
      } finally {
        cluster!.start()
      }
      // Back without restarting the app.
      await waitForRecovery(30_000)
      const created = await call('POST', '/api/articles', {
        json: { region: desk.region.id, title: 'Сервер қайта келді' },
        token: desk.tokens.author,
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      expect(
        (await call('GET', '/api/users/me', { token: desk.tokens.author })).body.user?.id,
      ).toBe(desk.people.author.id)
    })

    it('a restart under concurrent writers: every write is either stored and acknowledged, or answered 503; then writes succeed again', async () => {
      const WRITERS = 12
      const acknowledged: number[] = []
      const statuses = new Map<number, number>()
      let restarted = false
      const stopAt = Date.now() + 12_000
      const writer = async (n: number) => {
        for (let i = 0; Date.now() < stopAt; i++) {
          const answer = await call('POST', '/api/articles', {
            json: { region: desk.region.id, title: `Қайта қосу ${n}-${i}` },
            token: desk.tokens.author,
          })
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
          if (answer.status === 201) acknowledged.push(answer.body.doc.id)
          else await new Promise((resolve) => setTimeout(resolve, 200))
        }
      }
      const restart = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 3_000))
        cluster!.restart()
        restarted = true
      })()
      await Promise.all([...Array.from({ length: WRITERS }, (_, n) => writer(n)), restart])
      expect(restarted).toBe(true)

      const summary = JSON.stringify(Object.fromEntries(statuses))
      expect(
        [...statuses.keys()].filter((status) => status !== 201 && status !== 503),
        summary,
      ).toEqual([])
      expect(statuses.get(201) ?? 0, summary).toBeGreaterThan(0)

      await waitForRecovery(30_000)
      const { totalDocs } = await payload.count({
        collection: 'articles',
        where: { id: { in: acknowledged } },
      })
      expect(totalDocs, `acknowledged writes found afterwards (${summary})`).toBe(
        acknowledged.length,
      )
      const after = await call('POST', '/api/articles', {
        json: { region: desk.region.id, title: 'Кейін' },
        token: desk.tokens.author,
      })
      expect(after.status).toBe(201)
    })
  },
)
