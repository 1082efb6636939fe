import type {
  Client,
  Config,
  InArgs,
  InStatement,
  ResultSet,
  Transaction,
  TransactionMode,
} from '@libsql/client'

import { createClient } from '@libsql/client'

import { DatabaseBusyError, unavailabilityOf } from './errors'
import { inPublicRead } from '../../plugins/shared/publicReadScope'
import { Slots } from './slots'

type Warn = (message: string) => void

/**
 * Every connection's settings. Payload's adapter applies its own (`wal`, `busyTimeout`) only to a client it creates
 * itself, so they are here: WAL (readers never wait for the writer, and a COMMIT never waits for readers), its
 * size limit, and full durability of each commit. No busy timeout: waits for the lock are asynchronous (below).
 */
export const SQLITE_CONNECTION_SETTINGS = [
  'PRAGMA journal_mode = WAL',
  'PRAGMA journal_size_limit = 67108864',
  'PRAGMA synchronous = FULL',
]

export type SqliteClientOptions = {
  /** Longest a statement or transaction waits for the write lock (this process's writer, then other processes'). */
  waitMs: number
  /** A transaction that runs no statement for this long is rolled back and the write lock freed (0: never). */
  idleTransactionMs: number
  warn: Warn
}

const sqlOf = (stmt: InStatement) => (typeof stmt === 'string' ? stmt : stmt.sql)
const withArgs = (stmt: InStatement, args?: InArgs): InStatement =>
  args === undefined || typeof stmt !== 'string' ? stmt : { args, sql: stmt }

/** Statements that only read: they run beside the writer, on their own connection (WAL lets readers go on while one writes). */
const isRead = (sql: string) =>
  /^\s*(select|explain)\b/i.test(sql) ||
  (/^\s*with\b/i.test(sql) && !/\b(insert|update|delete|replace)\b/i.test(sql))
/** Connection settings: applied to both connections, and to a reopened one. */
const isPragma = (sql: string) => /^\s*pragma\b/i.test(sql)
const isSetting = (sql: string) =>
  /^\s*pragma\s+[\w.]+\s*=/i.test(sql) && !/journal_mode/i.test(sql)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Gives the event loop a turn (setImmediate: requests that arrived meanwhile are read first) before a statement of
 * anything but an anonymous public read. libsql is synchronous: a statement resolves at once, so without this a
 * whole write — its hooks, validation and every statement — ran as one chain of microtasks, and no request that
 * arrived meanwhile was even read; under `npm run test:load` (50 writers, two workers) readers, cache hits too,
 * waited for such chains. Public reads (src/db/publicReadScope.ts) take no turn: they are the ones the turns are
 * for, and they are short. Statements inside a writer transaction take none either: it holds SQLite's write lock,
 * which the other server processes wait for — with turns there, under that load, they waited past the limit (503).
 */
const yieldTurn = (): Promise<void> | undefined =>
  inPublicRead() ? undefined : new Promise((resolve) => setImmediate(resolve))

const isBusy = (error: unknown) => unavailabilityOf(error) === 'DATABASE_BUSY'

/** Growing pauses between attempts, with jitter so that two processes do not retry in step; never past `deadline`. */
const pauseBefore = (attempt: number, deadline: number) => {
  const pause = Math.min(2 ** (attempt + 1), 50)
  return sleep(Math.min(pause + Math.random() * pause, Math.max(1, deadline - Date.now())))
}

/**
 * One connection, with the settings applied before its first statement, that is opened again after SQLITE_BUSY.
 * A statement that failed with SQLITE_BUSY stays active until the driver finalizes it (libsql leaves that to the
 * garbage collector): on the reader it would hold an old snapshot for every later read, on the writer it makes
 * COMMIT fail ("SQL statements in progress"). Closing the connection finalizes it; the new one gets the same
 * settings (the `PRAGMA x = y` statements run so far) before anything else runs on it.
 */
class Connection {
  private current: Client
  private configured = false

  constructor(
    private readonly config: Config,
    private readonly settings: InStatement[],
  ) {
    this.current = createClient(config)
  }

  get client(): Client {
    return this.current
  }

  /**
   * Runs `attempt` on this connection, settings first when it has none yet. While SQLite answers SQLITE_BUSY —
   * another process holds the write lock, or, for the settings of a new connection, the lock that switching the
   * file to WAL needs (cluster workers start together) — it runs again on a fresh connection after short growing
   * pauses, until `deadline`, then fails with DatabaseBusyError. Waiting here, and not in SQLite's own busy
   * handler, keeps the event loop free: the driver is synchronous, so a busy handler would stop every other
   * request of the process while it waits.
   */
  async run<T>(
    attempt: (client: Client) => Promise<T>,
    deadline: number,
    waitMs: number,
  ): Promise<T> {
    for (let tries = 0; ; tries++) {
      const client = this.current
      try {
        if (!this.configured) {
          for (const setting of this.settings) await client.execute(setting)
          this.configured = true
        }
        return await attempt(client)
      } catch (error) {
        if (!isBusy(error)) throw error
        if (client === this.current) {
          this.current = createClient(this.config)
          this.configured = false
          client.close()
        }
        if (Date.now() >= deadline)
          throw new DatabaseBusyError('The SQLite write lock', waitMs, { cause: error })
        await pauseBefore(tries, deadline)
      }
    }
  }
}

