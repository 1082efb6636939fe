import { AsyncLocalStorage } from 'async_hooks'

/**
 * Marks the work of one anonymous public read (plugins/delivery/src/publicCache/withPublicReadCache.ts), so that the
 * PostgreSQL driver can run its statements on the connections reserved for such reads (src/db/postgresPool.ts):
 * writers hold or queue for every other connection under load, and a reader behind them waited as long as they
 * did, cache hits included (the public content version is read from the database on every request).
 */

// One store per process, whichever bundle (instrumentation, route handlers) loaded this module.
const KEY = Symbol.for('newsroom.db.publicReadScope')
const holder = globalThis as { [KEY]?: AsyncLocalStorage<true> }
const storage = (holder[KEY] ??= new AsyncLocalStorage<true>())

/** Runs `read` as an anonymous public read. Start it after `getPayload` resolved: timers Payload starts inherit the mark. */
export const asPublicRead = <T>(read: () => Promise<T>): Promise<T> => storage.run(true, read)

/** Whether the statement being started belongs to an anonymous public read. */
export const inPublicRead = (): boolean => storage.getStore() === true
