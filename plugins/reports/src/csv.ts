import type { ReportNumbers } from './aggregate'
import type { ContributionReport } from './contributionReport'
import type { ReportParams } from './params'

/** Columns after the counted collections' own (one per collection, by its key, in the option's order). */
const NUMBER_COLUMNS = ['total', 'participants', 'aiItems', 'aiShare', 'medianHoursToPublish'] as const

/** One CSV cell: quoted when needed; text that a spreadsheet would run as a formula is prefixed with '. */
const cell = (value: null | number | string | undefined): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(value)
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const numbers = (n: ReportNumbers, typeKeys: string[]) => [
  ...typeKeys.map((key) => n.counts[key]),
  n.total,
  n.participants,
  n.aiItems,
  n.aiShare,
  n.medianHoursToPublish,
]

export const TOTAL_ROW_LABEL = 'TOTAL (each item once)'

/**
 * The report as CSV: a header row, one row per group, then the totals row; the same numbers as the JSON.
 * Starts with a UTF-8 byte-order mark so spreadsheet programs read Kazakh and Russian names correctly.
 */
export const reportCsv = (report: ContributionReport): string => {
  const typeKeys = Object.keys(report.totals.counts)
  const lines = [
    ['key', 'slug', 'label', ...typeKeys, ...NUMBER_COLUMNS].join(','),
    ...report.groups.map((group) => [group.key, group.slug, group.label, ...numbers(group, typeKeys)].map(cell).join(',')),
    ['', '', TOTAL_ROW_LABEL, ...numbers(report.totals, typeKeys)].map(cell).join(','),
  ]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export const csvFilename = (params: ReportParams): string =>
  ['contributions', params.groupBy, params.from, params.to, params.region].filter(Boolean).join('_') + '.csv'
