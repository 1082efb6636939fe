import type { PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { CONTRIBUTION_DAYS, CONTRIBUTION_FACTS } from './constants'
import { packFact, type PackedFact, type ReportFact, unpackFact } from './facts/contributionFact'
import { reportsOptionsOf } from './options'
import { pauser } from './pauser'
import { daysBetween } from './timeZone'

export const dayCacheSettings = {
  /**
   * How long after a fact changed its day's cached row is not trusted: covers a transaction that commits a
   * while after it wrote the fact, and servers whose clocks are a little apart. @default 10 minutes
   */
  settleMs: 10 * 60_000,
}

/** Stale days are read this many at a time (`day in [...]`): days without items cost one indexed lookup each. */
const DAYS_PER_QUERY = 200

type CachedDay = { builtAt: string; day: string; facts: PackedFact[]; id: number | string }

const FACT_SELECT = {
  contributors: true,
  day: true,
  hoursToPublish: true,
  participants: true,
  region: true,
  rubric: true,
  type: true,
  usedAI: true,
} as const

/**
 * The facts of the items published (and still live) from `from` to `to`, both whole days in the report zone.
 *
 * Reads one cached row per day (`contribution-days`), so a one-year report reads at most 366 rows, and rebuilds
 * from `contribution-facts` the days that have no row yet or whose facts changed since their row was built
 * (with a settling margin). The publishing path never writes the cache: it only writes per-item facts, so
 * publishing two items of the same day at once never contends for a shared row.
 */
export const factsOfDays = async (
  req: PayloadRequest,
  from: string,
  to: string,
): Promise<ReportFact[]> => {
  const { payload } = req
  const startedAt = Date.now()
  const window = reportsOptionsOf(payload.config).zone.dayWindow(from, to)
  const inWindow = (field: string) => [
    { [field]: { greater_than_equal: window.start.toISOString() } },
    { [field]: { less_than: window.end.toISOString() } },
  ]

  const cached = new Map<string, CachedDay>()
  const { docs: rows } = await payload.find({
    collection: CONTRIBUTION_DAYS,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { builtAt: true, day: true, facts: true },
    where: { and: inWindow('startsAt') },
  })
  for (const row of rows) cached.set(row.day, row as unknown as CachedDay)

  const days = daysBetween(from, to)
  const stale = new Set(days.filter((day) => !cached.has(day)))
  if (cached.size > 0) {
    // A loop, not Math.min(...rows): spreading thousands of arguments overflows the stack.
    let oldest = Infinity
    for (const row of cached.values()) oldest = Math.min(oldest, Date.parse(row.builtAt))
    const { docs: changed } = await payload.find({
      collection: CONTRIBUTION_FACTS,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { day: true, syncedAt: true },
      where: {
        and: [
          ...inWindow('publishedAt'),
          {
            syncedAt: {
              greater_than_equal: new Date(oldest - dayCacheSettings.settleMs).toISOString(),
            },
          },
        ],
      },
    })
    for (const fact of changed) {
      const row = cached.get(fact.day)
      if (row && Date.parse(fact.syncedAt) >= Date.parse(row.builtAt) - dayCacheSettings.settleMs)
        stale.add(fact.day)
    }
  }

  const rebuilt = new Map<string, PackedFact[]>()
  const staleDays = [...stale].sort()
  for (let start = 0; start < staleDays.length; start += DAYS_PER_QUERY) {
    const { docs: facts } = await payload.find({
      collection: CONTRIBUTION_FACTS,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: FACT_SELECT,
      where: {
        and: [
          { counted: { equals: true } },
          { day: { in: staleDays.slice(start, start + DAYS_PER_QUERY) } },
        ],
      },
    })
    for (const fact of facts) {
      const packed = rebuilt.get(fact.day) ?? []
      packed.push(packFact(fact as never))
      rebuilt.set(fact.day, packed)
    }
  }
  if (staleDays.length > 0)
    await storeDays(staleDays, rebuilt, cached, new Date(startedAt).toISOString(), req)

  const result: ReportFact[] = []
  const pause = pauser()
  for (const day of days) {
    const packed = stale.has(day) ? rebuilt.get(day) : cached.get(day)?.facts
    if (!packed) continue
    const month = day.slice(0, 7)
    for (const fact of packed) result.push(unpackFact(fact, month))
    await pause(packed.length)
  }
  return result
}

/** How many day rows are written at once (each write is its own operation, outside the report's request). */
const WRITE_CONCURRENCY = 8

/**
 * Writes the rebuilt days: a row for every day with items, none for a day without (an empty day costs a lookup
 * in the next report, but a window reaching back before the newsroom existed does not fill the cache with empty rows).
 */
export const storeDays = async (
  days: string[],
  rebuilt: Map<string, PackedFact[]>,
  cached: Map<string, CachedDay>,
  builtAt: string,
  req: PayloadRequest,
) => {
  const { payload } = req
  const store = async (day: string) => {
    const facts = rebuilt.get(day)
    const row = cached.get(day)
    if (!facts) {
      if (row)
        await payload.delete({
          collection: CONTRIBUTION_DAYS,
          id: row.id,
          overrideAccess: true,
          select: { day: true },
        })
      return
    }
    const data = {
      builtAt,
      day,
      facts,
      items: facts.length,
      startsAt: reportsOptionsOf(payload.config).zone.startOfDay(day).toISOString(),
    }
    if (row) {
      await payload.update({
        collection: CONTRIBUTION_DAYS,
        data,
        depth: 0,
        id: row.id,
        overrideAccess: true,
        select: { day: true },
      })
      return
    }
    try {
      await payload.create({
        collection: CONTRIBUTION_DAYS,
        data,
        depth: 0,
        overrideAccess: true,
        select: { day: true },
      })
    } catch (error) {
      // Another report built the same day a moment ago: its row is as good as this one.
      if (!(error instanceof ValidationError)) throw error
    }
  }
  // Only days with items or with a row to remove are written; an index, not queue.shift(): shifting a long array
  // moves every element each time, which made long ranges quadratic (a 2,000-year report took 471 s).
  const queue = days.filter((day) => rebuilt.has(day) || cached.has(day))
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(WRITE_CONCURRENCY, queue.length) }, async () => {
      while (next < queue.length) await store(queue[next++])
    }),
  )
}
