import type { DatabaseAdapterObj, PayloadRequest } from 'payload'

import type { DatabaseKind } from './databaseAdapter'

import { effectsAwaitingCommit } from '../../plugins/shared/afterCommit'
import { databaseSettings, type DatabaseSettings, poolShares } from './settings'
import { createSqliteClient } from './sqliteClient'
import { checkBeforeConnect } from './startupChecks'
import { orStopStart } from './startupError'
import { sqlTransactions } from './transactions'

/**
 * The one place where the app changes an instance of Payload's database adapter (3.90.1). Everything else goes
 * through options Payload offers: the PostgreSQL pool's size and time limits are its `pool` option, the `pg`
 * driver its `pg` option (src/db/postgresPool.ts), statistics upkeep and cache invalidation are collection hooks.
 * What is left cannot be had from an option or a hook; each extension is installed on the instance
 * `adapter.init()` returns, before Payload connects it:
 *
 * 1. Transactions (PostgreSQL, SQLite): `beginTransaction`, `commitTransaction` and `rollbackTransaction` are
 *    src/db/transactions.ts. Payload's own swallow every error of the Drizzle transaction they hold open, so a
 *    COMMIT the database refused (connection cut by a restart or by the idle timeout) answers 200/201 for a write
 *    that was rolled back; and nothing bounds how many transactions hold a pooled connection, so with every
 *    connection held by a transaction whose request waits for another one, nothing moves again. Payload's
 *    `transactionOptions` only chooses the options of each transaction (isolation level), or turns them off.
 * 2. SQLite's client (SQLite): the instance's `client` is src/db/sqliteClient.ts's, set before `connect`, which
 *    keeps a client already there. Payload's `client` option only takes libsql's connection settings, and its
 *    `busyTimeout`/`wal` options make a second writer of the process either fail at once or block the whole
 *    process (libsql is synchronous) while the first — which needs that process to finish — holds the lock.
 * 3. Effects after commit (every adapter): `commitTransaction`/`rollbackTransaction` are wrapped so that what
 *    plugins/shared/afterCommit.ts registered for a transaction runs once it committed, and is dropped when it rolls
 *    back. Payload has no after-commit hook: `afterChange`/`afterOperation` run inside the transaction.
 * 4. Start-up checks (every adapter): `connect` first checks the server answers and the schema's state
 *    (src/db/startupChecks.ts). Payload's `connect` would print a stack trace for a wrong DATABASE_URI, and ask on
 *    the keyboard before pushing into a database the migrations built.
 *
 * Read, not replaced: src/db/documentWriteLock.ts runs a PostgreSQL advisory lock on `sessions[id].db`, the
 * transaction of the request (the shape extension 1 keeps), and src/db/analyze.ts runs statements through the
 * adapter's own `execute`.
 *
 * test/database/adapterContract.spec.ts pins the Payload behaviour each one relies on (the `sessions` map and the
 * transaction id, `connect` keeping a preset SQLite client, `init` returning the instance Payload then connects,
 * commits going through the adapter's `commitTransaction`, and Payload's own transactions still swallowing a
 * failed COMMIT): a Payload upgrade that changes any of them fails a test there by name.
 */

/** Where the drivers report lost connections: the console until Payload's logger is there. */
export type DriverLog = { warn: (msg: string) => void }

type Instance = ReturnType<DatabaseAdapterObj['init']> & { client?: unknown; push?: boolean }
type TransactionId = number | Promise<number | string> | string

const resolveId = async (id: TransactionId) => String(id instanceof Promise ? await id : id)

/** Settings in force for this process; a bad value stops the start with one line naming the variable. */
const settingsOrStop = (): DatabaseSettings => orStopStart(databaseSettings)

/** 1 and 2: the SQL adapters' transactions and SQLite's client. */
const installSqlTransactions = (
  instance: Instance,
  kind: 'postgres' | 'sqlite',
  uri: string,
  warn: (msg: string) => void,
) => {
  const settings = settingsOrStop()
  const { beginTransaction, commitTransaction, rollbackTransaction } = sqlTransactions({
    maxOpen: kind === 'postgres' ? poolShares(settings.poolMax).transactions : undefined,
    waitMs: settings.poolTimeoutMs,
  })
  Object.assign(instance, { beginTransaction, commitTransaction, rollbackTransaction })
  if (kind === 'sqlite')
    instance.client = createSqliteClient(
      { url: uri },
      {
        idleTransactionMs: settings.idleTransactionTimeoutMs,
        waitMs: settings.poolTimeoutMs,
        warn,
      },
    )
}

/** 3: effects registered with `afterCommit` run after their transaction commits. */
const installAfterCommit = (instance: Instance) => {
  const pending = effectsAwaitingCommit(instance)
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
}

/** 4: the checks before Payload connects. */
const installStartupChecks = (
  instance: Instance,
  kind: DatabaseKind,
  uri: string,
  logger: PayloadRequest['payload']['logger'],
) => {
  const connect = instance.connect?.bind(instance)
  if (!connect) return
  instance.connect = async (options) => {
    await checkBeforeConnect({ instance, kind, logger, uri })
    return connect(options)
  }
}

/** Payload's adapter for `kind`, with the extensions above installed on the instance its `init` returns. */
export const extendAdapter = (
  adapter: DatabaseAdapterObj,
  { kind, log, uri }: { kind: DatabaseKind; log?: DriverLog; uri: string },
): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args) as Instance
    const warn = (msg: string) => args.payload.logger.warn({ msg })
    if (log) log.warn = warn
    if (kind === 'postgres' || kind === 'sqlite') installSqlTransactions(instance, kind, uri, warn)
    installAfterCommit(instance)
    installStartupChecks(instance, kind, uri, args.payload.logger)
    return instance
  },
})
