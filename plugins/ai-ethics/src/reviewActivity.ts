import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { EthicsFlag, FlagSource } from './types'

import { REVIEWS_COLLECTION } from './constants'
import { scopeOf } from './collections/reviewScope'

/** One stay of a document in the review queue: when it entered, why (the flags' sources), how it ended. */
export type ReviewQueueEntry = {
  collection: string
  /** The reviewer's decision that ended the stay; null while the document still waits. */
  decision: null | { at: string; decision: 'clear' | 'reject' }
  id: string
  /**
   * When the document entered the queue. Decisions recorded before the plugin kept it have none: they are dated by
   * their earliest flag (`queuedAtKnown` false) and have no time in the queue.
   */
  queuedAt: null | string
  queuedAtKnown: boolean
  /** The `reviewAccess.scopeFields` values of the document (relationships as ids), e.g. `{ region: '3' }`. */
  scope: Record<string, unknown>
  /** The distinct sources of the flags that put it in the queue. */
  sources: FlagSource[]
}

/** The review queue's activity in a window, for whoever reports on it (the reports plugin's `reviews` option). */
export type ReviewActivity = {
  /**
   * Every stay that entered the queue, or was decided, from `start` (inclusive) to `end` (exclusive): decided stays
   * from the `ethics-reviews` records, waiting ones from the documents pending now. Read through the Local API with
   * access overridden: the caller decides who sees which part.
   */
  entries: (req: PayloadRequest, window: { end: Date; start: Date }) => Promise<ReviewQueueEntry[]>
  /** Every flag source, in the order reports list them. */
  sources: readonly FlagSource[]
}

export const FLAG_SOURCES = [
  'disclosure',
  'text',
  'image',
  'external',
] as const satisfies readonly FlagSource[]

type Collections = Record<
  string,
  | undefined
  | { config: { fields: unknown[]; flattenedFields: { fields?: unknown; name?: string }[] } }
>

/** The collections the plugin guards (they carry its `ethicsReview` group) and the scope fields of its records. */
const shapeOf = (req: PayloadRequest) => {
  const collections = req.payload.collections as unknown as Collections
  const guarded = Object.entries(collections)
    .filter(([, collection]) =>
      collection?.config.flattenedFields.some((field) => field.name === 'ethicsReview'),
    )
    .map(([slug]) => slug)
  const scope = collections[REVIEWS_COLLECTION]?.config.flattenedFields.find(
    (field) => field.name === 'scope',
  )
  const scopeFields = Array.isArray(scope?.fields)
    ? (scope.fields as { name?: string }[]).map((field) => field.name).filter(Boolean)
    : []
  return { guarded, scopeFields: scopeFields as string[] }
}

const sourcesOf = (flags: unknown): FlagSource[] =>
  Array.isArray(flags)
    ? [...new Set((flags as EthicsFlag[]).map((flag) => flag?.source).filter(Boolean))].sort()
    : []

/** The earliest flag's time: the best date of a stay recorded before `queuedAt` was kept. */
const earliestFlag = (flags: unknown): null | string => {
  let earliest: null | number = null
  for (const flag of Array.isArray(flags) ? (flags as EthicsFlag[]) : []) {
    const time = Date.parse(flag?.at)
    if (Number.isFinite(time) && (earliest === null || time < earliest)) earliest = time
  }
  return earliest === null ? null : new Date(earliest).toISOString()
}

const between = (field: string, window: { end: Date; start: Date }): Where => ({
  and: [
    { [field]: { greater_than_equal: window.start.toISOString() } },
    { [field]: { less_than: window.end.toISOString() } },
  ],
})

const inWindow = (instant: null | string, window: { end: Date; start: Date }) =>
  instant !== null &&
  Date.parse(instant) >= window.start.getTime() &&
  Date.parse(instant) < window.end.getTime()

/**
 * The review queue's activity (see `ReviewActivity`). A stay ended by an edit that removed its flags, without a
 * decision, is not counted: nothing records it.
 */
export const reviewActivity: ReviewActivity = {
  entries: async (req, window) => {
    const { payload } = req
    const { guarded, scopeFields } = shapeOf(req)
    const entries: ReviewQueueEntry[] = []

    const { docs: records } = await payload.find({
      collection: REVIEWS_COLLECTION as CollectionSlug,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: {
        createdAt: true,
        decision: true,
        docId: true,
        flags: true,
        queuedAt: true,
        targetCollection: true,
        ...(scopeFields.length ? { scope: true } : {}),
      } as never,
      where: { or: [between('createdAt', window), between('queuedAt', window)] },
    })
    for (const record of records as Record<string, any>[]) {
      const queuedAt = record.queuedAt ? new Date(record.queuedAt).toISOString() : null
      const dated = queuedAt ?? earliestFlag(record.flags)
      const decidedAt = new Date(record.createdAt).toISOString()
      if (!inWindow(dated, window) && !inWindow(decidedAt, window)) continue
      entries.push({
        collection: String(record.targetCollection),
        decision: { at: decidedAt, decision: record.decision },
        id: String(record.docId),
        queuedAt: dated,
        queuedAtKnown: queuedAt !== null,
        scope: scopeOf((record.scope ?? {}) as Record<string, unknown>, scopeFields),
        sources: sourcesOf(record.flags),
      })
    }

    for (const slug of guarded) {
      const { docs } = await payload.find({
        collection: slug as CollectionSlug,
        depth: 0,
        draft: true,
        overrideAccess: true,
        pagination: false,
        req,
        select: {
          ethicsReview: { flags: true, queuedAt: true, status: true },
          ...Object.fromEntries(scopeFields.map((name) => [name, true])),
        } as never,
        where: {
          and: [
            { 'ethicsReview.status': { equals: 'pending' } },
            between('ethicsReview.queuedAt', window),
          ],
        },
      })
      for (const doc of docs as Record<string, any>[]) {
        entries.push({
          collection: slug,
          decision: null,
          id: String(doc.id),
          queuedAt: new Date(doc.ethicsReview.queuedAt).toISOString(),
          queuedAtKnown: true,
          scope: scopeOf(doc, scopeFields),
          sources: sourcesOf(doc.ethicsReview?.flags),
        })
      }
    }
    return entries
  },
  sources: FLAG_SOURCES,
}
