/**
 * Applies the committed migrations of the configured SQL database (`npm run migrate`), checks the result and
 * refreshes the planner statistics (a migration may add indexes or move data); MongoDB needs none. Run through
 * scripts/run-ts.mjs rather than Payload's CLI (see there why).
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { refreshDatabaseStatistics } from '../src/db/analyze'
import { databaseKind, DEFAULT_DATABASE_URI } from '../src/db/databaseAdapter'
import { migrations as postgresMigrations } from '../src/migrations/postgres'
import { migrations as sqliteMigrations } from '../src/migrations/sqlite'

process.env.PAYLOAD_MIGRATING = 'true'
const kind = databaseKind(process.env.DATABASE_URI || DEFAULT_DATABASE_URI)
const payload = await getPayload({ config, disableOnInit: true })
try {
  if (kind === 'sqlite' || kind === 'postgres') {
    await payload.db.migrate({ migrations: (kind === 'sqlite' ? sqliteMigrations : postgresMigrations) as never })
    const { totalDocs } = await payload.count({ collection: 'regions' })
    const ran = await refreshDatabaseStatistics(payload)
    payload.logger.info(`Migrations applied (${kind}); schema answers queries (${totalDocs} regions); statistics refreshed (${ran}).`)
  } else {
    payload.logger.info('MongoDB needs no migrations.')
  }
} finally {
  await payload.destroy()
}
process.exit(0)
