import type { Payload } from 'payload'

import { AsyncLocalStorage } from 'async_hooks'
import Database from 'libsql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Desk } from '../workflow/helpers'

import { asPublicRead } from '../../plugins/shared/publicReadScope'

/**
 * SQLite only: libsql is synchronous, so a write's statements resolve at once and a whole operation — its hooks,
 * validation and dozens of statements — ran as one chain of microtasks, never giving the event loop back. Under
 * `npm run test:load` (50 writers, 2 workers) one event-loop turn of a worker lasted up to 2 s, and anonymous
 * readers, cache hits included, waited that long for their request to be read at all (reader p99 1.3–3.4 s).
 * The app's SQLite client (src/db/sqliteClient.ts) gives the event loop a turn before each statement of anything
 * but an anonymous public read, so the longest a reader waits is one stretch of work between two statements.
 *
 * Inside a transaction there are no turns: it holds SQLite's write lock, which the other server processes wait for
 * (with turns there, under that load, they waited past DATABASE_POOL_TIMEOUT_MS and answered 503).
 *
 * Not timed: a counter advanced once per event-loop turn (a setImmediate that schedules itself) is read as each
 * statement of the operation outside a transaction is prepared (its reads, BEGIN, writes on their own). At most two
 * run in one turn (Payload runs a few reads side by side, each after its own turn); before, all of them did.
 */
const onSqlite = !/^postgres(ql)?:\/\//.test(process.env.DATABASE_URI ?? '')

let payload: Payload
let desk: Desk

beforeAll(async () => {
  if (!onSqlite) return
  const { bootPayload } = await import('../helpers/payload')
  const { createDesk } = await import('../workflow/helpers')
  payload = await bootPayload()
  desk = await createDesk(payload)
})

afterAll(async () => {
  await payload?.destroy()
})

type Prepare = (this: { inTransaction: boolean }, sql: string) => unknown
const databasePrototype = (Database as unknown as { prototype: { prepare: Prepare } }).prototype

/** Runs `operation` and returns how many of its statements ran in each event-loop turn. */
const statementsPerTurn = async (operation: () => Promise<unknown>): Promise<number[]> => {
  const mine = new AsyncLocalStorage<true>()
  let turn = 0
  let running = true
  const tick = () => {
    turn += 1
    if (running) setImmediate(tick)
  }
  setImmediate(tick)
  const perTurn = new Map<number, number>()
  const prepare = databasePrototype.prepare
  databasePrototype.prepare = function (sql) {
    // Statements inside a transaction run without turns: it holds the database's write lock (see the client).
    if (mine.getStore() && !this.inTransaction) perTurn.set(turn, (perTurn.get(turn) ?? 0) + 1)
    return prepare.call(this, sql)
  }
  try {
    await mine.run(true, operation)
  } finally {
    databasePrototype.prepare = prepare
    running = false
  }
  return [...perTurn.values()]
}

describe.runIf(onSqlite)('SQLite: writers give readers the event loop (SQLite only)', () => {
  it('a journalist saving and an editor publishing give the event loop a turn before each statement outside a transaction', async () => {
    const { rest } = await import('../helpers/rest')
    const created = await statementsPerTurn(() =>
      payload.create({
        collection: 'articles',
        data: { excerpt: 'v0', region: desk.region.id, title: `Кезек ${Date.now()}` } as never,
        overrideAccess: false,
        user: desk.people.author,
      }),
    )
    expect(created.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(2)
    expect(Math.max(...created), `statements per turn: ${created.join(',')}`).toBeLessThanOrEqual(2)

    const id = (
      await payload.find({
        collection: 'articles',
        draft: true,
        limit: 1,
        sort: '-createdAt',
        where: { region: { equals: desk.region.id } },
      })
    ).docs[0].id
    for (const [action, who] of [
      ['submit', 'author'],
      ['approve', 'editor'],
      ['publish', 'editor'],
    ] as const) {
      let status = 0
      const perTurn = await statementsPerTurn(async () => {
        status = (
          await rest('POST', `/api/articles/${id}/workflow`, {
            json: { action },
            token: desk.tokens[who],
          })
        ).status
      })
      expect(status, action).toBe(200)
      expect(perTurn.length, action).toBeGreaterThan(2)
      expect(
        Math.max(...perTurn),
        `${action}: statements per turn: ${perTurn.join(',')}`,
      ).toBeLessThanOrEqual(2)
    }
  })

  it('an anonymous public read does not wait for turns: its statements run as soon as they are asked for', async () => {
    const perTurn = await statementsPerTurn(() =>
      asPublicRead(() =>
        payload.find({ collection: 'articles', depth: 1, limit: 10, overrideAccess: false }),
      ),
    )
    expect(Math.max(...perTurn), `statements per turn: ${perTurn.join(',')}`).toBeGreaterThan(1)
  })
})
