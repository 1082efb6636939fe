import type { Plugin } from 'payload'

import { PUBLISHABLE_COLLECTIONS } from '../collections'
import { isAdmin } from '../src/access/roles'
import { deliveryPlugin } from './delivery/src'
import { PUBLIC_REFERENCE_COLLECTIONS } from './delivery/src/publicCache/invalidation'

/**
 * Headless delivery (README, "Headless delivery"): the public reads the publishable collections' published items
 * the AI-ethics review lets through, and the reference collections shown inside them (bylines, rubrics, regions,
 * images). After the workflow in `plugins`: its hooks run right after each collection's own, before the other plugins'.
 */
export const delivery: Plugin = deliveryPlugin({
  collections: [...PUBLISHABLE_COLLECTIONS],
  // Admins manage the outgoing webhooks (and only they read a webhook's secret) and read the delivery log.
  manageWebhooks: isAdmin,
  referenceCollections: [...PUBLIC_REFERENCE_COLLECTIONS],
})
