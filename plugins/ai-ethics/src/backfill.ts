import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { scopeOf } from './collections/reviewScope'
import { REVIEWS_COLLECTION } from './constants'

/**
 * For records written before `reviewAccess.scopeFields` named these fields (a migration runs this): copies them from
 * each reviewed document onto its records. Records whose document is gone keep an empty scope.
 */
export const backfillReviewScope = async (
  payload: Payload,
  scopeFields: string[],
  req?: PayloadRequest,
): Promise<void> => {
  if (scopeFields.length === 0) return
  for (let page = 1; ; page++) {
    const found = await payload.find({
      collection: REVIEWS_COLLECTION as CollectionSlug,
      depth: 0,
      limit: 200,
      overrideAccess: true,
      page,
      req,
      sort: 'id',
    })
    for (const record of found.docs as unknown as {
      docId: string
      id: number | string
      targetCollection: string
    }[]) {
      const doc = (await payload.findByID({
        collection: record.targetCollection as CollectionSlug,
        depth: 0,
        disableErrors: true,
        draft: true,
        id: record.docId,
        overrideAccess: true,
        req,
      })) as null | Record<string, unknown>
      if (doc)
        await payload.db.updateOne({
          collection: REVIEWS_COLLECTION as CollectionSlug,
          data: { scope: scopeOf(doc, scopeFields) },
          id: record.id,
          req,
        })
    }
    if (!found.hasNextPage) break
  }
}

const FLAGGED = ['pending', 'cleared', 'rejected']

/** Every row `read` finds, 100 at a time in id order: a row written meanwhile is not read twice, and it ends. */
const eachById = async <T extends { id: number | string }>(
  read: (where: Where) => Promise<{ docs: unknown[] }>,
  where: Where,
  visit: (row: T) => Promise<void>,
): Promise<void> => {
  let last: null | number | string = null
  for (;;) {
    const found = await read(
      last === null ? where : { and: [where, { id: { greater_than: last } }] },
    )
    if (found.docs.length === 0) return
    for (const row of found.docs as T[]) {
      last = row.id
      await visit(row)
    }
  }
}

type Stamped = {
  createdAt?: string
  ethicsReview?: { flags?: { at?: string }[] | null; queuedAt?: null | string; status?: string }
  id: number | string
  updatedAt?: string
}

/** The earliest time a flag of the list was detected, if any. */
const earliestFlagAt = (flags: unknown): null | string => {
  const times = (Array.isArray(flags) ? (flags as { at?: string }[]) : [])
    .map((flag) => Date.parse(flag?.at ?? ''))
    .filter(Number.isFinite)
  return times.length ? new Date(Math.min(...times)).toISOString() : null
}

/**
 * When the document entered the review queue for the stay that is in `status` at `until`, from its saved versions:
 * walking back from `until`, past the versions in that decided status (a stay that ended in a decision), through the
 * versions that were `pending`; the oldest of those was the save that put it in the queue (its `createdAt`: an
 * autosave moves a version's `updatedAt`, not its `createdAt`). Null when no version shows it (versions off or
 * pruned, or the stay began before the oldest kept version and that one is not pending).
 */
const queuedFromVersions = async (
  payload: Payload,
  req: PayloadRequest | undefined,
  collection: CollectionSlug,
  id: number | string,
  status: string,
  until: string | undefined,
): Promise<null | string> => {
  if (!payload.collections[collection]?.config.versions) return null
  const { docs } = await payload.db.findVersions({
    collection,
    limit: 0,
    pagination: false,
    req,
    sort: '-createdAt',
    where: {
      and: [
        { parent: { equals: id } },
        ...(until ? [{ createdAt: { less_than_equal: until } }] : []),
      ],
    },
  })
  let entered: null | string = null
  for (const row of docs as unknown as { createdAt: string; version?: Stamped }[]) {
    const state = row.version?.ethicsReview?.status
    if (state === 'pending') entered = row.createdAt
    else if (entered === null && state === status && status !== 'pending') continue
    else break
  }
  return entered ? new Date(entered).toISOString() : null
}

