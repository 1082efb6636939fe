import { numberSetting } from '../../plugins/shared/settings'
import { type MessageKey, type MessageParams } from '../errors/messages'
import { problemOf, StartupSettingError } from './startupError'

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

/** The app's problem (its catalogue, src/errors/messages.ts) for the shared reader: its key and the bounds. */
const appProblem = (key: MessageKey, bounds: Record<string, number>) => (params: MessageParams) =>
  problemOf(key, { ...params, ...bounds })

/**
 * A whole-number setting from the environment: the fallback when unset or empty; when bad, a one-line error naming
 * the variable, the value and what it may be, in the operator's language (StartupSettingError).
 */
export const wholeNumberSetting = (
  name: string,
  fallback: number,
  { max, min, zero = false }: { max?: number; min: number; zero?: boolean },
): number =>
  numberSetting(name, fallback, {
    accept: (value) =>
      Number.isInteger(value) &&
      ((value >= min && (max === undefined || value <= max)) || (zero && value === 0)),
    problem:
      max !== undefined
        ? appProblem('INVALID_SETTING.wholeNumberRange', { max, min })
        : appProblem(zero ? 'INVALID_SETTING.wholeNumberOrZero' : 'INVALID_SETTING.wholeNumber', {
            min,
          }),
  })

/**
 * A setting that is one of a few words (`AI_DETECTOR_ON_ERROR=flag|ignore`): the fallback when unset or empty; any
 * other word stops the start naming the variable, the value and the words allowed (not a silent fallback).
 */
export const choiceSetting = <Choice extends string>(
  name: string,
  fallback: Choice,
  choices: readonly Choice[],
): Choice => {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = raw.trim()
  if ((choices as readonly string[]).includes(value)) return value as Choice
  throw new StartupSettingError({
    key: 'INVALID_SETTING.oneOf',
    params: { allowed: choices.join(', '), name, value: raw },
  })
}

/** An on/off switch written `true` or `false`: the fallback when unset or empty; any other word is refused. */
export const switchSetting = (name: string, fallback: boolean): boolean =>
  choiceSetting(name, fallback ? 'true' : 'false', ['true', 'false']) === 'true'

/** A setting that may be any number above 0 (a fraction too): the fallback when unset or empty; else as above. */
export const positiveNumberSetting = (name: string, fallback: number): number =>
  numberSetting(name, fallback, {
    accept: (value) => value > 0,
    problem: appProblem('INVALID_SETTING.positiveNumber', {}),
  })

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
