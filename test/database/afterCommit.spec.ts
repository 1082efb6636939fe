import type { CollectionAfterChangeHook, Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { afterCommit } from '../../plugins/shared/afterCommit'
import { bootPayload } from '../helpers/payload'

/**
 * The contract plugins/shared/afterCommit.ts relies on (the public cache's version bump uses it): Payload runs a
 * collection's afterChange hooks inside the operation's transaction and then commits it through the adapter's
 * `commitTransaction`, before the operation returns; a failed operation rolls back through `rollbackTransaction`.
 * If a Payload release changes that, these fail. Every adapter: where there is no transaction (MongoDB without a
 * replica set), the effect runs at once, the change being already written.
 */

let payload: Payload
const RUN = Date.now().toString(36)
const MONGO = (process.env.DATABASE_URI ?? '').startsWith('mongodb')

type Seen = { inTransaction: boolean; log: string[] }

/** Adds hooks to `regions` for one test (appended, and removed afterwards). */
const withHooks = async (hooks: CollectionAfterChangeHook[], run: () => Promise<void>) => {
  const list = payload.collections.regions.config.hooks.afterChange
  list.push(...hooks)
  try {
    await run()
  } finally {
    list.splice(list.length - hooks.length, hooks.length)
  }
}

const registering =
  (seen: Seen): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const id: unknown =
      req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
    seen.inTransaction = typeof id === 'string' || typeof id === 'number'
    seen.log.push('hook')
    const effect = async () => {
      // Read outside the request's transaction: what any other process sees now.
      const outside = await payload.db.findOne({
        collection: 'regions',
        where: { id: { equals: doc.id } },
      })
      seen.log.push(outside ? 'effect: committed' : 'effect: not visible')
    }
    await afterCommit(req, 'probe', effect)
    await afterCommit(req, 'probe', effect) // the same key twice in one transaction runs once
    return doc
  }

beforeAll(async () => {
  payload = await bootPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

describe('afterCommit: Payload commits through the adapter after the hooks', () => {
  it('an effect registered in afterChange runs once, after the commit, before the operation returns', async () => {
    const seen: Seen = { inTransaction: false, log: [] }
    await withHooks([registering(seen)], async () => {
      await payload.create({
        collection: 'regions',
        data: { kind: 'oblast', name: `After commit ${RUN}`, slug: `after-commit-${RUN}` },
      })
      seen.log.push('returned')
    })
    expect(seen.log).toEqual(['hook', 'effect: committed', 'returned'])
  })

  // MongoDB without a replica set has no transactions: the write stays and the effect ran at once.
  it.skipIf(MONGO)(
    'a failed operation rolls back and drops the effect (SQL adapters: they always use transactions)',
    async () => {
      const seen: Seen = { inTransaction: false, log: [] }
      const failing: CollectionAfterChangeHook = () => {
        throw new Error('a later hook fails')
      }
      await withHooks([registering(seen), failing], async () => {
        await expect(
          payload.create({
            collection: 'regions',
            data: { kind: 'oblast', name: `Rolled back ${RUN}`, slug: `rolled-back-${RUN}` },
          }),
        ).rejects.toThrow('a later hook fails')
      })
      expect(seen.inTransaction).toBe(true)
      expect(seen.log).toEqual(['hook'])
      const { totalDocs } = await payload.count({
        collection: 'regions',
        where: { slug: { equals: `rolled-back-${RUN}` } },
      })
      expect(totalDocs).toBe(0)
    },
  )
})
