import type { DatabaseAdapterObj, PayloadRequest } from 'payload'

/**
 * Effects that must follow a commit (e.g. the public cache's new version: if other processes saw it before the
 * change, they would cache the old content under it). Payload has no after-commit hook: its operations run
 * `afterChange`/`afterOperation` inside the request's transaction and then call the adapter's
 * `commitTransaction(req.transactionID)` (as do the app's own endpoints through Payload's `commitTransaction`).
 *
 * This is the one place that relies on that: when the adapter is created (`databaseAdapter()`, the config's `db`),
 * its `commitTransaction`/`rollbackTransaction` are wrapped to run the effects registered for a transaction right
 * after it commits, before the request that committed answers, and to drop them when it rolls back or the commit
 * fails. test/database/afterCommit.spec.ts fails if Payload stops committing through the adapter this way.
 */

type Effect = () => Promise<void>
type Pending = Map<string, Map<string, Effect>>

const PENDING = new WeakMap<object, Pending>()

type TransactionId = number | Promise<number | string> | string
const resolveId = async (id: TransactionId) => String(id instanceof Promise ? await id : id)

/** Wraps an adapter so that `afterCommit` effects run once its transactions commit. */
export const withAfterCommit = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args)
    const pending: Pending = new Map()
    PENDING.set(instance, pending)
    const commit = instance.commitTransaction.bind(instance)
    const rollback = instance.rollbackTransaction.bind(instance)
    instance.commitTransaction = async (incomingId) => {
      const id = await resolveId(incomingId)
      const effects = pending.get(id)
      pending.delete(id)
      // A failed commit throws here: nothing changed, so nothing follows.
      await commit(id)
      for (const effect of effects?.values() ?? []) await effect()
    }
    instance.rollbackTransaction = async (incomingId) => {
      const id = await resolveId(incomingId)
      pending.delete(id)
      await rollback(id)
    }
    return instance
  },
})

/**
 * Runs `effect` once the change made with `req` is committed: after its transaction commits, or now when there is
 * none (MongoDB without a replica set; the change is already written). Effects with the same `key` in one
 * transaction run once. An effect should not throw (the change is already committed); log instead.
 */
export const afterCommit = async (
  req: PayloadRequest,
  key: string,
  effect: Effect,
): Promise<void> => {
  const id: unknown =
    req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const pending = PENDING.get(req.payload.db)
  // Only a string or number names a transaction. Without one, Payload can leave other values here (its dataloader
  // writes back a JSON copy of a pending transaction promise: `{}`), which the adapters treat as no transaction.
  if (pending && ((typeof id === 'string' && id !== '') || typeof id === 'number')) {
    const effects = pending.get(String(id)) ?? new Map<string, Effect>()
    pending.set(String(id), effects)
    if (!effects.has(key)) effects.set(key, effect)
    return
  }
  await effect()
}
