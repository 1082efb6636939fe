import type { Payload } from 'payload'

import { refreshDatabaseStatistics } from '../db/analyze'
import { switchSetting } from '../db/settings'
import { seed } from './seed'

/** Whether `npm run dev` loads the demo data into an empty database (`SEED_ON_START`, true or false). */
export const seedOnStart = (): boolean => switchSetting('SEED_ON_START', true)

/** `npm run dev` on an empty database loads the demo data, so a newcomer lands in a working newsroom. */
export const seedEmptyDatabaseInDevelopment = async (payload: Payload): Promise<void> => {
  if (process.env.NODE_ENV !== 'development' || !seedOnStart()) return
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  payload.logger.info('Empty database: loading demo data (set SEED_ON_START=false to skip).')
  await seed(payload, { log: (line) => payload.logger.info(line) })
  await refreshDatabaseStatistics(payload)
}