/**
 * The libsql client given to Payload's SQLite adapter, so that its writes can run in transactions under load.
 *
 * SQLite has one writer at a time. libsql's own client opens each transaction on its current connection and
 * lazily opens a new one for everything else, without the busy timeout set on the first; it is synchronous, so a
 * second writer in the same process would either fail at once (SQLITE_BUSY) or, with a busy timeout, block the
 * whole process while the first — which needs that process to finish — holds the lock. Here instead:
 * - one connection writes, one reads; reads never wait (WAL);
 * - writes and transactions of this process queue for the writer in order (`Slots` of one), for at most `waitMs`;
 *   then they fail with DatabaseBusyError, answered 503 with Retry-After;
 * - the lock of other processes (cluster workers, scripts) is waited for with asynchronous retries, within the
 *   same limit;
 * - transactions begin IMMEDIATE (the write lock is taken at BEGIN: no deadlocking upgrade from read to write),
 *   and one idle longer than `idleTransactionMs` is rolled back so a stuck request cannot hold the lock.
 */
export const createSqliteClient = (
  config: Config,
  { idleTransactionMs, waitMs, warn }: SqliteClientOptions,
): Client => {
  const settings: InStatement[] = [...SQLITE_CONNECTION_SETTINGS]
  const reader = new Connection(config, settings)
  const writer = new Connection(config, settings)
  const writerSlot = new Slots(1)
  // Settings first (the writer's switches the file to WAL before anything else touches it).
  const configure = (connection: Connection, deadline: number) =>
    connection.run(async () => undefined, deadline, waitMs)
  const startDeadline = Date.now() + waitMs
  const configured = configure(writer, startDeadline).then(() => configure(reader, startDeadline))

  /** Waits for the writer; returns its release. */
  const takeWriter = async (deadline: number) =>
    writerSlot.acquire(
      Math.max(1, deadline - Date.now()),
      () => new DatabaseBusyError('The SQLite write lock', waitMs),
    )

  const write = async <T>(run: (client: Client) => Promise<T>): Promise<T> => {
    await configured
    await yieldTurn()
    const deadline = Date.now() + waitMs
    const release = await takeWriter(deadline)
    try {
      return await writer.run(run, deadline, waitMs)
    } finally {
      release()
    }
  }

  const read = async <T>(run: (client: Client) => Promise<T>): Promise<T> => {
    await configured
    const turn = yieldTurn()
    if (turn) await turn
    return reader.run(run, Date.now() + waitMs, waitMs)
  }

  /** Takes the writer and begins: the write lock is held from here until the transaction ends. */
  const begin = async (mode: TransactionMode): Promise<Transaction> => {
    await configured
    await yieldTurn()
    const deadline = Date.now() + waitMs
    const release = await takeWriter(deadline)
    try {
      const statement = mode === 'write' ? 'BEGIN IMMEDIATE' : 'BEGIN DEFERRED'
      const client = await writer.run(
        async (candidate) => (await candidate.execute(statement), candidate),
        deadline,
        waitMs,
      )
      return writerTransaction({ idleTransactionMs, release, warn, writer: client })
    } catch (error) {
      release()
      throw error
    }
  }

  const transaction = async (mode: TransactionMode = 'write'): Promise<Transaction> => {
    await configured
    return lazyTransaction({
      begin: () => begin(mode),
      read: (stmt) => read((c) => c.execute(stmt)),
    })
  }

  const client: Client = {
    batch: (stmts, mode) =>
      mode === 'read' ? read((c) => c.batch(stmts, mode)) : write((c) => c.batch(stmts, mode)),
    close: () => {
      reader.client.close()
      writer.client.close()
    },
    get closed() {
      return reader.client.closed || writer.client.closed
    },
    execute: (async (stmtOrSql: InStatement, args?: InArgs): Promise<ResultSet> => {
      const stmt = withArgs(stmtOrSql, args)
      const sql = sqlOf(stmt)
      if (isRead(sql)) return read((c) => c.execute(stmt))
      const result = await write((c) => c.execute(stmt))
      if (isPragma(sql)) {
        if (isSetting(sql)) settings.push(stmt)
        return read((c) => c.execute(stmt))
      }
      return result
    }) as Client['execute'],
    executeMultiple: (sql) => write((c) => c.executeMultiple(sql)),
    migrate: (stmts) => write((c) => c.migrate(stmts)),
    protocol: reader.client.protocol,
    sync: () => reader.client.sync(),
    transaction: transaction as Client['transaction'],
  }
  CLIENTS.add(client)
  return client
}

