import type { ResolvedReportsOptions } from '../types'

import { relationId } from '../users'

/** What a published item contributes to reports, as stored in `contribution-facts`. */
export type ContributionFactData = {
  contributors: string[]
  /** `YYYY-MM-DD` of publication in Kazakhstan time. */
  day: string
  hoursToPublish: null | number
  itemKey: string
  participants: null | number
  publishedAt: string
  region: null | string
  rubric: null | string
  /** The item's collection slug. */
  type: string
  usedAI: boolean
}

type Item = Record<string, any> & { id: number | string }

const idOf = (value: unknown): null | string => {
  const id = relationId(value)
  return id === undefined ? null : String(id)
}

const participantsOf = (
  options: Pick<ResolvedReportsOptions, 'participants'>,
  collection: string,
  item: Item,
): null | number => {
  const field = options.participants[collection as never]
  const value = field ? item[field] : undefined
  return typeof value === 'number' ? value : null
}

export const itemKeyOf = (collection: string, id: number | string): string => `${collection}:${id}`

const HOUR = 3_600_000

/**
 * The fact of a live item, or `undefined` when the item does not count: not published, not counted by the
 * `counts` option (the app's: held back by the ethics review), or never dated. `firstSubmittedAt` is its first
 * submission for review; an item published without review, or dated by hand before it was submitted, has no
 * submit→publish time.
 */
export const contributionFactOf = (
  options: Pick<ResolvedReportsOptions, 'aiUse' | 'counts' | 'participants' | 'zone'>,
  collection: string,
  item: Item,
  firstSubmittedAt: null | string | undefined,
): ContributionFactData | undefined => {
  if (item._status !== 'published' || !item.publishedAt) return undefined
  if (options.counts && !options.counts.isVisible(item)) return undefined
  const publishedAt = new Date(item.publishedAt)
  if (Number.isNaN(publishedAt.getTime())) return undefined
  const waited = firstSubmittedAt
    ? publishedAt.getTime() - new Date(firstSubmittedAt).getTime()
    : NaN
  const contributors = (Array.isArray(item.contributors) ? item.contributors : [])
    .map(idOf)
    .filter((id): id is string => id !== null)
  return {
    contributors: [...new Set(contributors)],
    day: options.zone.dayOf(publishedAt),
    hoursToPublish: Number.isFinite(waited) && waited >= 0 ? waited / HOUR : null,
    itemKey: itemKeyOf(collection, item.id),
    participants: participantsOf(options, collection, item),
    publishedAt: publishedAt.toISOString(),
    region: idOf(item.region),
    rubric: idOf(item.rubric),
    type: collection,
    usedAI: Boolean(options.aiUse?.isUsed(item)),
  }
}

/** Whether a stored row already says what `fact` says. */
export const sameFact = (stored: Record<string, unknown>, fact: ContributionFactData): boolean =>
  (Object.keys(fact) as (keyof ContributionFactData)[]).every((key) => {
    const a = stored[key]
    const b = fact[key]
    if (key === 'publishedAt')
      return typeof a === 'string' && new Date(a).getTime() === new Date(b as string).getTime()
    if (key === 'hoursToPublish')
      return (a ?? null) === null
        ? b === null
        : b !== null && Math.abs(Number(a) - Number(b)) < 1e-9
    if (key === 'usedAI') return Boolean(a) === b
    return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
  })

/** A fact as the report reads it. */
export type ReportFact = Pick<
  ContributionFactData,
  'contributors' | 'hoursToPublish' | 'participants' | 'region' | 'rubric' | 'type' | 'usedAI'
> & {
  /** `YYYY-MM` in Kazakhstan time. */
  month: string
}

/** One fact packed for the day cache: [type, region, rubric, contributors, participants, usedAI (0/1), hoursToPublish]. */
export type PackedFact = [
  string,
  null | string,
  null | string,
  string[],
  null | number,
  0 | 1,
  null | number,
]

export const packFact = (fact: Omit<ReportFact, 'month'>): PackedFact => [
  fact.type,
  fact.region ?? null,
  fact.rubric ?? null,
  Array.isArray(fact.contributors) ? fact.contributors.map(String) : [],
  typeof fact.participants === 'number' ? fact.participants : null,
  fact.usedAI ? 1 : 0,
  typeof fact.hoursToPublish === 'number' ? fact.hoursToPublish : null,
]

export const unpackFact = (
  [type, region, rubric, contributors, participants, usedAI, hoursToPublish]: PackedFact,
  month: string,
): ReportFact => ({
  contributors,
  hoursToPublish,
  month,
  participants,
  region,
  rubric,
  type,
  usedAI: usedAI === 1,
})
