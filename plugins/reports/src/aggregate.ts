import type { ReportFact } from './facts/contributionFact'

import { pauser } from './pauser'

/** The numbers reported for a group (and for the whole window). */
export type ReportNumbers = {
  /** Items that used AI (a reader notice, or a declared use). */
  aiItems: number
  /** aiItems / total, 4 decimals; null without items. */
  aiShare: null | number
  /** Items per counted collection, by its column key (`ethnoEvents`). */
  counts: Record<string, number>
  /** Median hours from the first submit to publication, 2 decimals; null when no item has both. */
  medianHoursToPublish: null | number
  /** Sum of ethno-event participants. */
  participants: number
  total: number
}

type Tally = {
  aiItems: number
  counts: Record<string, number>
  hours: number[]
  participants: number
  total: number
}

/** The column key of each counted collection (`ethno-events` → `ethnoEvents`). */
export type TypeKeys = Record<string, string>

const newTally = (typeKeys: TypeKeys): Tally => ({
  aiItems: 0,
  counts: Object.fromEntries(Object.values(typeKeys).map((key) => [key, 0])),
  hours: [],
  participants: 0,
  total: 0,
})

const add = (tally: Tally, row: ReportFact, typeKeys: TypeKeys) => {
  const key = typeKeys[row.type]
  // A fact of a collection no longer counted (the option changed since) is left out.
  if (key === undefined) return
  tally.counts[key] += 1
  tally.total += 1
  if (row.usedAI) tally.aiItems += 1
  if (typeof row.participants === 'number') tally.participants += row.participants
  if (typeof row.hoursToPublish === 'number') tally.hours.push(row.hoursToPublish)
}

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

export const median = (values: number[]): null | number => {
  if (values.length === 0) return null
  const sorted = Float64Array.from(values).sort()
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const numbersOf = (tally: Tally): ReportNumbers => {
  const middle = median(tally.hours)
  return {
    aiItems: tally.aiItems,
    aiShare: tally.total ? round(tally.aiItems / tally.total, 4) : null,
    counts: tally.counts,
    medianHoursToPublish: middle === null ? null : round(middle, 2),
    participants: tally.participants,
    total: tally.total,
  }
}

/**
 * Tallies rows into groups: `keysOf` names the group(s) a row counts in (several for a multi-contributor item
 * grouped by contributor; `null` is the "none" group). The totals count every row once.
 */
export const aggregate = async (
  rows: ReportFact[],
  keysOf: (row: ReportFact) => (null | string)[],
  typeKeys: TypeKeys,
): Promise<{ groups: Map<null | string, ReportNumbers>; totals: ReportNumbers }> => {
  const tallies = new Map<null | string, Tally>()
  const all = newTally(typeKeys)
  const pause = pauser()
  for (const row of rows) {
    if (!(row.type in typeKeys)) continue
    add(all, row, typeKeys)
    for (const key of keysOf(row)) {
      let tally = tallies.get(key)
      if (!tally) tallies.set(key, (tally = newTally(typeKeys)))
      add(tally, row, typeKeys)
    }
    await pause()
  }
  const groups = new Map<null | string, ReportNumbers>()
  for (const [key, tally] of tallies) groups.set(key, numbersOf(tally))
  return { groups, totals: numbersOf(all) }
}

/** The numbers of a group with no items (regions, months and types are listed even when empty). */
export const emptyNumbers = (typeKeys: TypeKeys): ReportNumbers => numbersOf(newTally(typeKeys))
