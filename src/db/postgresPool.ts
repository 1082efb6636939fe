import pg from 'pg'

import { inPublicRead } from '../../plugins/shared/publicReadScope'
import { troubleRecorder } from './requestTrouble'
import { databaseSettings, poolShares } from './settings'

type Warn = (message: string) => void

const reasonOf = (error: unknown) => {
  const err = error as { code?: string; message?: string }
  return [err?.code, err?.message].filter(Boolean).join(' ') || String(error)
}

/** The pool options the app passes to Payload's PostgreSQL adapter (its `pool` option). */
export type NewsroomPoolConfig = pg.PoolConfig & {
  /** Connections kept apart for anonymous public reads (0: they share the pool). */
  publicReadMax?: number
}

/**
 * Payload's `pool` option: the connection string, and the size and time limits of the database settings
 * (src/db/settings.ts) — `max`, the wait for a connection (`connectionTimeoutMillis`), the session's
 * `statement_timeout` and `idle_in_transaction_session_timeout`. They are read when Payload creates the pool (it
 * copies these options when it connects), not when the configuration is built: scripts set PAYLOAD_MIGRATING
 * (no statement limit) after importing the configuration.
 */
export const postgresPoolOptions = (connectionString: string): NewsroomPoolConfig => ({
  connectionString,
  get connectionTimeoutMillis() {
    return databaseSettings().poolTimeoutMs
  },
  get idle_in_transaction_session_timeout() {
    return databaseSettings().idleTransactionTimeoutMs || undefined
  },
  get max() {
    return poolShares(databaseSettings().poolMax).main
  },
  get publicReadMax() {
    return poolShares(databaseSettings().poolMax).publicReads
  },
  get statement_timeout() {
    return databaseSettings().statementTimeoutMs || undefined
  },
})

/**
 * The `pg` driver given to Payload's PostgreSQL adapter (its `pg` option): the same driver, whose Pool
 * - keeps `publicReadMax` connections of its own for anonymous public reads (plugins/shared/publicReadScope.ts): their
 *   statements never queue behind writers', whose transactions hold most connections under load and whose other
 *   statements fill the rest;
 * - survives lost connections: pg reports a connection the server closed (restart, idle timeout) as an `error`
 *   event on the pool or on the client, and Node ends the process on an `error` event nobody listens to. The
 *   pool drops such a connection and opens a new one when needed; a request that was using it fails with an
 *   error that is answered 503 (src/db/unavailableResponse.ts).
 */
export const postgresDriver = (warn: Warn): typeof pg => {
  class GuardedPool extends pg.Pool {
    constructor(options: pg.PoolConfig) {
      super(options)
      // Every connection gets a listener for its whole life, idle or in use; the pool's own event (an idle
      // connection lost) is then already logged.
      this.on('connect', (client) => {
        client.on('error', (error) => {
          warn(
            `PostgreSQL connection lost (${reasonOf(error)}); the pool opens a new one when needed`,
          )
          this.forget(client)
        })
      })
      this.on('error', () => undefined)
    }

    /** Statements outside transactions: a failure is also noted for the request being served (./requestTrouble.ts). */
    // @ts-expect-error pg's overloads of `query` cannot be restated one by one; every form is passed on as is.
    override query(...args: unknown[]) {
      const record = troubleRecorder()
      const last = args.at(-1)
      if (record && typeof last === 'function') {
        args[args.length - 1] = (error: unknown, ...rest: unknown[]) => {
          if (error) record(error)
          return (last as (...a: unknown[]) => unknown)(error, ...rest)
        }
      }
      const result = (super.query as (...a: unknown[]) => unknown)(...args)
      if (record && result instanceof Promise) result.catch(record)
      return result
    }

    /**
     * A dead connection stops counting against `max` at once. pg-pool drops one that dies while idle, but one
     * that dies while checked out only when it is released — and the connection Payload's adapter keeps at
     * start-up is never released, so each one lost would shrink the pool for good. When the holder does release
     * it, pg-pool sees it is dead and closes it.
     */
    private forget(client: pg.PoolClient) {
      const pool = this as unknown as { _clients?: pg.PoolClient[] }
      if (Array.isArray(pool._clients))
        pool._clients = pool._clients.filter((candidate) => candidate !== client)
    }
  }

  class NewsroomPool extends GuardedPool {
    /** The connections of anonymous public reads, when the pool is big enough to keep some apart. */
    readonly publicReads?: GuardedPool

    constructor({ publicReadMax, ...options }: NewsroomPoolConfig = {}) {
      super(options)
      if (publicReadMax) this.publicReads = new GuardedPool({ ...options, max: publicReadMax })
    }

    /**
     * Statements outside transactions, on the public reads' connections when one is being served. Transactions
     * (`connect`) always use the main pool: anonymous reads never open one.
     */
    override query(...args: unknown[]) {
      const pool = this.publicReads && inPublicRead() ? this.publicReads : undefined
      return pool
        ? (pool.query as (...a: unknown[]) => unknown)(...args)
        : (super.query as (...a: unknown[]) => unknown)(...args)
    }

    /** pg's `end` takes a callback or returns a promise: both pools are ended, then the callback. */
    override async end(callback?: (error?: Error) => void) {
      try {
        await Promise.all([this.publicReads?.end(), super.end()])
        callback?.()
      } catch (error) {
        if (!callback) throw error
        callback(error as Error)
      }
    }
  }
  return { ...pg, Pool: NewsroomPool } as typeof pg
}
