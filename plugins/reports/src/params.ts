import { invalidParameter, ReportError } from './errors'
import { isCalendarDay } from './timeZone'

/** What a region slug looks like (lower-case letters, digits and dashes). */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const GROUP_BY = ['region', 'contributor', 'rubric', 'month', 'type'] as const
export type GroupBy = (typeof GROUP_BY)[number]

export const FORMATS = ['json', 'csv'] as const
export type ReportFormat = (typeof FORMATS)[number]

export const SECTIONS = ['contributions', 'ethics'] as const
export type ReportSection = (typeof SECTIONS)[number]

export type ReportParams = {
  format: ReportFormat
  /** First day counted, `YYYY-MM-DD` in the report zone. */
  from: string
  groupBy: GroupBy
  /** Slug of one region, when asked for. */
  region?: string
  /** Which table the CSV holds: the contributions (the default) or the ethics section. */
  section?: ReportSection
  /** Last day counted (inclusive). */
  to: string
}

/**
 * What one report may cover. The work grows with the number of days (one cache row each) and, grouped by month,
 * with the number of months: ten years is every report the newsroom asks for (a year, a few years side by side)
 * and keeps the longest one well under a second on 100,000 items a year. @see README "Reports"
 */
export const REPORT_LIMITS = {
  /** The earliest and latest days a report can name. */
  firstDay: '1900-01-01',
  lastDay: '2099-12-31',
  /** A report covers at most this many years: `to` comes before the same date that many years after `from`. */
  maxYears: 10,
} as const

/** The last day a report starting on `from` may cover (`from` + maxYears, minus a day). */
export const lastDayFrom = (from: string): string => {
  const [year, month, day] = from.split('-').map(Number)
  // 29 February + 10 years is 1 March when that year has no 29 February; the day before is still in range.
  const end = new Date(Date.UTC(year + REPORT_LIMITS.maxYears, month - 1, day - 1))
  return end.toISOString().slice(0, 10)
}

/**
 * The range problem of `from`..`to` (two calendar days), or undefined when a report may cover it. Shared by the
 * endpoint and the admin view, so a link can never open a report the endpoint would refuse.
 */
export const rangeProblem = (from: string, to: string): ReportError | undefined => {
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value < REPORT_LIMITS.firstDay || value > REPORT_LIMITS.lastDay) {
      const limit = { firstDay: REPORT_LIMITS.firstDay, lastDay: REPORT_LIMITS.lastDay }
      return new ReportError(400, 'DATE_OUT_OF_RANGE', { ...limit, value }, name, limit)
    }
  }
  if (from > to)
    return invalidParameter('from', 'INVALID_PARAMETER.reportFromAfterTo', { from, to })
  const last = lastDayFrom(from)
  if (to > last) {
    const { maxYears } = REPORT_LIMITS
    return new ReportError(400, 'RANGE_TOO_LONG', { from, last, maxYears }, 'to', { maxYears })
  }
  return undefined
}

const single = (params: URLSearchParams, name: string): string | undefined => {
  const values = params.getAll(name)
  if (values.length > 1) throw invalidParameter(name, 'INVALID_PARAMETER.reportOnce')
  const value = values[0]?.trim()
  return value === '' ? undefined : value
}

const day = (params: URLSearchParams, name: 'from' | 'to'): string => {
  const value = single(params, name)
  if (value === undefined) throw invalidParameter(name, 'INVALID_PARAMETER.reportDayRequired')
  if (!isCalendarDay(value))
    throw invalidParameter(name, 'INVALID_PARAMETER.reportNotDay', { value })
  return value
}

/**
 * Reads `from`, `to`, `groupBy`, `region`, `format` and `section` from the query string; every problem is a 400 naming
 * the parameter, and a range past REPORT_LIMITS is refused before any work is done. Whether the region exists, and whether the user may see it, is checked by the caller.
 */
export const parseReportParams = (params: URLSearchParams): ReportParams => {
  const from = day(params, 'from')
  const to = day(params, 'to')
  const problem = rangeProblem(from, to)
  if (problem) throw problem

  const groupBy = single(params, 'groupBy')
  if (groupBy === undefined)
    throw invalidParameter('groupBy', 'INVALID_PARAMETER.reportGroupByRequired', {
      allowed: GROUP_BY.join(', '),
    })
  if (!GROUP_BY.includes(groupBy as GroupBy))
    throw invalidParameter('groupBy', 'INVALID_PARAMETER.reportNotOneOf', {
      allowed: GROUP_BY.join(', '),
      value: groupBy,
    })

  const format = single(params, 'format') ?? 'json'
  if (!FORMATS.includes(format as ReportFormat))
    throw invalidParameter('format', 'INVALID_PARAMETER.reportNotOneOf', {
      allowed: FORMATS.join(', '),
      value: format,
    })

  const region = single(params, 'region')
  if (region !== undefined && !SLUG_PATTERN.test(region))
    throw invalidParameter('region', 'INVALID_PARAMETER.reportRegionSlug', { value: region })

  const section = single(params, 'section') ?? 'contributions'
  if (!SECTIONS.includes(section as ReportSection))
    throw invalidParameter('section', 'INVALID_PARAMETER.reportSection', {
      allowed: SECTIONS.join(', '),
      value: section,
    })

  return {
    format: format as ReportFormat,
    from,
    groupBy: groupBy as GroupBy,
    region,
    section: section as ReportSection,
    to,
  }
}
