import { SLUG_PATTERN } from '../utilities/slugify'
import { invalidParameter } from './errors'
import { isCalendarDay } from './timeZone'

export const GROUP_BY = ['region', 'contributor', 'rubric', 'month', 'type'] as const
export type GroupBy = (typeof GROUP_BY)[number]

export const FORMATS = ['json', 'csv'] as const
export type ReportFormat = (typeof FORMATS)[number]

export type ReportParams = {
  format: ReportFormat
  /** First day counted, `YYYY-MM-DD` in Kazakhstan time. */
  from: string
  groupBy: GroupBy
  /** Slug of one region, when asked for. */
  region?: string
  /** Last day counted (inclusive). */
  to: string
}

const single = (params: URLSearchParams, name: string): string | undefined => {
  const values = params.getAll(name)
  if (values.length > 1) throw invalidParameter(name, 'give it once.')
  const value = values[0]?.trim()
  return value === '' ? undefined : value
}

const day = (params: URLSearchParams, name: 'from' | 'to'): string => {
  const value = single(params, name)
  if (value === undefined) throw invalidParameter(name, 'required, a day as YYYY-MM-DD.')
  if (!isCalendarDay(value)) throw invalidParameter(name, `"${value}" is not a calendar day as YYYY-MM-DD.`)
  return value
}

/**
 * Reads `from`, `to`, `groupBy`, `region` and `format` from the query string; every problem is a 400 naming
 * the parameter. Whether the region exists, and whether the user may see it, is checked by the caller.
 */
export const parseReportParams = (params: URLSearchParams): ReportParams => {
  const from = day(params, 'from')
  const to = day(params, 'to')
  if (from > to) throw invalidParameter('from', `${from} is after to (${to}).`)

  const groupBy = single(params, 'groupBy')
  if (groupBy === undefined) throw invalidParameter('groupBy', `required, one of ${GROUP_BY.join(', ')}.`)
  if (!GROUP_BY.includes(groupBy as GroupBy)) throw invalidParameter('groupBy', `"${groupBy}" is not one of ${GROUP_BY.join(', ')}.`)

  const format = single(params, 'format') ?? 'json'
  if (!FORMATS.includes(format as ReportFormat)) throw invalidParameter('format', `"${format}" is not one of ${FORMATS.join(', ')}.`)

  const region = single(params, 'region')
  if (region !== undefined && !SLUG_PATTERN.test(region)) throw invalidParameter('region', `"${region}" is not a region slug.`)

  return { format: format as ReportFormat, from, groupBy: groupBy as GroupBy, region, to }
}
