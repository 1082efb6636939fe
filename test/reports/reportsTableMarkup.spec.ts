import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The reports page's two tables (the contribution table and the ethics table) share one component for their
 * markup — scroll region, header row, totals row, cells with `data-label` — so a change to it (accessibility, the
 * card layout on narrow screens) reaches both. What they render is checked by the e2e specs (test/e2e), which read
 * the same class names and texts.
 */
const source = fs.readFileSync(
  path.resolve(__dirname, '../../plugins/reports/src/admin/ReportsClient.tsx'),
  'utf8',
)
const count = (text: string) => source.split(text).length - 1

describe('the reports tables', () => {
  it.each([
    '<table',
    '<thead>',
    '<tfoot>',
    '"contribution-reports__scroll"',
    'role="region"',
    'data-label=',
  ])('%s is written once', (markup) => {
    expect(count(markup)).toBe(1)
  })

  it.each([
    'contribution-reports__table',
    'contribution-reports__main',
    'contribution-reports__strong',
    'contribution-reports__group-row',
    'contribution-reports__sub-row',
    'contribution-reports__sub-label',
  ])('keeps the class %s', (className) => {
    expect(source).toContain(className)
  })
})
