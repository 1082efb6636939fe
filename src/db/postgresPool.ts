import { createHash } from 'crypto'
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

/** Names of the prepared statements of anonymous public reads (those the driver names, nobody else's). */
const STATEMENT_PREFIX = 'newsroom_read_'

/**
 * The most prepared statements of anonymous public reads one connection keeps; the least recently used one is
 * deallocated when another would exceed it. PostgreSQL keeps each one's parse tree and plans in the connection's
 * memory: the single article read by slug about 0.35 MB, a referenced document's read 0.05–0.1 MB.
 */
export const PREPARED_READS_PER_CONNECTION = 32

/**
 * The statement's name as a prepared statement: an anonymous public read's SELECT given as a query config (as
 * drizzle gives every statement), named after its text. The same read then has PostgreSQL parse and plan nothing
 * again on a connection that ran it before (after five runs the server keeps a generic plan when it is no dearer
 * than the custom ones). Measured on 10 000 articles (bench:slug-reads --database postgres://…): an uncached single
 * read by slug (three statements) cost the server 1.3 ms CPU, then 0.4 ms, with the same answer. Statements outside
 * those reads (writers, transactions, signed-in reads, the admin) stay unnamed: their shapes are many and rarely
 * repeated, and DDL runs among them.
 */
const preparedName = (config: unknown): string | undefined => {
  const { name, text } = (config ?? {}) as { name?: unknown; text?: unknown }
  if (name !== undefined || typeof text !== 'string' || !/^\s*select\s/i.test(text))
    return undefined
  return STATEMENT_PREFIX + createHash('sha1').update(text).digest('base64url')
}

/**
 * Errors of a prepared statement that the same statement unnamed would not give: its cached plan's result columns
 * changed (a column's type altered since it was prepared: `cached plan must not change result type`), or the
 * server no longer has it (`DEALLOCATE ALL`, `DISCARD ALL` on the connection), or has one of that name this
 * connection did not prepare (a pooler in front of the server that hands out its connections per statement).
 */
const STALE_STATEMENT = new Set(['0A000', '26000', '42P05'])

type QueryResult = pg.QueryResult
type Callback = (error: Error | null | undefined, result?: QueryResult) => void

/**
 * A connection that keeps at most PREPARED_READS_PER_CONNECTION of the public reads' prepared statements (least
 * recently used out first) and answers a stale one as if it had not been prepared: deallocated, then run once
 * unnamed (a SELECT; the next read prepares it again).
 */
class PreparingClient extends pg.Client {
  /** This connection's public-read statements, least recently used first. */
  private readonly prepared = new Set<string>()

  // @ts-expect-error pg's overloads of `query` cannot be restated one by one; every other form is passed on as is.
  override query(config: unknown, values?: unknown, callback?: unknown) {
    const name = (config as { name?: unknown } | undefined)?.name
    if (typeof name !== 'string' || !name.startsWith(STATEMENT_PREFIX))
      return (super.query as (...a: unknown[]) => unknown)(config, values, callback)
    if (typeof values === 'function') [values, callback] = [undefined, values]
    const result = this.runPrepared(config as pg.QueryConfig, name, values as unknown[] | undefined)
    if (typeof callback !== 'function') return result
    result.then(
      (rows) => (callback as Callback)(undefined, rows),
      (error: Error) => (callback as Callback)(error),
    )
    return undefined
  }

  private async runPrepared(config: pg.QueryConfig, name: string, values?: unknown[]) {
    if (!this.prepared.delete(name) && this.prepared.size >= PREPARED_READS_PER_CONNECTION)
      this.deallocate(this.prepared.values().next().value as string)
    this.prepared.add(name)
    try {
      return await super.query<never>(config, values)
    } catch (error) {
      if (!STALE_STATEMENT.has((error as { code?: string }).code ?? '')) throw error
      this.deallocate(name)
      return await super.query<never>({ ...config, name: undefined }, values)
    }
  }

  /** Drops a prepared statement here and on the server (queued ahead of the statements asked for after it). */
  private deallocate(name: string) {
    this.prepared.delete(name)
    const parsed = (this as unknown as { connection: { parsedStatements: Record<string, string> } })
      .connection.parsedStatements
    delete parsed[name]
    super.query(`DEALLOCATE "${name}"`).catch(() => undefined)
  }
}

/**
 * The `pg` driver given to Payload's PostgreSQL adapter (its `pg` option): the same driver, whose Pool
 * - keeps `publicReadMax` connections of its own for anonymous public reads (plugins/shared/publicReadScope.ts): their
 *   statements never queue behind writers', whose transactions hold most connections under load and whose other
 *   statements fill the rest;
 * - runs those reads' SELECTs as prepared statements named after their text (preparedName above), so PostgreSQL
 *   parses and plans a repeated read once per connection, not on every request;
 * - survives lost connections: pg reports a connection the server closed (restart, idle timeout) as an `error`
 *   event on the pool or on the client, and Node ends the process on an `error` event nobody listens to. The
 *   pool drops such a connection and opens a new one when needed; a request that was using it fails with an
 *   error that is answered 503 (src/db/unavailableResponse.ts).
 */
export const postgresDriver = (warn: Warn): typeof pg => {
  class GuardedPool extends pg.Pool {
    constructor(options: pg.PoolConfig) {
      super({ ...options, Client: PreparingClient } as pg.PoolConfig)
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
     * Statements outside transactions, on the public reads' connections when one is being served, its SELECTs
     * prepared. Transactions (`connect`) always use the main pool: anonymous reads never open one.
     */
    override query(...args: unknown[]) {
      const publicRead = inPublicRead()
      const name = publicRead ? preparedName(args[0]) : undefined
      if (name) args[0] = { ...(args[0] as object), name }
      const pool = this.publicReads && publicRead ? this.publicReads : undefined
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
