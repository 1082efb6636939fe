import type { ReportNumbers } from './aggregate'
import type { ContributionReport } from './contributionReport'
import type { EthicsNumbers, EthicsSection } from './ethics'
import type { ReportParams } from './params'

import { REPORT_COLUMN_LABELS, REPORT_ETHICS_COLUMN_LABELS, REPORT_TOTAL_ROW_LABEL } from './labels'

/** Columns after the counted collections' own (one per collection, by its key, in the option's order). */
const NUMBER_COLUMNS = [
  'total',
  'participants',
  'aiItems',
  'aiShare',
  'medianHoursToPublish',
] as const

/**
 * How a spreadsheet set to the language reads CSV: Excel in Kazakh or Russian expects `;` between cells and a
 * decimal comma (the comma is the decimal separator there); English keeps `,` and `.` and the machine headers.
 */
type CsvStyle = {
  decimal: string
  headers: (column: string) => string
  separator: string
  totalLabel: string
}
export type ColumnLabels = Record<string, Record<string, string> | undefined>
const csvStyle = (language: string, labels: ColumnLabels): CsvStyle =>
  language === 'kk' || language === 'ru'
    ? {
        decimal: ',',
        headers: (column) => labels[column]?.[language] ?? column,
        separator: ';',
        totalLabel: REPORT_TOTAL_ROW_LABEL[language],
      }
    : {
        decimal: '.',
        headers: (column) => column,
        separator: ',',
        totalLabel: REPORT_TOTAL_ROW_LABEL.en,
      }

/** One CSV cell: quoted when needed; text that a spreadsheet would run as a formula is prefixed with '. */
const cell =
  (style: CsvStyle) =>
  (value: null | number | string | undefined): string => {
    if (value === null || value === undefined) return ''
    if (typeof value === 'number') return String(value).replace('.', style.decimal)
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
    return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }

const numbers = (n: ReportNumbers, typeKeys: string[]) => [
  ...typeKeys.map((key) => n.counts[key]),
  n.total,
  n.participants,
  n.aiItems,
  n.aiShare,
  n.medianHoursToPublish,
]

export const TOTAL_ROW_LABEL = REPORT_TOTAL_ROW_LABEL.en

/**
 * The report as CSV in the reader's language (`csvStyle`): a header row, one row per group, then the totals row;
 * the same numbers as the JSON. Starts with a UTF-8 byte-order mark so spreadsheet programs read Kazakh and Russian
 * names correctly. `typeLabels`: the header of each counted collection's column, by its key (`ethnoEvents`), in the
 * three languages (the resolved options' `typeLabels`); a column without one is headed with its key.
 */
export const reportCsv = (
  report: ContributionReport,
  language = 'en',
  typeLabels: ColumnLabels = {},
): string => {
  const style = csvStyle(language, { ...typeLabels, ...REPORT_COLUMN_LABELS })
  const typeKeys = Object.keys(report.totals.counts)
  const row = (cells: (null | number | string | undefined)[]) =>
    cells.map(cell(style)).join(style.separator)
  const lines = [
    row(['key', 'slug', 'label', ...typeKeys, ...NUMBER_COLUMNS].map(style.headers)),
    ...report.groups.map((group) =>
      row([group.key, group.slug, group.label, ...numbers(group, typeKeys)]),
    ),
    row(['', '', style.totalLabel, ...numbers(report.totals, typeKeys)]),
  ]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** `disclosure` → `flaggedDisclosure`: the column of a flag source. */
const sourceColumn = (source: string) => `flagged${source[0].toUpperCase()}${source.slice(1)}`

const ethicsNumbers = (n: EthicsNumbers, sources: string[]) => [
  n.flaggedItems,
  ...sources.map((source) => n.flaggedBySource[source]),
  n.decisions,
  n.cleared,
  n.rejected,
  n.clearRate,
  n.rejectRate,
  n.queueHoursMedian,
  n.queueHoursP90,
  n.published,
  n.aiItems,
  n.aiShare,
]

/**
 * The report's ethics section as CSV (`section=ethics`), styled as `reportCsv`: per region a row for the whole
 * window (empty month) followed by its months, then the totals row; the same numbers as the JSON's `ethics`.
 */
export const ethicsCsv = (section: EthicsSection, language = 'en'): string => {
  const style = csvStyle(language, REPORT_ETHICS_COLUMN_LABELS)
  const { sources } = section
  const row = (cells: (null | number | string | undefined)[]) =>
    cells.map(cell(style)).join(style.separator)
  const header = [
    'key',
    'slug',
    'label',
    'month',
    'flaggedItems',
    ...sources.map(sourceColumn),
    'decisions',
    'cleared',
    'rejected',
    'clearRate',
    'rejectRate',
    'queueHoursMedian',
    'queueHoursP90',
    'published',
    'aiItems',
    'aiShare',
  ]
  const lines = [row(header.map(style.headers))]
  for (const region of section.regions) {
    lines.push(row([region.key, region.slug, region.label, '', ...ethicsNumbers(region, sources)]))
    for (const month of section.regionMonths.filter((group) => group.key === region.key)) {
      lines.push(
        row([month.key, month.slug, month.label, month.month, ...ethicsNumbers(month, sources)]),
      )
    }
  }
  lines.push(row(['', '', style.totalLabel, '', ...ethicsNumbers(section.totals, sources)]))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export const csvFilename = (params: ReportParams): string =>
  [
    params.section === 'ethics' ? 'ethics' : 'contributions',
    params.groupBy,
    params.from,
    params.to,
    params.region,
  ]
    .filter(Boolean)
    .join('_') + '.csv'
