import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { ReviewQueueEntry } from '../../ai-ethics/src'
import type { ReportTimeZone } from './timeZone'

/** The part of a live item the `counts` rule reads, and the rule itself (e.g. "not held back by a review"). */
export type CountedItems = {
  /** Whether a published item counts. */
  isVisible: (item: Record<string, any>) => boolean
  /** The fields `isVisible` reads, as a Payload `select` (they are read with the item). */
  select: Record<string, unknown>
  /** The same rule as a query (unused by reports; the visibility contracts carry it). */
  where?: Where
}

/** Whether an item was made with AI, and the fields that tells from (the AI-ethics plugin's `aiUse`). */
export type AIUse = {
  isUsed: (item: Record<string, any>) => boolean
  select: Record<string, unknown>
}

/** The ethics review queue's activity in a window (the AI-ethics plugin's `reviewActivity`). */
export type ReviewQueueActivity = {
  entries: (req: PayloadRequest, window: { end: Date; start: Date }) => Promise<ReviewQueueEntry[]>
  /** The flag sources, in the order the report lists them. */
  sources: readonly string[]
}

/** When an item was first submitted for review: the start of its submit → publish time. */
export type FirstSubmission = (
  req: PayloadRequest,
  collection: string,
  id: number | string,
) => Promise<null | string>

export type ReportsPluginOptions = {
  /** Slugs of the collections whose published items are counted (each gets a column, in this order). */
  collections: CollectionSlug[]
  /** Set to false to switch the behaviour off; the collections stay, so the schema is stable. @default true */
  enabled?: boolean
  /**
   * Which published items count: those the public may see (the app passes the AI-ethics plugin's
   * `publiclyVisible`). @default every published item counts
   */
  counts?: CountedItems
  /** Whether an item was made with AI (the app passes the AI-ethics plugin's `aiUse`). @default nothing counts as AI-assisted */
  aiUse?: AIUse
  /** When an item was first submitted (the workflow plugin's `firstSubmissionOf`). @default none: no submit → publish hours */
  firstSubmission?: FirstSubmission
  /**
   * The ethics review queue (the app passes the AI-ethics plugin's `reviewActivity`): the report gains its `ethics`
   * section. Each stay's `scope.region` is its region. @default none: no ethics section
   */
  reviews?: ReviewQueueActivity
  /** A number field per collection summed as `participants` (e.g. `{ 'ethno-events': 'participantsCount' }`). @default {} */
  participants?: Partial<Record<CollectionSlug, string>>
  /**
   * Who reads reports: `national` roles every region, `regional` roles the regions in their `user.regions`.
   * @default { national: ['admin'], regional: [] }
   */
  readers?: { national?: string[]; regional?: string[] }
  /** The collection of regions (`region` of the counted items). @default 'regions' */
  regionsCollection?: CollectionSlug
  /** The collection of contributors (`contributors` of the counted items). @default 'contributors' */
  contributorsCollection?: CollectionSlug
  /** The collection of rubrics (`rubric` of the counted items). @default 'rubrics' */
  rubricsCollection?: CollectionSlug
  /** The IANA time zone of report days and months. @default 'Asia/Almaty' (Kazakhstan) */
  timeZone?: string
  /** The caller's language for messages and the CSV (kk, ru or en). @default the language Payload chose for the request */
  languageOf?: (req: PayloadRequest) => string
}

export type ResolvedReportsOptions = {
  aiUse?: AIUse
  collections: CollectionSlug[]
  contributorsCollection: CollectionSlug
  counts?: CountedItems
  enabled: boolean
  firstSubmission?: FirstSubmission
  languageOf: (req: PayloadRequest) => string
  participants: Partial<Record<CollectionSlug, string>>
  readers: { national: string[]; regional: string[] }
  regionsCollection: CollectionSlug
  reviews?: ReviewQueueActivity
  rubricsCollection: CollectionSlug
  /** Column key of each counted collection (`ethno-events` → `ethnoEvents`), in option order. */
  typeKeys: Record<string, string>
  /** The CSV header of each counted collection's column, by column key: the collection's plural label. */
  typeLabels: Record<string, Record<string, string>>
  zone: ReportTimeZone
}
