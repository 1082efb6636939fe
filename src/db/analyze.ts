import type { Payload } from 'payload'

type SqlAdapter = { drizzle: unknown; execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown> | unknown; name: string }

/**
 * Refreshes the query planner's statistics after bulk loading. SQLite has none until `ANALYZE` runs, and without
 * them it picks poor plans for the localized list queries (a 10k-article list took minutes); PostgreSQL's
 * autovacuum catches up by itself eventually, `ANALYZE` does it now. MongoDB needs nothing.
 * Returns what it ran, or undefined for adapters without statistics to refresh.
 */
export const refreshDatabaseStatistics = async (payload: Payload): Promise<string | undefined> => {
  const db = payload.db as unknown as SqlAdapter
  if (db.name === 'sqlite') {
    await db.execute({ drizzle: db.drizzle, raw: 'ANALYZE' })
    await db.execute({ drizzle: db.drizzle, raw: 'PRAGMA optimize' })
    return 'ANALYZE; PRAGMA optimize'
  }
  if (db.name === 'postgres') {
    await db.execute({ drizzle: db.drizzle, raw: 'ANALYZE' })
    return 'ANALYZE'
  }
  return undefined
}

const HOURLY = 60 * 60 * 1000

/**
 * Keeps the embedded SQLite database's planner statistics right as it grows, with no operator: at start-up a
 * sampled `ANALYZE` (bounded by `analysis_limit`, fast on large tables), then `PRAGMA optimize` every hour,
 * which re-analyses the tables whose size changed. Other adapters keep their own statistics.
 */
export const keepStatisticsFresh = async (payload: Payload): Promise<void> => {
  const db = payload.db as unknown as SqlAdapter
  if (db.name !== 'sqlite') return
  const run = async (raw: string): Promise<unknown> => db.execute({ drizzle: db.drizzle, raw })
  try {
    await run('PRAGMA analysis_limit = 1000')
    await run('ANALYZE')
  } catch (err) {
    payload.logger.error({ err, msg: 'Could not refresh SQLite statistics at start-up' })
  }
  setInterval(() => {
    run('PRAGMA optimize').catch((err: unknown) => payload.logger.error({ err, msg: 'SQLite PRAGMA optimize failed' }))
  }, HOURLY).unref()
}
