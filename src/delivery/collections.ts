import type { CollectionConfig } from 'payload'

import { PUBLISHABLE_COLLECTIONS } from '../../collections/shared/publishableCollection'
import { livePreview } from './preview'
import { boundPublicReads } from './publicReads'

/**
 * Headless delivery on every collection: anonymous reads are bounded (and see only published versions), and
 * the publishable collections get the admin's live preview of the website, signed for the document shown.
 */
export const withHeadlessDelivery = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  ...(PUBLISHABLE_COLLECTIONS.includes(collection.slug as never) ? { admin: { ...collection.admin, livePreview } } : {}),
  hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), boundPublicReads] },
})
