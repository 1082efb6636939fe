import type { BaseDatabaseAdapter, Payload } from 'payload'

import { randomUUID } from 'crypto'

import { DatabaseBusyError, TransactionLostError } from './errors'
import { Slots } from './slots'

/**
 * Transactions for the SQL adapters (PostgreSQL, SQLite), in place of `@payloadcms/drizzle`'s.
 *
 * Payload keeps a transaction open across a whole operation (hooks included) by starting a Drizzle transaction
 * whose callback waits until `commitTransaction` or `rollbackTransaction` is called. Its version (3.90) swallows
 * every error of that Drizzle transaction, so a COMMIT that fails — the connection was cut by a database restart
 * or by `idle_in_transaction_session_timeout` — is reported as a success: the client gets 200/201 for a write the
 * database rolled back. Here the outcome of COMMIT is what `commitTransaction` returns or throws.
 *
 * Two more things Payload's version does not do:
 * - `maxOpen` bounds the transactions one process holds at once (PostgreSQL). A transaction holds a pooled
 *   connection for the whole operation, and Payload itself reads outside the request's transaction while holding
 *   it (e.g. the document-lock check of every REST update); with every connection held by a transaction waiting
 *   for another connection, nothing moves again. Keeping some connections for statements outside transactions
 *   means such a read always gets one. A transaction that cannot start within `waitMs` fails with
 *   DatabaseBusyError (503) instead of waiting for ever.
 * - A transaction whose connection is lost (server restart, idle timeout) is ended at once, so its connection and
 *   its place are given back even if the request that opened it never speaks again.
 *
 * The adapter contract is kept: `sessions[id].db` is the Drizzle transaction every adapter method uses for a
 * `req` with that `transactionID`.
 */

type Listener = (error?: unknown) => void
type DrizzleLike = {
  transaction: (run: (tx: unknown) => Promise<void>, config?: unknown) => Promise<void>
}
type Session = { db: unknown; reject: () => Promise<void>; resolve: () => Promise<void> }
type SqlAdapter = BaseDatabaseAdapter & {
  drizzle: DrizzleLike
  initializing: Promise<void>
  payload: Payload
  sessions: Record<string, Session>
  transactionOptions?: unknown
}

export type TransactionLimits = {
  /** Transactions this process may hold at once; more wait for a place. Unbounded when left out. */
  maxOpen?: number
  /** Longest wait for a place. */
  waitMs: number
}

/** Drizzle rolls back when the callback throws; this is what it throws for a requested rollback. */
const ROLLBACK_REQUESTED = Symbol('rollback requested')

/** The pg client under a Drizzle node-postgres transaction, when there is one (SQLite has none). */
const connectionOf = (
  tx: unknown,
):
  | undefined
  | {
      off: (event: 'error', listener: Listener) => unknown
      once: (event: 'error', listener: Listener) => unknown
    } => {
  const client = (tx as { session?: { client?: unknown } })?.session?.client as
    Record<string, unknown> | undefined
  return client && typeof client.once === 'function' && typeof client.off === 'function'
    ? (client as never)
    : undefined
}

const resolveId = async (id: number | Promise<number | string> | string) =>
  String(id instanceof Promise ? await id : id)

export const sqlTransactions = ({ maxOpen, waitMs }: TransactionLimits) => {
  const slots = maxOpen ? new Slots(maxOpen) : undefined

  async function beginTransaction(
    this: SqlAdapter,
    options?: Record<string, unknown>,
  ): Promise<string> {
    await this.initializing
    const release = slots
      ? await slots.acquire(waitMs, () => new DatabaseBusyError('Transactions', waitMs))
      : () => undefined

    let decide!: (commit: boolean) => void
    const decided = new Promise<boolean>((resolve) => (decide = resolve))
    let opened!: (tx: unknown) => void
    let failedToOpen!: (error: unknown) => void
    const ready = new Promise<unknown>((resolve, reject) => {
      opened = resolve
      failedToOpen = reject
    })
    const done = this.drizzle
      .transaction(async (tx) => {
        opened(tx)
        if (!(await decided)) throw ROLLBACK_REQUESTED
      }, options ?? this.transactionOptions)
      .finally(release)
    // Before the transaction opened, an error means it never did; afterwards commit/rollback report it.
    done.catch(failedToOpen)

    const tx = await ready
    const id = randomUUID()
    const connection = connectionOf(tx)
    // The connection was lost while the request was busy elsewhere: give the connection and the place back now.
    // The session stays, so that the request's next statement, or its commit, fails instead of writing outside
    // any transaction (Payload's adapter methods fall back to the pool for an unknown transaction id).
    const abandon = (cause?: unknown) => {
      if (!this.sessions[id]) return
      decide(false)
      const lost = new TransactionLostError(cause)
      this.sessions[id] = {
        db: tx,
        reject: () => Promise.resolve(),
        resolve: () => Promise.reject(lost),
      }
    }
    connection?.once('error', abandon)
    const finish = async (commit: boolean): Promise<void> => {
      decide(commit)
      try {
        await done
      } catch (error) {
        if (error === ROLLBACK_REQUESTED) return
        // A failed COMMIT is the write's failure; a failed ROLLBACK leaves nothing behind (the server ends the
        // transaction with its connection), so it is only worth a line in the log.
        if (commit) throw error
        this.payload.logger.warn({
          msg: `Rollback did not complete (${(error as Error)?.message ?? error}); the database ends the transaction with its connection`,
        })
      } finally {
        connection?.off('error', abandon)
      }
    }
    this.sessions[id] = { db: tx, reject: () => finish(false), resolve: () => finish(true) }
    return id
  }

  async function commitTransaction(
    this: SqlAdapter,
    incomingId: number | Promise<number | string> | string,
  ): Promise<void> {
    const id = await resolveId(incomingId)
    const session = this.sessions[id]
    if (!session) return
    delete this.sessions[id]
    await session.resolve()
  }

  async function rollbackTransaction(
    this: SqlAdapter,
    incomingId: number | Promise<number | string> | string,
  ): Promise<void> {
    const id = await resolveId(incomingId)
    const session = this.sessions[id]
    if (!session) return
    delete this.sessions[id]
    await session.reject()
  }

  return { beginTransaction, commitTransaction, rollbackTransaction, slots }
}
