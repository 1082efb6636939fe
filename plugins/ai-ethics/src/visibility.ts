import type { Where } from 'payload'

import type { ReviewStatus } from './types'

/**
 * The one definition of "held back by the ethics review": a guarded document may be public only while its review
 * is not required or cleared. Pending and rejected reviews hold it back, and so does a missing status (the gate
 * fails closed). Everything that shows, counts or announces guarded documents uses this, through `publiclyVisible`.
 */
export const PUBLIC_REVIEW_STATUSES = [
  'not_required',
  'cleared',
] as const satisfies readonly ReviewStatus[]

/** The stored path of a guarded document's review status (a group field). */
export const REVIEW_STATUS_PATH = 'ethicsReview.status'

/**
 * The SQL column of the review status, for whoever indexes the public filter: Payload's SQL adapters store a group's
 * field as `<group>_<field>` in snake case (`ethics_review_status`).
 */
export const REVIEW_STATUS_COLUMN = REVIEW_STATUS_PATH.split('.')
  .map((part) => part.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`))
  .join('_')

/** Whether a review status lets the document be public. */
export const reviewAllowsPublication = (status: unknown): boolean =>
  (PUBLIC_REVIEW_STATUSES as readonly unknown[]).includes(status)

/** The ethics review's part of "publicly visible", for whoever shows, counts or announces guarded documents. */
export type PublicVisibility = {
  /** The fields `isVisible` reads, as a Payload `select`. */
  select: Record<string, unknown>
  /** The same rule for one document (read with at least `select`). */
  isVisible: (doc: Record<string, any> | null | undefined) => boolean
  /** The rule as a query (an equality list, so an index on the status answers it). */
  where: Where
}

export const publiclyVisible: PublicVisibility = {
  isVisible: (doc) =>
    reviewAllowsPublication((doc?.ethicsReview as { status?: unknown } | undefined)?.status),
  select: { ethicsReview: { status: true } },
  where: { [REVIEW_STATUS_PATH]: { in: [...PUBLIC_REVIEW_STATUSES] } },
}

/** Whether a document was made with AI (a reader notice, or any use the author declared), and the fields that tells from. */
export const aiUse = {
  isUsed: (doc: Record<string, any>): boolean =>
    Boolean(doc.aiNotice?.kind) ||
    Boolean(doc.aiDisclosure?.usage && doc.aiDisclosure.usage !== 'none'),
  select: { aiDisclosure: { usage: true }, aiNotice: { kind: true } },
}
