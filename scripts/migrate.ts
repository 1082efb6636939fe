/**
 * Applies the committed migrations of the configured SQL database (`npm run migrate`), checks the result and
 * refreshes the planner statistics (a migration may add indexes or move data); MongoDB needs none. Run through
 * scripts/run-ts.mjs rather than Payload's CLI (see there why).
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { refreshDatabaseStatistics } from '../src/db/analyze'
import { applyCommittedMigrations } from '../src/db/migrations'

process.env.PAYLOAD_MIGRATING = 'true'
const payload = await getPayload({ config, disableOnInit: true })
try {
  const kind = await applyCommittedMigrations(payload)
  if (kind) {
    const { totalDocs } = await payload.count({ collection: 'regions' })
    const ran = await refreshDatabaseStatistics(payload)
    payload.logger.info(
      `Migrations applied (${kind}); schema answers queries (${totalDocs} regions); statistics refreshed (${ran}).`,
    )
  } else {
    payload.logger.info('MongoDB needs no migrations.')
  }
} finally {
  await payload.destroy()
}
process.exit(0)
