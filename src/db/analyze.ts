import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, Payload } from 'payload'

type SqlAdapter = {
  drizzle: unknown
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown> | unknown
  name: string
}

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

type Upkeep = { analyzing?: Promise<void>; runs: number; writes: number }
/** Per database adapter (one per Payload instance): the upkeep `keepStatisticsFresh` started, if any. */
const UPKEEPS = new WeakMap<object, Upkeep & { sampledAnalyze: (why: string) => Promise<void> }>()

/** What the statistics upkeep of this Payload did so far (tests and the scale benchmark read it). */
export const statisticsUpkeep = (payload: Payload): Readonly<Upkeep> | undefined =>
  UPKEEPS.get(payload.db)

/**
 * Keeps the embedded SQLite database's planner statistics right as it grows, with no operator:
 * - at start-up a sampled `ANALYZE` (bounded by `analysis_limit`, fast on large tables);
 * - after every REANALYZE_AFTER_WRITES documents created or deleted in this process (counted by the hooks
 *   `countStatisticsWrites` adds), the same sampled `ANALYZE`, run beside the writes (never in their way), so
 *   statistics follow a bulk import or a busy day;
 * - every ten minutes `PRAGMA optimize`, SQLite's own check of the tables whose size changed.
 * Other adapters keep their own statistics (PostgreSQL's autovacuum analyses as tables grow).
 */
export const keepStatisticsFresh = async (payload: Payload): Promise<void> => {
  const db = payload.db as unknown as SqlAdapter
  if (db.name !== 'sqlite' || UPKEEPS.has(payload.db)) return
  const run = async (raw: string): Promise<unknown> => db.execute({ drizzle: db.drizzle, raw })
  const upkeep: Upkeep & { sampledAnalyze: (why: string) => Promise<void> } = {
    runs: 0,
    sampledAnalyze: async (why) => {
      try {
        await run(`PRAGMA analysis_limit = ${ANALYSIS_LIMIT}`)
        await run('ANALYZE')
        upkeep.runs += 1
      } catch (err) {
        payload.logger.error({ err, msg: `Could not refresh SQLite statistics (${why})` })
      }
    },
    writes: 0,
  }
  UPKEEPS.set(payload.db, upkeep)
  await upkeep.sampledAnalyze('start-up')

  setInterval(() => {
    run('PRAGMA optimize').catch((err: unknown) =>
      payload.logger.error({ err, msg: 'SQLite PRAGMA optimize failed' }),
    )
  }, OPTIMIZE_INTERVAL_MS).unref()
}

/** Counts one written document; past every REANALYZE_AFTER_WRITES-th, samples the statistics beside the writes. */
const countWrite = (payload: Payload): void => {
  const upkeep = UPKEEPS.get(payload.db)
  if (!upkeep) return
  upkeep.writes += 1
  if (upkeep.writes % REANALYZE_AFTER_WRITES === 0 && !upkeep.analyzing) {
    upkeep.analyzing = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => upkeep.sampledAnalyze(`after ${upkeep.writes} writes`))
      .finally(() => {
        upkeep.analyzing = undefined
      })
  }
}

const countCreated: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  if (operation === 'create') countWrite(req.payload)
  return doc
}

const countDeleted: CollectionAfterDeleteHook = ({ doc, req }) => {
  countWrite(req.payload)
  return doc
}

/**
 * Appends the write counting of `keepStatisticsFresh` to every collection of the config (documents created and
 * deleted are what makes statistics go stale; updates mostly keep row counts). Through Payload's own hooks, so no
 * adapter method is replaced; list it after the plugins that add collections. Does nothing unless the upkeep runs.
 */
export const countStatisticsWrites = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), countCreated],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), countDeleted],
    },
  })),
})
