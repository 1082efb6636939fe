import type { PayloadRequest } from 'payload'

import type { ReportAudience } from './access'
import type { ReportFact } from './facts/contributionFact'
import type { GroupBy, ReportParams } from './params'

import { aggregate, emptyNumbers, type ReportNumbers } from './aggregate'
import { factsOfDays } from './dayCache'
import { type EthicsSection, ethicsSection } from './ethics'
import { invalidParameter, ReportError } from './errors'
import { reportsOptionsOf } from './options'
import { monthsBetween } from './timeZone'
import { relationId } from './users'

export type ReportGroup = ReportNumbers & {
  /** Region, contributor or rubric id, `YYYY-MM`, or the type key; null for "no rubric" / "no contributor". */
  key: null | string
  label: string
  /** Region and rubric slugs. */
  slug?: string
}

export type ContributionReport = {
  /**
   * The ethics review in the window, per region and per region and month, whatever the grouping: items flagged (by
   * source), decisions, time in the queue, clear/reject rates and the AI share of the published items. Absent when
   * the plugin has no `reviews` option.
   */
  ethics?: EthicsSection
  groups: ReportGroup[]
  meta: {
    /** How items are counted in this grouping. */
    counting: string
    from: string
    generatedAt: string
    groupBy: GroupBy
    /** Published items in the window (each once). */
    items: number
    /** groupBy=contributor only: items with two or more contributors (each counted in several groups). */
    multiContributorItems?: number
    /** Region slugs the report covers; null means every region. */
    regions: null | string[]
    timeZone: string
    to: string
    /** The window as instants: from `start` (inclusive) to `end` (exclusive). */
    window: { end: string; start: string }
  }
  /** Every item once, whatever the grouping. */
  totals: ReportNumbers
}

type Named = { id: number | string; name?: null | string; slug?: null | string }

const TEXT = {
  noContributor: { en: 'No contributor', kk: 'Авторы көрсетілмеген', ru: 'Автор не указан' },
  noRubric: { en: 'No rubric', kk: 'Айдарсыз', ru: 'Без рубрики' },
  noRegion: { en: 'No region', kk: 'Өңірсіз', ru: 'Без региона' },
  unknown: { en: 'Deleted', kk: 'Жойылған', ru: 'Удалено' },
}

const COUNTING = {
  contributor:
    'An item with several contributors counts once in the group of each of them, so the group totals can add up to more than meta.items; items without a contributor are in the group with key null. totals counts every item once.',
  other: 'Each published item counts once, in exactly one group.',
}

/**
 * Counts the items published in the window (whole days in the report zone), grouped as asked, for the regions
 * the audience may see. Reads the day cache of the fact rows (Local API only, so every adapter runs the same
 * code) and tallies here.
 */
