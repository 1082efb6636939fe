/**
 * Loads a gen-dataset.mjs file (JSON lines) into a fresh benchmark database for `npm run bench:delivery` and
 * `npm run bench:scale`: 20 regions, 50 contributors (the dataset's authors) and N published articles in their own
 * language (kk or ru) with a six-paragraph rich-text body, through the same importer as `npm run seed --
 * --articles N` (src/seed/bulk.ts: real publications through the Local API with the project's hooks on, version rows,
 * report facts, AI-ethics status; ends with fresh planner statistics). The schema comes from the committed
 * migrations, as in production.
 *
 * Usage: node --conditions=production scripts/run-ts.mjs bench/delivery/load-dataset.ts <dataset.jsonl> <target>
 * <target>: a SQLite file path (or file:...), or postgres://.../<name> where the database name contains "bench"
 * (the database is dropped and created again).
 */
import fs from 'fs'
import path from 'path'
import pg from 'pg'

const [datasetFile, target] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
if (!datasetFile || !target) {
  console.error(
    'usage: load-dataset.ts <dataset.jsonl> <sqlite file | postgres://…/<name with "bench">>',
  )
  process.exit(2)
}
const isPostgres = /^postgres(ql)?:\/\//.test(target)

const recreatePostgres = async (uri: string) => {
  const url = new URL(uri)
  const database = decodeURIComponent(url.pathname.slice(1))
  // A loader that drops databases must not be pointed at a real one by a typo.
  if (!/^[a-z0-9_]*bench[a-z0-9_]*$/.test(database)) {
    throw new Error(
      `target: the PostgreSQL database name must contain "bench" (lowercase letters, digits, _), got "${database}"`,
    )
  }
  url.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: url.toString() })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    await admin.query(`CREATE DATABASE "${database}"`)
  } finally {
    await admin.end()
  }
}

if (isPostgres) {
  await recreatePostgres(target)
  process.env.DATABASE_URI = target
} else {
  const file = path.resolve(target.replace(/^file:(\/\/)?/, ''))
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    fs.rmSync(`${file}${suffix}`, { force: true })
  fs.mkdirSync(path.dirname(file), { recursive: true })
  process.env.DATABASE_URI = `file:${file}`
}
process.env.PAYLOAD_SECRET = process.env.PAYLOAD_SECRET || 'bench-delivery-secret'
process.env.SEED_ON_START = 'false'
process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn'
// The committed migrations build the schema (no dev-mode push), as `npm run migrate` does in production.
process.env.PAYLOAD_MIGRATING = 'true'

// Imported after the environment is set: the config reads DATABASE_URI when it loads.
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { importDataset } = await import('../../src/seed/bulk')
const { applyCommittedMigrations } = await import('../../src/db/migrations')

const payload = await getPayload({ config })
await applyCommittedMigrations(payload)
const summary = await importDataset(payload, datasetFile, {
  log: (line) => console.error(line),
  logEvery: 1000,
})
console.error(
  `loaded ${summary.regions.created} regions, ${summary.contributors.created} contributors, ${summary.articles.created} articles in ` +
    `${summary.seconds.toFixed(0)} s (${(summary.articles.created / summary.seconds).toFixed(0)} articles/s); ran ${summary.statistics}`,
)
await payload.destroy()
process.exit(0)
