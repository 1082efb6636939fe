import type { Payload } from 'payload'

import config from '@payload-config'
import { getPayload } from 'payload'

/** Boots Payload against the test database (DATABASE_URI from vitest.config.mts). */
export const bootPayload = async (): Promise<Payload> => getPayload({ config })