export const contributionReport = async (
  req: PayloadRequest,
  params: ReportParams,
  audience: ReportAudience,
  /** `ethics: false` leaves the ethics section out (callers that show only the contributions). */
  { ethics: withEthics = true }: { ethics?: boolean } = {},
): Promise<ContributionReport> => {
  const { payload } = req
  const options = reportsOptionsOf(payload.config)
  const { typeKeys } = options
  const locale = typeof req.locale === 'string' && req.locale !== 'all' ? req.locale : undefined
  // Labels follow the content locale (`?locale=`, Kazakh by default), like the region and rubric names.
  const language = locale ?? req.i18n?.language ?? 'en'
  const text = (key: keyof typeof TEXT) => TEXT[key][language as 'en'] ?? TEXT[key].en

  const { docs: found } = (await payload.find({
    collection: options.regionsCollection,
    depth: 0,
    locale,
    overrideAccess: true,
    pagination: false,
    req,
    select: { name: true, order: true, slug: true },
  })) as unknown as { docs: (Named & { order?: null | number })[] }
  // The regions' own order (cities first), then by name.
  const regions = found.sort(
    (a, b) =>
      (a.order ?? Infinity) - (b.order ?? Infinity) ||
      String(a.name ?? a.slug).localeCompare(String(b.name ?? b.slug)),
  )

  let scope: Named[] | null = null
  if (params.region) {
    const region = regions.find((candidate) => candidate.slug === params.region)
    if (!region)
      throw invalidParameter('region', 'INVALID_PARAMETER.reportNoRegion', { value: params.region })
    if (audience.kind === 'regional' && !audience.regionIds.includes(String(region.id))) {
      throw new ReportError(403, 'FORBIDDEN_REGION.report', {}, 'region')
    }
    scope = [region]
  } else if (audience.kind === 'regional') {
    scope = regions.filter((region) => audience.regionIds.includes(String(region.id)))
  }

  const window = options.zone.dayWindow(params.from, params.to)
  const regionIds = scope ? new Set(scope.map((region) => String(region.id))) : null
  // The facts are server-only: who may see which region was decided above (`audience`, `scope`).
  const facts = await factsOfDays(req, params.from, params.to)
  const rows = regionIds
    ? facts.filter((fact) => fact.region !== null && regionIds.has(fact.region))
    : facts

  const keysOf: Record<GroupBy, (row: ReportFact) => (null | string)[]> = {
    contributor: (row) => (row.contributors.length ? row.contributors : [null]),
    month: (row) => [row.month],
    region: (row) => [row.region ?? null],
    rubric: (row) => [row.rubric ?? null],
    type: (row) => [typeKeys[row.type]],
  }
  const { groups: tallies, totals } = await aggregate(rows, keysOf[params.groupBy], typeKeys)
  const numbers = (key: null | string) => tallies.get(key) ?? emptyNumbers(typeKeys)

  const named = async (
    kind: 'contributors' | 'rubrics',
    keys: (null | string)[],
  ): Promise<Map<string, Named>> => {
    const ids = keys.filter((key): key is string => key !== null)
    if (ids.length === 0) return new Map()
    const { docs } = await payload.find({
      collection:
        kind === 'contributors' ? options.contributorsCollection : options.rubricsCollection,
      depth: 0,
      locale,
      overrideAccess: true,
      pagination: false,
      req,
      select: (kind === 'contributors' ? { fullName: true } : { name: true, slug: true }) as never,
      where: { id: { in: ids } },
    })
    return new Map(
      (docs as Record<string, any>[]).map((doc) => [
        String(doc.id),
        { id: doc.id, name: doc.fullName ?? doc.name, slug: doc.slug },
      ]),
    )
  }

  let groups: ReportGroup[]
  switch (params.groupBy) {
    case 'region': {
      const listed = scope ?? regions
      groups = listed.map((region) => ({
        key: String(region.id),
        label: region.name ?? String(region.slug),
        slug: region.slug ?? undefined,
        ...numbers(String(region.id)),
      }))
      // Facts of regions deleted since (or without a region) still count in the totals; show them too.
      const known = new Set(listed.map((region) => String(region.id)))
      for (const key of tallies.keys()) {
        if (key === null || !known.has(key))
          groups.push({
            key,
            label: key === null ? text('noRegion') : `${text('unknown')} #${key}`,
            ...numbers(key),
          })
      }
      break
    }
    case 'contributor':
    case 'rubric': {
      const keys = [...tallies.keys()]
      const names = await named(params.groupBy === 'contributor' ? 'contributors' : 'rubrics', keys)
      const none = params.groupBy === 'contributor' ? text('noContributor') : text('noRubric')
      groups = keys
        .map((key) => {
          const doc = key === null ? undefined : names.get(key)
          const label = key === null ? none : (doc?.name ?? `${text('unknown')} #${key}`)
          return { key, label, ...(doc?.slug ? { slug: doc.slug } : {}), ...numbers(key) }
        })
        .sort(
          (a, b) =>
            Number(a.key === null) - Number(b.key === null) ||
            b.total - a.total ||
            a.label.localeCompare(b.label),
        )
      break
    }
    case 'month': {
      const months = monthsBetween(params.from, params.to)
      groups = months.map((month) => ({ key: month, label: month, ...numbers(month) }))
      break
    }
    case 'type': {
      groups = options.collections.map((slug) => {
        const labels = payload.collections[slug]?.config.labels?.plural as
          Record<string, string> | string | undefined
        const label =
          typeof labels === 'string' ? labels : (labels?.[language] ?? labels?.en ?? slug)
        return { key: typeKeys[slug], label, ...numbers(typeKeys[slug]) }
      })
      break
    }
  }

  let ethics: EthicsSection | undefined
  if (options.reviews && withEthics) {
    const regionOf = (entry: { scope: Record<string, unknown> }) => {
      const id = relationId(entry.scope?.region)
      return id === undefined ? null : String(id)
    }
    const entries = (await options.reviews.entries(req, window)).filter((entry) => {
      if (!regionIds) return true
      const region = regionOf(entry)
      return region !== null && regionIds.has(region)
    })
    ethics = await ethicsSection({
      entries,
      listed: scope ?? regions,
      regionOf,
      rows,
      sources: [...options.reviews.sources],
      text: { noRegion: text('noRegion'), unknown: text('unknown') },
      window,
      zone: options.zone,
    })
  }

  return {
    ...(ethics ? { ethics } : {}),
    groups,
    meta: {
      counting: params.groupBy === 'contributor' ? COUNTING.contributor : COUNTING.other,
      from: params.from,
      generatedAt: new Date().toISOString(),
      groupBy: params.groupBy,
      items: totals.total,
      ...(params.groupBy === 'contributor'
        ? { multiContributorItems: rows.filter((row) => row.contributors.length > 1).length }
        : {}),
      regions: scope ? scope.map((region) => String(region.slug)) : null,
      timeZone: options.zone.name,
      to: params.to,
      window: { end: window.end.toISOString(), start: window.start.toISOString() },
    },
    totals,
  }
}
