/**
 * `npm run db:analyze`: refreshes the database's planner statistics (SQLite `ANALYZE` + `PRAGMA optimize`,
 * PostgreSQL `ANALYZE`) for the configured DATABASE_URI. Run it after importing or bulk-loading content.
 */
process.env.SEED_ON_START = 'false'
process.env.JOBS_AUTORUN = 'false'

const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { refreshDatabaseStatistics } = await import('../src/db/analyze')
const payload = await getPayload({ config })
const ran = await refreshDatabaseStatistics(payload)
console.log(ran ? `ran ${ran}` : `nothing to do for the ${payload.db.name} adapter`)
await payload.destroy()
process.exit(0)

export {}
