import type { Payload } from 'payload'

import { refreshDatabaseStatistics } from '../db/analyze'
import { seed } from './seed'

/** `npm run dev` on an empty database loads the demo data, so a newcomer lands in a working newsroom. */
export const seedEmptyDatabaseInDevelopment = async (payload: Payload): Promise<void> => {
  if (process.env.NODE_ENV !== 'development' || process.env.SEED_ON_START === 'false') return
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  payload.logger.info('Empty database: loading demo data (set SEED_ON_START=false to skip).')
  await seed(payload, { log: (line) => payload.logger.info(line) })
  await refreshDatabaseStatistics(payload)
}
