import type { BaseDatabaseAdapter, Payload } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolShares, databaseSettings } from '../../src/db/settings'
import { isAppSqliteClient } from '../../src/db/sqliteClient'
import { sqlTransactions } from '../../src/db/transactions'
import { bootPayload } from '../helpers/payload'

/**
 * The Payload 3.90.1 behaviour that src/db/adapterExtensions.ts relies on, one test per assumption. A Payload
 * upgrade that changes one of them fails the test named after it; the module's header says what each extension
 * does and why Payload's own mechanism is not enough.
 */

let payload: Payload
const RUN = Date.now().toString(36)
const KIND = (process.env.DATABASE_URI ?? '').startsWith('mongodb')
  ? 'mongodb'
  : /^postgres(ql)?:\/\//.test(process.env.DATABASE_URI ?? '')
    ? 'postgres'
    : 'sqlite'
const SQL = KIND !== 'mongodb'

type Session = { db: unknown; reject: () => Promise<void>; resolve: () => Promise<void> }
type SqlInstance = BaseDatabaseAdapter & {
  client?: unknown
  drizzle?: unknown
  initializing: Promise<void>
  pool?: { options: Record<string, unknown> }
  push?: boolean
  sessions: Record<string, Session>
}

/** What Payload's adapters read of the Payload instance while they are created. */
const bareArgs = () =>
  ({
    payload: {
      config: { collections: [], globals: [], localization: false },
      logger: { error: () => undefined, info: () => undefined, warn: () => undefined },
    },
  }) as never

/** Payload's own adapter instance, as `init` returns it before the app extends it. */
const rawInstance = (kind: 'postgres' | 'sqlite'): SqlInstance =>
  (kind === 'sqlite'
    ? sqliteAdapter({ client: { url: 'file:./.tmp/adapter-contract.db' } })
    : postgresAdapter({ pool: { connectionString: 'postgres://127.0.0.1:1/none' } })
  ).init(bareArgs()) as unknown as SqlInstance

