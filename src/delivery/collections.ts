import type { CollectionConfig } from 'payload'

import { PUBLISHABLE_COLLECTIONS } from '../../collections/shared/publishableCollection'
import { invalidateOnReferenceChange, invalidateOnReferenceDelete, PUBLIC_REFERENCE_COLLECTIONS } from './publicCache/invalidation'
import { livePreview } from './preview'
import { boundPublicReads } from './publicReads'

const isPublishable = (slug: string) => PUBLISHABLE_COLLECTIONS.includes(slug as never)
const isPublicReference = (slug: string) => PUBLIC_REFERENCE_COLLECTIONS.includes(slug as never)

/**
 * Headless delivery on every collection: anonymous reads are bounded (and see only published versions), the
 * publishable collections get the admin's live preview of the website, signed for the document shown, and writes
 * to the collections shown inside public items invalidate the public read cache (the publishable collections do
 * that from their publish/unpublish events, src/delivery/webhooks/events.ts).
 */
export const withHeadlessDelivery = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  ...(isPublishable(collection.slug) ? { admin: { ...collection.admin, livePreview } } : {}),
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), boundPublicReads],
    ...(isPublicReference(collection.slug)
      ? {
          afterChange: [...(collection.hooks?.afterChange ?? []), invalidateOnReferenceChange],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidateOnReferenceDelete],
        }
      : {}),
  },
})
