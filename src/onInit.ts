import type { Payload } from 'payload'

import { keepStatisticsFresh } from './db/analyze'
import { preparePublicCache } from '../plugins/delivery/src/publicCache/prepare'
import { seedEmptyDatabaseInDevelopment } from './seed/seedOnInit'

/** What the server does once Payload is up: database upkeep and the public cache, then demo data for an empty development database. */
export const onInit = async (payload: Payload): Promise<void> => {
  await keepStatisticsFresh(payload)
  await preparePublicCache(payload)
  await seedEmptyDatabaseInDevelopment(payload)
}
