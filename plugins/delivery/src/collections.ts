import type { CollectionConfig } from 'payload'

import { PUBLISHABLE_COLLECTIONS } from '../../../collections/shared/publishableCollection'
import {
  invalidateOnReferenceChange,
  invalidateOnReferenceDelete,
  PUBLIC_REFERENCE_COLLECTIONS,
} from './publicCache/invalidation'
import { livePreview } from './preview'
import { readPublicPageIdsFirst, restorePublicPage } from './publicLists/pageIdsFirst'
import { syncMediaAfterChange, syncMediaAfterDelete, usedMediaField } from './publicMedia/usedMedia'
import { showsMedia } from './publicMedia/visibility'
import { boundPublicReads } from './publicReads'

const isPublishable = (slug: string) => PUBLISHABLE_COLLECTIONS.includes(slug as never)
const isPublicReference = (slug: string) => PUBLIC_REFERENCE_COLLECTIONS.includes(slug as never)
/** The collections whose anonymous lists are read ids first (src/delivery/publicLists). */
const PUBLIC_LIST_COLLECTIONS = [...PUBLISHABLE_COLLECTIONS, ...PUBLIC_REFERENCE_COLLECTIONS]
/** Always-public documents that show media: what they use is public (publishable items decide in webhooks/events.ts). */
const isAlwaysPublicMediaUser = (slug: string) => showsMedia(slug) && !isPublishable(slug)

/**
 * Headless delivery on every collection: anonymous reads are bounded (and see only published versions), public
 * lists past the first page read their ids first and offer cursors (src/delivery/publicLists), the
 * publishable collections get the admin's live preview of the website, signed for the document shown, writes
 * to the collections shown inside public items invalidate the public read cache (the publishable collections do
 * that from their publish/unpublish events, src/delivery/webhooks/events.ts), and the collections that show media
 * keep the list of media each document uses, which decides which uploads are public (src/delivery/publicMedia).
 */
export const withHeadlessDelivery = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  ...(isPublishable(collection.slug) ? { admin: { ...collection.admin, livePreview } } : {}),
  ...(showsMedia(collection.slug) ? { fields: [...collection.fields, usedMediaField()] } : {}),
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      ...(collection.hooks?.beforeOperation ?? []),
      boundPublicReads,
      readPublicPageIdsFirst(PUBLIC_LIST_COLLECTIONS),
    ],
    afterOperation: [...(collection.hooks?.afterOperation ?? []), restorePublicPage],
    ...(isPublicReference(collection.slug)
      ? {
          afterChange: [
            ...(collection.hooks?.afterChange ?? []),
            ...(isAlwaysPublicMediaUser(collection.slug) ? [syncMediaAfterChange] : []),
            invalidateOnReferenceChange,
          ],
          afterDelete: [
            ...(collection.hooks?.afterDelete ?? []),
            ...(isAlwaysPublicMediaUser(collection.slug) ? [syncMediaAfterDelete] : []),
            invalidateOnReferenceDelete,
          ],
        }
      : {}),
  },
})
