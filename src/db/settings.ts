import { StartupSettingError } from './startupError'

/**
 * How the app uses its database under load: pool size and the time limits that turn "waits forever" into a
 * prompt 503. Read from the environment when the database connects (so scripts can adjust them first); a bad
 * value stops the start with one line naming the variable.
 */
export type DatabaseSettings = {
  /** DATABASE_POOL_MAX: PostgreSQL connections per server process. @default 10 */
  poolMax: number
  /**
   * DATABASE_POOL_TIMEOUT_MS: longest a request waits for a PostgreSQL connection or for SQLite's write lock;
   * past it the request is answered 503 (code DATABASE_BUSY) with `Retry-After`. @default 5000
   */
  poolTimeoutMs: number
  /** DATABASE_STATEMENT_TIMEOUT_MS: PostgreSQL cancels a statement running longer (0 = no limit). @default 30000 */
  statementTimeoutMs: number
  /**
   * DATABASE_IDLE_TRANSACTION_TIMEOUT_MS: a transaction that runs no statement for this long is ended (PostgreSQL
   * closes the session, SQLite rolls back and frees the write lock), so a stuck request cannot hold the database.
   * @default 60000
   */
  idleTransactionTimeoutMs: number
}

export const DATABASE_DEFAULTS: DatabaseSettings = {
  idleTransactionTimeoutMs: 60_000,
  poolMax: 10,
  poolTimeoutMs: 5_000,
  statementTimeoutMs: 30_000,
}

/** The smallest pool that can always make progress: one connection Payload keeps, one for a transaction, one for statements outside it. */
export const MIN_POOL = 3

/**
 * A whole-number setting from the environment: the fallback when unset; when bad, a one-line error naming the
 * variable, the value and what it may be, in the operator's language (StartupSettingError).
 */
export const wholeNumberSetting = (
  name: string,
  fallback: number,
  { min, zero = false }: { min: number; zero?: boolean },
): number => {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (Number.isInteger(value) && (value >= min || (zero && value === 0))) return value
  throw new StartupSettingError({
    key: zero ? 'INVALID_SETTING.wholeNumberOrZero' : 'INVALID_SETTING.wholeNumber',
    params: { min, name, value: raw },
  })
}

/**
 * The settings in force. Scripts that migrate or bulk-load (PAYLOAD_MIGRATING=true) run without a statement
 * limit unless one is set: building an index on a large table may take longer than any request should.
 */
export const databaseSettings = (): DatabaseSettings => ({
  idleTransactionTimeoutMs: wholeNumberSetting(
    'DATABASE_IDLE_TRANSACTION_TIMEOUT_MS',
    DATABASE_DEFAULTS.idleTransactionTimeoutMs,
    { min: 1000, zero: true },
  ),
  poolMax: wholeNumberSetting('DATABASE_POOL_MAX', DATABASE_DEFAULTS.poolMax, { min: MIN_POOL }),
  poolTimeoutMs: wholeNumberSetting('DATABASE_POOL_TIMEOUT_MS', DATABASE_DEFAULTS.poolTimeoutMs, {
    min: 100,
  }),
  statementTimeoutMs: wholeNumberSetting(
    'DATABASE_STATEMENT_TIMEOUT_MS',
    process.env.PAYLOAD_MIGRATING === 'true' ? 0 : DATABASE_DEFAULTS.statementTimeoutMs,
    { min: 100, zero: true },
  ),
})

/** How one process's PostgreSQL connections (DATABASE_POOL_MAX) are shared out. */
export type PoolShares = {
  /** Connections reserved for anonymous public reads (src/db/postgresPool.ts): writers never hold them. */
  publicReads: number
  /** The pool everything else uses: Payload's adapter keeps one, transactions hold some, the rest run statements outside them. */
  main: number
  /** Transactions the process holds at once (src/db/transactions.ts). */
  transactions: number
}

/**
 * - a fifth for anonymous public reads, when the pool has at least 5 (smaller pools share everything);
 * - of the rest, one kept by Payload's adapter to watch the server, a quarter (at least one) for statements
 *   outside transactions — Payload reads outside the request's transaction while holding it (e.g. the
 *   document-lock check of every REST update), so such a read must always find one — and the others for
 *   transactions.
 */
export const poolShares = (poolMax: number): PoolShares => {
  const publicReads = poolMax >= 5 ? Math.floor(poolMax / 5) : 0
  const main = poolMax - publicReads
  return { main, publicReads, transactions: main - 1 - Math.max(1, Math.floor(main / 4)) }
}
