/**
 * Reports count whole calendar days in one time zone (the newsroom's: Asia/Almaty, Kazakhstan time, UTC+5 since
 * 1 March 2024, UTC+6 before; the tz database knows both), so "published on 10 March" means what an editor in Astana
 * saw. The zone is the plugin's `timeZone` option; calendar arithmetic on `YYYY-MM-DD` needs no zone.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** `YYYY-MM-DD` naming a real calendar day (2025-02-30 is not one). */
export const isCalendarDay = (value: string): boolean => {
  const match = DAY.exec(value)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number)
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

/** The day after `day` (`YYYY-MM-DD`). */
export const nextDay = (day: string): string => {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10)
}

/** Every day from `from` to `to`, both included (`YYYY-MM-DD`). */
export const daysBetween = (from: string, to: string): string[] => {
  const days: string[] = []
  for (let day = from; day <= to; day = nextDay(day)) days.push(day)
  return days
}

/** Every `YYYY-MM` from the month of `from` to the month of `to` (days as `YYYY-MM-DD`). */
export const monthsBetween = (from: string, to: string): string[] => {
  const months: string[] = []
  let [year, month] = from.split('-').map(Number)
  const [lastYear, lastMonth] = to.split('-').map(Number)
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`)
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  return months
}

/** Days, months and windows of one time zone. */
export type ReportTimeZone = {
  /** `YYYY-MM-DD` of an instant in the zone. */
  dayOf: (instant: Date | string) => string
  /** The window of whole days `from`..`to`, both inclusive: `start` the first instant, `end` the first one after. */
  dayWindow: (from: string, to: string) => { end: Date; start: Date }
  /** `YYYY-MM` of an instant in the zone. */
  monthOf: (instant: Date | string) => string
  /** The IANA name. */
  name: string
  /** The instant a calendar day begins in the zone. */
  startOfDay: (day: string) => Date
}

/** The calendar of an IANA time zone; throws a RangeError for a name the runtime does not know. */
export const reportTimeZone = (name: string): ReportTimeZone => {
  const offsetFormat = new Intl.DateTimeFormat('en-US', {
    timeZone: name,
    timeZoneName: 'longOffset',
  })
  const dayFormat = new Intl.DateTimeFormat('en-CA', {
    day: '2-digit',
    month: '2-digit',
    timeZone: name,
    year: 'numeric',
  })

  /** Minutes the zone is ahead of UTC at an instant ("GMT+05:00" → 300). */
  const offsetMinutes = (instant: number): number => {
    const zoneName =
      offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ??
      'GMT'
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(zoneName)
    return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0
  }

  const startOfDay = (day: string): Date => {
    const [year, month, date] = day.split('-').map(Number)
    const wallClock = Date.UTC(year, month - 1, date)
    // Twice: the offset at the first guess may differ from the offset at midnight when a change falls in between.
    const guess = wallClock - offsetMinutes(wallClock) * 60_000
    return new Date(wallClock - offsetMinutes(guess) * 60_000)
  }
  const dayOf = (instant: Date | string): string => dayFormat.format(new Date(instant))

  return {
    dayOf,
    dayWindow: (from, to) => ({ end: startOfDay(nextDay(to)), start: startOfDay(from) }),
    monthOf: (instant) => dayOf(instant).slice(0, 7),
    name,
    startOfDay,
  }
}
