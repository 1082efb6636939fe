import type { ReportFact } from './facts/contributionFact'
import type { ReportTimeZone } from './timeZone'
import type { ReviewQueueEntry } from '../../ai-ethics/src'

import { median } from './aggregate'
import { pauser } from './pauser'

/** The ethics review's numbers for a region (or a region's month, or the whole report). */
export type EthicsNumbers = {
  /** Items (distinct) that entered the review queue in the period. */
  flaggedItems: number
  /** Of those, the items flagged by each source (an item flagged by two sources counts under both). */
  flaggedBySource: Record<string, number>
  /** Decisions made in the period, and how many cleared and rejected. */
  decisions: number
  cleared: number
  rejected: number
  /** cleared / decisions and rejected / decisions, 4 decimals; null without decisions. */
  clearRate: null | number
  rejectRate: null | number
  /** Hours from entering the queue to the decision, of the decisions made in the period: median and 90th percentile, 2 decimals. */
  queueHoursMedian: null | number
  queueHoursP90: null | number
  /** Published items (as the report counts them) and those of them that used AI; aiItems / published, 4 decimals. */
  published: number
  aiItems: number
  aiShare: null | number
}

export type EthicsGroup = EthicsNumbers & {
  /** The region id; null for items without a region. */
  key: null | string
  label: string
  /** `YYYY-MM` in the report zone (rows of `regionMonths` only). */
  month?: string
  slug?: string
}

export type EthicsSection = {
  /** How the numbers are dated. */
  counting: string
  /** Every region of the report (and the region-less or deleted ones that have numbers), over the whole window. */
  regions: EthicsGroup[]
  /** Each region's months that have any number, region by region, months in order. */
  regionMonths: EthicsGroup[]
  /** The flag sources, in the order of `flaggedBySource` (and of the CSV columns). */
  sources: string[]
  totals: EthicsNumbers
}

export const ETHICS_COUNTING =
  'An item counts as flagged in the month it entered the review queue; a decision, its time in the queue (from entering to the decision) and the clear/reject rates count in the month of the decision; published and AI share as in the report. Months are in the report time zone.'

type Tally = {
  aiItems: number
  cleared: number
  decisions: number
  flagged: Set<string>
  hours: number[]
  published: number
  rejected: number
  sources: Map<string, Set<string>>
}

const newTally = (): Tally => ({
  aiItems: 0,
  cleared: 0,
  decisions: 0,
  flagged: new Set(),
  hours: [],
  published: 0,
  rejected: 0,
  sources: new Map(),
})

