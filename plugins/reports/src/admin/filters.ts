import { GROUP_BY, type GroupBy, rangeProblem } from '../params'
import { isCalendarDay } from '../timeZone'

/** What the report form shows and asks for; `region` '' means all the user's regions. */
export type ReportFilters = { from: string; groupBy: GroupBy; region: string; to: string }

const one = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/**
 * The filters to open with: `?from=&to=&groupBy=&region=` (links from the dashboard), each one ignored when it
 * is not valid (a range the endpoint would refuse included) or names a region the user cannot report on; otherwise this year by region.
 */
export const initialFilters = (
  searchParams: Record<string, unknown> | undefined,
  regions: { slug: string }[],
  today: string,
): ReportFilters => {
  const from = one(searchParams?.from)
  const to = one(searchParams?.to)
  const groupBy = one(searchParams?.groupBy)
  const region = one(searchParams?.region)
  const range =
    from && to && isCalendarDay(from) && isCalendarDay(to) && !rangeProblem(from, to)
      ? { from, to }
      : { from: `${today.slice(0, 4)}-01-01`, to: today }
  return {
    ...range,
    groupBy: GROUP_BY.includes(groupBy as GroupBy) ? (groupBy as GroupBy) : 'region',
    region: regions.some((option) => option.slug === region) ? (region as string) : '',
  }
}