/**
 * Documents flagged before the plugin kept `ethicsReview.queuedAt`, and decision records written before then, have
 * none: the review reports leave them out of the queue's waiting times. This fills it (a migration's data step runs
 * it; it only writes where the value is missing, so it is idempotent) from the best evidence there is, in order:
 *
 * 1. the saved versions: the `createdAt` of the oldest `pending` version of the stay (see queuedFromVersions), for
 *    the document's row, for its latest version (what drafts and the queue show) and, up to the decision's time,
 *    for each decision record;
 * 2. else the earliest `at` of its flags (flags are stamped when detected, so this is no earlier than the real
 *    entry, and no later than the save that holds them);
 * 3. else, for a document only, its `updatedAt` (the last save, which was flagged). A decision record is left
 *    without one then: its own time would read as no wait at all, and the reports date it by its flags already.
 */
export const backfillQueuedAt = async (payload: Payload, req?: PayloadRequest): Promise<number> => {
  // The collections the plugin guards: those that carry its `ethicsReview` group.
  const guarded = Object.values(payload.collections)
    .filter(({ config }) => config.flattenedFields.some((field) => field.name === 'ethicsReview'))
    .map(({ config }) => config.slug)
  let filled = 0
  const missing = (prefix: string): Where => ({
    and: [
      { [`${prefix}ethicsReview.status`]: { in: FLAGGED } },
      { [`${prefix}ethicsReview.queuedAt`]: { exists: false } },
    ],
  })
  const page = { limit: 100, pagination: false, req, sort: 'id' } as const
  for (const collection of guarded) {
    // The documents' own rows (the published state, or the only one of collections without drafts).
    await eachById<Stamped>(
      async (where) => payload.db.find({ ...page, collection, where }),
      missing(''),
      async (doc) => {
        const queuedAt =
          (await queuedFromVersions(
            payload,
            req,
            collection,
            doc.id,
            doc.ethicsReview!.status!,
            doc.updatedAt,
          )) ??
          earliestFlagAt(doc.ethicsReview?.flags) ??
          doc.updatedAt
        if (!queuedAt) return
        await payload.db.updateOne({
          collection,
          data: { ethicsReview: { queuedAt } },
          id: doc.id,
          req,
          returning: false,
        })
        filled++
      },
    )
    // The latest version of each document: what the admin, the queue and the reports read (`draft: true`).
    if (!payload.collections[collection]?.config.versions) continue
    await eachById<Stamped & { parent: number | string; version: Stamped }>(
      async (where) => payload.db.findVersions({ ...page, collection, where }),
      { and: [missing('version.'), { latest: { equals: true } }] },
      async (row) => {
        const review = row.version.ethicsReview
        const queuedAt =
          (await queuedFromVersions(
            payload,
            req,
            collection,
            row.parent,
            review!.status!,
            row.createdAt,
          )) ??
          earliestFlagAt(review?.flags) ??
          row.updatedAt
        if (!queuedAt) return
        await payload.db.updateVersion({
          collection,
          id: row.id,
          req,
          returning: false,
          versionData: { version: { ethicsReview: { queuedAt } } } as never,
        })
        filled++
      },
    )
  }
  // The decision records: each ended one stay.
  await eachById<{
    createdAt: string
    decision: 'clear' | 'reject'
    docId: string
    flags?: unknown
    id: number | string
    targetCollection: CollectionSlug
  }>(
    async (where) =>
      payload.db.find({ ...page, collection: REVIEWS_COLLECTION as CollectionSlug, where }),
    { queuedAt: { exists: false } },
    async (record) => {
      const docId = payload.db.defaultIDType === 'number' ? Number(record.docId) : record.docId
      const queuedAt =
        (guarded.includes(record.targetCollection)
          ? await queuedFromVersions(
              payload,
              req,
              record.targetCollection,
              docId,
              record.decision === 'clear' ? 'cleared' : 'rejected',
              record.createdAt,
            )
          : null) ?? earliestFlagAt(record.flags)
      if (!queuedAt) return
      await payload.db.updateOne({
        collection: REVIEWS_COLLECTION as CollectionSlug,
        data: { queuedAt },
        id: record.id,
        req,
        returning: false,
      })
      filled++
    },
  )
  return filled
}
