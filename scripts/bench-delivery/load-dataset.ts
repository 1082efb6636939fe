/**
 * Loads a gen-dataset.mjs file (JSON lines) into a fresh SQLite database for `npm run bench:delivery` and
 * `npm run bench:scale`: 20 regions, 50 contributors (the dataset's authors), N published articles in their own
 * language (kk or ru) with a six-paragraph rich-text body, through the same importer as `npm run seed --
 * --articles N` (src/seed/bulk.ts: real publications, with version rows, report facts and ethics status; ends with
 * fresh planner statistics). The schema is built by the committed migrations, as in production.
 *
 * Usage: node --conditions=production scripts/run-ts.mjs scripts/bench-delivery/load-dataset.ts <dataset.jsonl> <db file>
 */
import fs from 'fs'
import path from 'path'

const [datasetFile, dbFile] = process.argv.slice(2)
if (!datasetFile || !dbFile) {
  console.error('usage: load-dataset.ts <dataset.jsonl> <db file>')
  process.exit(2)
}
for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${dbFile}${suffix}`, { force: true })
fs.mkdirSync(path.dirname(path.resolve(dbFile)), { recursive: true })
process.env.DATABASE_URI = `file:${path.resolve(dbFile)}`
process.env.SEED_ON_START = 'false'
process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn'
// The committed migrations build the schema (no dev-mode push), as `npm run migrate` does in production.
process.env.PAYLOAD_MIGRATING = 'true'

// Imported after the environment is set: the config reads DATABASE_URI when it loads.
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { importDataset } = await import('../../src/seed/bulk')
const { migrations } = await import('../../src/migrations/sqlite')

const payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrations as never })
const summary = await importDataset(payload, datasetFile, { log: (line) => console.error(line), logEvery: 1000 })
console.error(
  `loaded ${summary.regions.created} regions, ${summary.contributors.created} contributors, ${summary.articles.created} articles in ` +
    `${summary.seconds.toFixed(0)} s (${(summary.articles.created / summary.seconds).toFixed(0)} articles/s); ran ${summary.statistics}`,
)
await payload.destroy()
process.exit(0)