beforeAll(async () => {
  payload = await bootPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

describe.skipIf(!SQL)(
  'Payload 3.90.1 SQL adapters, as src/db/adapterExtensions.ts uses them',
  () => {
    it('init returns the instance with its transaction methods and an empty `sessions` map (extensions 1 and 3 install on it)', () => {
      for (const kind of ['sqlite', 'postgres'] as const) {
        const instance = rawInstance(kind)
        expect(instance.sessions, kind).toEqual({})
        expect(typeof instance.beginTransaction, kind).toBe('function')
        expect(typeof instance.commitTransaction, kind).toBe('function')
        expect(typeof instance.rollbackTransaction, kind).toBe('function')
        expect(typeof instance.connect, kind).toBe('function')
      }
    })

    it('SQLite: connect keeps a client set on the instance before it (extension 2)', async () => {
      const instance = rawInstance('sqlite')
      expect(instance.client).toBeUndefined()
      const preset = { close: () => undefined, execute: async () => ({ rows: [] }) }
      instance.client = preset
      instance.push = false
      await instance.connect?.()
      expect(instance.client).toBe(preset)
    })

    it.runIf(KIND === 'sqlite')('SQLite: the running app uses the client the extension set', () => {
      expect(isAppSqliteClient((payload.db as unknown as SqlInstance).client)).toBe(true)
    })

    it.runIf(KIND === 'postgres')(
      'PostgreSQL: the pool is made from the `pool` option by the `pg` option’s Pool (no extension needed)',
      () => {
        const pool = (payload.db as unknown as SqlInstance).pool
        const shares = poolShares(databaseSettings().poolMax)
        expect(pool?.options.max).toBe(shares.main)
        expect(pool?.options.connectionTimeoutMillis).toBe(databaseSettings().poolTimeoutMs)
      },
    )

    it("Payload's own transactions still report a failed COMMIT as a success (why extension 1 replaces them)", async () => {
      // A Drizzle transaction whose COMMIT fails once the callback returns, as with a connection cut meanwhile.
      const failingCommit = () => ({
        drizzle: {
          transaction: async (run: (tx: unknown) => Promise<void>) => {
            await new Promise((resolve) => setImmediate(resolve)) // a connection is checked out first
            await run({})
            throw new Error('COMMIT failed: connection terminated')
          },
        },
        initializing: Promise.resolve(),
        payload: { logger: { error: () => undefined, warn: () => undefined } },
        sessions: {} as Record<string, Session>,
      })
      for (const kind of ['sqlite', 'postgres'] as const) {
        const own = rawInstance(kind)
        const adapter = failingCommit()
        const id = await own.beginTransaction.call(adapter as never)
        // If this starts to reject, Payload reports failed commits itself: extension 1 may go (keep the bound).
        await expect(
          own.commitTransaction.call(adapter as never, id!),
          kind,
        ).resolves.toBeUndefined()
      }
      const ours = sqlTransactions({ waitMs: 1000 })
      const adapter = failingCommit()
      const id = await ours.beginTransaction.call(adapter as never)
      await expect(ours.commitTransaction.call(adapter as never, id)).rejects.toThrow(
        'COMMIT failed',
      )
    })

    it("Payload's adapter methods run a request's statements on `sessions[req.transactionID].db`", async () => {
      const db = payload.db as unknown as SqlInstance
      const id = await payload.db.beginTransaction()
      expect(typeof id === 'string' || typeof id === 'number').toBe(true)
      const session = db.sessions[String(id)]
      expect(session).toMatchObject({
        db: expect.anything(),
        reject: expect.any(Function),
        resolve: expect.any(Function),
      })
      // src/db/documentWriteLock.ts runs its advisory lock through the session's Drizzle transaction.
      if (KIND === 'postgres')
        expect(typeof (session.db as { execute?: unknown }).execute).toBe('function')
      const slug = `contract-${RUN}`
      await payload.db.create({
        collection: 'regions',
        data: { kind: 'oblast', name: `Contract ${RUN}`, slug },
        req: { transactionID: id } as never,
      })
      const outside = () =>
        payload.db.findOne({ collection: 'regions', where: { slug: { equals: slug } } })
      // Not visible outside before the commit: the insert ran in the session's transaction, not on the pool.
      expect(await outside()).toBeNull()
      await payload.db.commitTransaction(id!)
      expect(db.sessions[String(id)]).toBeUndefined()
      expect(await outside()).not.toBeNull()
    })
  },
)

describe("Payload's operations use the adapter instance's transaction methods (extensions 1 and 3)", () => {
  it('an operation begins through `payload.db.beginTransaction` and commits, or rolls back, with the id it returned', async () => {
    const db = payload.db
    const calls: string[] = []
    const original = {
      begin: db.beginTransaction,
      commit: db.commitTransaction,
      rollback: db.rollbackTransaction,
    }
    db.beginTransaction = async (...args) => {
      const id = await original.begin.apply(db, args)
      calls.push(`begin ${id}`)
      return id
    }
    db.commitTransaction = async (id) => {
      calls.push(`commit ${await id}`)
      return original.commit.call(db, id)
    }
    db.rollbackTransaction = async (id) => {
      calls.push(`rollback ${await id}`)
      return original.rollback.call(db, id)
    }
    const hooks = payload.collections.regions.config.hooks.afterChange
    const failing = () => {
      throw new Error('a hook fails')
    }
    try {
      await payload.create({
        collection: 'regions',
        data: { kind: 'oblast', name: `Ops ${RUN}`, slug: `ops-${RUN}` },
      })
      hooks.push(failing)
      await expect(
        payload.create({
          collection: 'regions',
          data: { kind: 'oblast', name: `Ops fail ${RUN}`, slug: `ops-fail-${RUN}` },
        }),
      ).rejects.toThrow('a hook fails')
    } finally {
      if (hooks.at(-1) === failing) hooks.pop()
      Object.assign(db, {
        beginTransaction: original.begin,
        commitTransaction: original.commit,
        rollbackTransaction: original.rollback,
      })
    }
    if (KIND === 'mongodb' && calls.every((call) => call === 'begin null')) return // no replica set
    expect(calls).toHaveLength(4)
    const [first, committed, second, rolledBack] = calls
    expect(committed).toBe(first.replace('begin', 'commit'))
    expect(rolledBack).toBe(second.replace('begin', 'rollback'))
    expect(first).not.toBe(second)
  })
})