const round = (value: null | number, decimals: number) => {
  if (value === null) return null
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

/**
 * The `p`th percentile (0–1) by linear interpolation between the closest ranks (as a spreadsheet's
 * PERCENTILE.INC): p = 0.5 is the median.
 */
export const percentile = (values: number[], p: number): null | number => {
  if (values.length === 0) return null
  const sorted = Float64Array.from(values).sort()
  const rank = p * (sorted.length - 1)
  const below = Math.floor(rank)
  const above = Math.min(below + 1, sorted.length - 1)
  return sorted[below] + (rank - below) * (sorted[above] - sorted[below])
}

const share = (part: number, whole: number) => (whole ? round(part / whole, 4) : null)

const numbersOf = (tally: Tally, sources: string[]): EthicsNumbers => ({
  aiItems: tally.aiItems,
  aiShare: share(tally.aiItems, tally.published),
  clearRate: share(tally.cleared, tally.decisions),
  cleared: tally.cleared,
  decisions: tally.decisions,
  flaggedBySource: Object.fromEntries(
    sources.map((source) => [source, tally.sources.get(source)?.size ?? 0]),
  ),
  flaggedItems: tally.flagged.size,
  published: tally.published,
  queueHoursMedian: round(median(tally.hours), 2),
  queueHoursP90: round(percentile(tally.hours, 0.9), 2),
  rejectRate: share(tally.rejected, tally.decisions),
  rejected: tally.rejected,
})

const HOUR = 3_600_000

type Region = { id: number | string; name?: null | string; slug?: null | string }

/**
 * The ethics section of a report: the review queue's entries (already limited to the report's regions) and the
 * report's fact rows, tallied per region, per region and month, and in total.
 */
export const ethicsSection = async ({
  entries,
  listed,
  regionOf,
  rows,
  sources,
  text,
  window,
  zone,
}: {
  entries: ReviewQueueEntry[]
  /** The regions the report lists, in order. */
  listed: Region[]
  regionOf: (entry: ReviewQueueEntry) => null | string
  rows: ReportFact[]
  sources: string[]
  text: { noRegion: string; unknown: string }
  window: { end: Date; start: Date }
  zone: ReportTimeZone
}): Promise<EthicsSection> => {
  const all = newTally()
  const byRegion = new Map<null | string, Tally>()
  const byRegionMonth = new Map<null | string, Map<string, Tally>>()
  const talliesOf = (region: null | string, month: string): Tally[] => {
    let regionTally = byRegion.get(region)
    if (!regionTally) byRegion.set(region, (regionTally = newTally()))
    let months = byRegionMonth.get(region)
    if (!months) byRegionMonth.set(region, (months = new Map()))
    let monthTally = months.get(month)
    if (!monthTally) months.set(month, (monthTally = newTally()))
    return [all, regionTally, monthTally]
  }
  const inWindow = (instant: string) => {
    const time = Date.parse(instant)
    return time >= window.start.getTime() && time < window.end.getTime()
  }

  const pause = pauser()
  for (const entry of entries) {
    const region = regionOf(entry)
    const item = `${entry.collection}:${entry.id}`
    if (entry.queuedAt && inWindow(entry.queuedAt)) {
      for (const tally of talliesOf(region, zone.monthOf(entry.queuedAt))) {
        tally.flagged.add(item)
        for (const source of entry.sources) {
          let items = tally.sources.get(source)
          if (!items) tally.sources.set(source, (items = new Set()))
          items.add(item)
        }
      }
    }
    const decision = entry.decision
    if (decision && inWindow(decision.at)) {
      const waited =
        entry.queuedAtKnown && entry.queuedAt
          ? (Date.parse(decision.at) - Date.parse(entry.queuedAt)) / HOUR
          : NaN
      for (const tally of talliesOf(region, zone.monthOf(decision.at))) {
        tally.decisions += 1
        if (decision.decision === 'clear') tally.cleared += 1
        else tally.rejected += 1
        if (Number.isFinite(waited) && waited >= 0) tally.hours.push(waited)
      }
    }
    await pause()
  }
  for (const row of rows) {
    for (const tally of talliesOf(row.region ?? null, row.month)) {
      tally.published += 1
      if (row.usedAI) tally.aiItems += 1
    }
    await pause()
  }

  const label = (key: null | string, region?: Region) =>
    region
      ? (region.name ?? String(region.slug))
      : key === null
        ? text.noRegion
        : `${text.unknown} #${key}`
  const known = new Map(listed.map((region) => [String(region.id), region]))
  const keys: (null | string)[] = [
    ...known.keys(),
    ...[...byRegion.keys()].filter((key) => key === null || !known.has(key)),
  ]
  const regions: EthicsGroup[] = []
  const regionMonths: EthicsGroup[] = []
  for (const key of keys) {
    const region = key === null ? undefined : known.get(key)
    const head = {
      key,
      label: label(key, region),
      ...(region?.slug ? { slug: region.slug } : {}),
    }
    regions.push({ ...head, ...numbersOf(byRegion.get(key) ?? newTally(), sources) })
    const months = byRegionMonth.get(key)
    for (const month of [...(months?.keys() ?? [])].sort()) {
      regionMonths.push({ ...head, month, ...numbersOf(months!.get(month)!, sources) })
    }
  }
  return {
    counting: ETHICS_COUNTING,
    regionMonths,
    regions,
    sources,
    totals: numbersOf(all, sources),
  }
}
