import type { PayloadRequest } from 'payload'

/**
 * Effects that must follow a commit (e.g. the public cache's new version: if other processes saw it before the
 * change, they would cache the old content under it). Payload has no after-commit hook: its operations run
 * `afterChange`/`afterOperation` inside the request's transaction and then call the adapter's
 * `commitTransaction(req.transactionID)` (as do the app's own endpoints through Payload's `commitTransaction`).
 *
 * The adapter's `commitTransaction`/`rollbackTransaction` are wrapped in src/db/adapterExtensions.ts (the one
 * module that extends Payload's adapter) to run the effects registered here for a transaction right after it
 * commits, before the request that committed answers, and to drop them when it rolls back or the commit fails.
 * test/database/afterCommit.spec.ts fails if Payload stops committing through the adapter this way.
 */

type Effect = () => Promise<void>
/** Per transaction id, the effects registered for it, by key. */
export type PendingEffects = Map<string, Map<string, Effect>>

const PENDING = new WeakMap<object, PendingEffects>()

/** The effects waiting for the transactions of one adapter instance (`payload.db`). */
export const effectsAwaitingCommit = (adapter: object): PendingEffects => {
  let pending = PENDING.get(adapter)
  if (!pending) {
    pending = new Map()
    PENDING.set(adapter, pending)
  }
  return pending
}

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
