import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { invalidatePublicReads } from './version'

/**
 * Collections besides the publishable ones whose documents anonymous readers get: on their own (`/api/regions`)
 * or inside public items (a rubric's name, a contributor's byline, an image at depth 1). Any write to them changes
 * public answers. test/delivery/publicCache.spec.ts checks that every collection anonymous callers can list is
 * either publishable or listed here.
 */
export const PUBLIC_REFERENCE_COLLECTIONS = ['contributors', 'media', 'regions', 'rubrics'] as const

/**
 * afterChange/afterDelete on the reference collections: every write invalidates the public cache. Unlike the
 * publishable collections (plugins/delivery/src/webhooks/events.ts decides there from what the public sees), these have
 * no drafts: a write is always public. Bulk imports cannot skip it — a stale public answer is not a side effect.
 */
export const invalidateOnReferenceChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await invalidatePublicReads(req)
  return doc
}

export const invalidateOnReferenceDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await invalidatePublicReads(req)
  return doc
}