const CLIENTS = new WeakSet<object>()

/** Whether `client` was made by `createSqliteClient` (the adapter contract spec checks Payload kept it). */
export const isAppSqliteClient = (client: unknown): boolean =>
  typeof client === 'object' && client !== null && CLIENTS.has(client)

/** An error for a statement on a transaction that has ended; answered 503 like a lost connection. */
const closedTransaction = (why: string) =>
  Object.assign(new Error(`The transaction is closed: ${why}`), { code: 'DATABASE_UNAVAILABLE' })

/** The parts both transactions below share: statements one after another, in order; no `executeMultiple`. */
const transactionOf = ({
  closed,
  end,
  execute,
}: {
  closed: () => boolean
  end: (how: 'commit' | 'rollback') => Promise<void>
  execute: (stmt: InStatement) => Promise<ResultSet>
}): Transaction => ({
  batch: async (stmts) => {
    const results: ResultSet[] = []
    for (const stmt of stmts) results.push(await execute(stmt))
    return results
  },
  close: () => {
    void end('rollback').catch(() => undefined)
  },
  get closed() {
    return closed()
  },
  commit: () => end('commit'),
  execute: ((stmtOrSql: InStatement, args?: InArgs) =>
    execute(withArgs(stmtOrSql, args))) as Transaction['execute'],
  executeMultiple: () =>
    Promise.reject(
      new Error('executeMultiple is not available inside a transaction of this client'),
    ),
  rollback: () => end('rollback'),
})

/**
 * A transaction that takes the write lock at its first write, not when Payload opens it. Payload opens one at the
 * start of every operation and keeps it across the operation's hooks; an upload's image sizes are made before its
 * first write, and holding the one SQLite writer through that would queue every other write of the process behind
 * image processing (twelve uploads at once: most waited past the limit and got 503). Reads before the first write
 * see the committed state on the reader connection, as reads of a deferred transaction would; from the first write
 * on, every statement runs in the writer's transaction.
 */
const lazyTransaction = ({
  begin,
  read,
}: {
  begin: () => Promise<Transaction>
  read: (stmt: InStatement) => Promise<ResultSet>
}): Transaction => {
  let started: Promise<Transaction> | undefined
  let inner: Transaction | undefined
  let endedBeforeStart = false
  const writing = () => (started ??= begin().then((transaction) => (inner = transaction)))

  const execute = async (stmt: InStatement): Promise<ResultSet> => {
    if (endedBeforeStart) throw closedTransaction('it ended before its first write')
    if (!started && isRead(sqlOf(stmt))) return read(stmt)
    return (await writing()).execute(stmt)
  }
  const end = async (how: 'commit' | 'rollback'): Promise<void> => {
    if (!started) {
      endedBeforeStart = true
      return
    }
    await (await started)[how]()
  }

  return transactionOf({ closed: () => endedBeforeStart || Boolean(inner?.closed), end, execute })
}

/** A transaction on the writer connection, which holds the writer until it commits, rolls back or idles too long. */
const writerTransaction = ({
  idleTransactionMs,
  release,
  warn,
  writer,
}: {
  idleTransactionMs: number
  release: () => void
  warn: Warn
  writer: Client
}): Transaction => {
  let closedBecause: string | undefined
  let timer: NodeJS.Timeout | undefined

  const end = async (how: 'commit' | 'rollback') => {
    clearTimeout(timer)
    if (closedBecause) {
      if (how === 'commit') throw closedTransaction(closedBecause)
      return
    }
    closedBecause = how === 'commit' ? 'committed' : 'rolled back'
    try {
      await writer.execute(how === 'commit' ? 'COMMIT' : 'ROLLBACK')
    } catch (error) {
      if (how === 'commit') await writer.execute('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      release()
    }
  }

  const watchIdle = () => {
    if (!idleTransactionMs) return
    clearTimeout(timer)
    timer = setTimeout(() => {
      if (closedBecause) return
      warn(
        `SQLite transaction idle for ${idleTransactionMs} ms (DATABASE_IDLE_TRANSACTION_TIMEOUT_MS): rolled back, write lock freed`,
      )
      end('rollback')
        .then(() => {
          closedBecause = `rolled back after ${idleTransactionMs} ms without a statement`
        })
        .catch(() => undefined)
    }, idleTransactionMs)
    timer.unref()
  }

  const execute = async (stmt: InStatement): Promise<ResultSet> => {
    if (closedBecause) throw closedTransaction(closedBecause)
    clearTimeout(timer)
    try {
      return await writer.execute(stmt)
    } finally {
      watchIdle()
    }
  }

  watchIdle()
  return transactionOf({ closed: () => closedBecause !== undefined, end, execute })
}
