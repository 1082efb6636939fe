import type { Payload } from 'payload'

import { checkMediaSettings } from '../collections/Media/uploadRules'
import { keepStatisticsFresh } from './db/analyze'
import { jobsAutoRun } from './jobs'
import { seedEmptyDatabaseInDevelopment, seedOnStart } from './seed/seedOnInit'

/**
 * What the server does once Payload is up (after the plugins' own start-up work, e.g. the public cache of
 * plugins/delivery): the media settings read per upload are checked, database upkeep, then demo data for an empty development database.
 */
export const onInit = async (payload: Payload): Promise<void> => {
  checkMediaSettings()
  // The on/off switches: a word other than true or false is refused, not read as "on".
  jobsAutoRun()
  seedOnStart()
  await keepStatisticsFresh(payload)
  await seedEmptyDatabaseInDevelopment(payload)
}
