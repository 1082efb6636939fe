import type { Payload } from 'payload'

type SqlAdapter = { drizzle: unknown; execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown> | unknown; name: string }

/**
 * Refreshes the query planner's statistics in full, after migrating, seeding or bulk loading. SQLite has none
 * until `ANALYZE` runs (the lookup indexes in lookupIndexes.ts keep the delivery queries fast without them, the
 * statistics let the planner choose well everywhere else); PostgreSQL's autovacuum catches up by itself
 * eventually, `ANALYZE` does it now. MongoDB needs nothing.
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

/** Rows each index's sampled `ANALYZE` reads at most: bounded cost however big the tables grow. */
export const ANALYSIS_LIMIT = 1000
/** Writes (documents and versions created or deleted through the adapter) after which SQLite's statistics are sampled again. */
export const REANALYZE_AFTER_WRITES = 5000
/** How often `PRAGMA optimize` re-checks the tables this process queries. */
export const OPTIMIZE_INTERVAL_MS = 10 * 60 * 1000

/** Adapter methods that add or remove rows: what makes statistics go stale (updates mostly keep row counts). */
const WRITES = ['create', 'createGlobalVersion', 'createVersion', 'deleteMany', 'deleteOne', 'deleteVersions', 'upsert'] as const

type Upkeep = { analyzing?: Promise<void>; runs: number; writes: number }
const UPKEEP = Symbol.for('newsroom.statisticsUpkeep')

/** What the statistics upkeep of this Payload did so far (tests and the scale benchmark read it). */
export const statisticsUpkeep = (payload: Payload): Readonly<Upkeep> | undefined =>
  (payload.db as unknown as { [UPKEEP]?: Upkeep })[UPKEEP]

/**
 * Keeps the embedded SQLite database's planner statistics right as it grows, with no operator:
 * - at start-up a sampled `ANALYZE` (bounded by `analysis_limit`, fast on large tables);
 * - after every REANALYZE_AFTER_WRITES writes by this process, the same sampled `ANALYZE`, run beside the
 *   writes (never in their way), so statistics follow a bulk import or a busy day;
 * - every ten minutes `PRAGMA optimize`, SQLite's own check of the tables whose size changed.
 * Other adapters keep their own statistics (PostgreSQL's autovacuum analyses as tables grow).
 */
export const keepStatisticsFresh = async (payload: Payload): Promise<void> => {
  const db = payload.db as unknown as SqlAdapter & Record<string, unknown> & { [UPKEEP]?: Upkeep }
  if (db.name !== 'sqlite' || db[UPKEEP]) return
  const upkeep: Upkeep = { runs: 0, writes: 0 }
  db[UPKEEP] = upkeep
  const run = async (raw: string): Promise<unknown> => db.execute({ drizzle: db.drizzle, raw })
  const sampledAnalyze = async (why: string) => {
    try {
      await run(`PRAGMA analysis_limit = ${ANALYSIS_LIMIT}`)
      await run('ANALYZE')
      upkeep.runs += 1
    } catch (err) {
      payload.logger.error({ err, msg: `Could not refresh SQLite statistics (${why})` })
    }
  }
  await sampledAnalyze('start-up')

  for (const method of WRITES) {
    const original = db[method]
    if (typeof original !== 'function') continue
    db[method] = async function (this: unknown, ...args: unknown[]) {
      const result = await (original as (...a: unknown[]) => Promise<unknown>).apply(this, args)
      upkeep.writes += 1
      if (upkeep.writes % REANALYZE_AFTER_WRITES === 0 && !upkeep.analyzing) {
        upkeep.analyzing = new Promise<void>((resolve) => setImmediate(resolve))
          .then(() => sampledAnalyze(`after ${upkeep.writes} writes`))
          .finally(() => {
            upkeep.analyzing = undefined
          })
      }
      return result
    }
  }

  setInterval(() => {
    run('PRAGMA optimize').catch((err: unknown) => payload.logger.error({ err, msg: 'SQLite PRAGMA optimize failed' }))
  }, OPTIMIZE_INTERVAL_MS).unref()
}
