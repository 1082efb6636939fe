import type { Where } from 'payload'

import { publiclyVisible } from '../../ai-ethics/src'

/**
 * What anyone may read of a publishable collection: published, and not held back by the AI-ethics review (its
 * `publiclyVisible`: not required or cleared; an item without a status is not shown, the gate fails closed).
 * Written as two equality lists so the database answers it, and the count every public page needs, from the
 * (`_status`, `ethics_review_status`) index alone (src/db/lookupIndexes.ts) instead of testing each row. The app's
 * read access gives anonymous callers exactly this (src/access/publishable.ts).
 */
export const PUBLICLY_VISIBLE: Where = {
  and: [{ _status: { equals: 'published' } }, publiclyVisible.where],
}

/** Set by `boundPublicReads` (./publicReads.ts) while a validly signed preview reads the one document it was signed for. */
export const SIGNED_PREVIEW_GRANT = 'signedPreviewGrant'
