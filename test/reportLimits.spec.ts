import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initialFilters } from '../plugins/reports/src/admin/filters'
import { factsOfDays, storeDays } from '../plugins/reports/src/dayCache'
import { ReportError } from '../plugins/reports/src/errors'
import { parseReportParams } from '../plugins/reports/src/params'
import { daysBetween } from '../plugins/reports/src/timeZone'
import { bootPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { createDesk, type Desk } from './workflow/helpers'

/**
 * Finding 9 of the security review: `/api/reports/contributions?from=1000-01-01&to=2999-12-31&groupBy=month` held
 * the server for 471 s. Ranges are bounded (400 with a code naming the limit) and the work grows linearly with
 * the range.
 */
let payload: Payload
let desk: Desk

beforeAll(async () => {
  payload = await bootPayload()
  desk = await createDesk(payload)
})

afterAll(async () => {
  await payload?.destroy()
})

const refusalOf = (query: string): ReportError => {
  try {
    parseReportParams(new URLSearchParams(query))
  } catch (error) {
    return error as ReportError
  }
  throw new Error(`${query} was accepted`)
}

// [query, code, parameter]: each is refused before any day is read.
const OVER_THE_LIMITS: [string, string, string][] = [
  ['from=1000-01-01&to=2999-12-31&groupBy=month', 'DATE_OUT_OF_RANGE', 'from'],
  ['from=0001-01-01&to=0001-12-31&groupBy=region', 'DATE_OUT_OF_RANGE', 'from'],
  ['from=2025-01-01&to=9999-12-31&groupBy=month', 'DATE_OUT_OF_RANGE', 'to'],
  ['from=9999-12-31&to=9999-12-31&groupBy=type', 'DATE_OUT_OF_RANGE', 'from'],
  ['from=1900-01-01&to=2099-12-31&groupBy=month', 'RANGE_TOO_LONG', 'to'],
  ['from=2016-01-01&to=2026-01-01&groupBy=contributor', 'RANGE_TOO_LONG', 'to'],
  ['from=2016-02-29&to=2026-03-01&groupBy=rubric', 'RANGE_TOO_LONG', 'to'],
  ['from=2016-01-01&to=2026-01-01&groupBy=month&format=csv', 'RANGE_TOO_LONG', 'to'],
]

describe('report ranges are bounded', () => {
  it('refuses a range past the limits while reading the parameters, naming the limit', () => {
    for (const [query, code, parameter] of OVER_THE_LIMITS) {
      const error = refusalOf(query)
      expect(error, query).toBeInstanceOf(ReportError)
      expect({ code: error.code, parameter: error.parameter, status: error.status }, query).toEqual(
        { code, parameter, status: 400 },
      )
    }
    expect(refusalOf('from=2016-01-01&to=2026-01-01&groupBy=month').limit).toEqual({ maxYears: 10 })
    expect(refusalOf('from=1000-01-01&to=2999-12-31&groupBy=month').limit).toEqual({
      firstDay: '1900-01-01',
      lastDay: '2099-12-31',
    })
  })

  it('answers 400 with the code, the parameter and the limit over REST (JSON and CSV alike)', async () => {
    for (const [query, code, parameter] of OVER_THE_LIMITS) {
      const res = await rest('GET', `/api/reports/contributions?${query}`, {
        token: desk.tokens.editor,
      })
      expect(res.status, `${query}: ${JSON.stringify(res.body)}`).toBe(400)
      expect(res.body, query).toMatchObject({ code, parameter, limit: expect.any(Object) })
      expect(res.body.message, query).toMatch(new RegExp(`^${parameter}: `))
    }
  })

  it('still answers the longest allowed range: ten years, 120 months', async () => {
    for (const [from, to] of [
      ['2016-01-01', '2025-12-31'],
      // 29 February + 10 years: the last day is 28 February.
      ['2016-02-29', '2026-02-28'],
    ]) {
      const res = await rest(
        'GET',
        `/api/reports/contributions?from=${from}&to=${to}&groupBy=month`,
        { token: desk.tokens.admin },
      )
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.groups).toHaveLength(from === '2016-01-01' ? 120 : 121)
    }
  })

  it('the admin page opens the default report instead of a range the endpoint would refuse', () => {
    const regions = [{ slug: 'astana' }]
    expect(
      initialFilters(
        { from: '1000-01-01', groupBy: 'month', to: '2999-12-31' },
        regions,
        '2026-05-10',
      ),
    ).toMatchObject({ from: '2026-01-01', to: '2026-05-10' })
    expect(
      initialFilters(
        { from: '2016-01-01', groupBy: 'month', to: '2026-01-01' },
        regions,
        '2026-05-10',
      ),
    ).toMatchObject({ from: '2026-01-01', to: '2026-05-10' })
    expect(
      initialFilters(
        { from: '2016-01-01', groupBy: 'month', to: '2025-12-31' },
        regions,
        '2026-05-10',
      ),
    ).toMatchObject({ from: '2016-01-01', to: '2025-12-31' })
  })
})

describe('the day cache works in time linear in the days of a range', () => {
  it('storing the days of 400 empty years costs nothing (it shifted a queue of every day: 19 s of CPU)', async () => {
    const req = await createLocalReq({}, payload)
    // Called directly: the endpoint no longer accepts ranges this long. 146,097 days, none with items or a row.
    const days = daysBetween('1300-01-01', '1699-12-31')
    const started = performance.now()
    await storeDays(days, new Map(), new Map(), new Date().toISOString(), req)
    // Linear work is a few milliseconds; the quadratic queue took many seconds. The margin is 100-fold.
    expect(performance.now() - started).toBeLessThan(500)
  })

  it('reads a long range of empty days without overflowing the stack or writing rows', async () => {
    const req = await createLocalReq({}, payload)
    // A century before the newsroom: no items (other specs publish in the present), no rows written for it.
    expect(await factsOfDays(req, '1900-01-01', '1999-12-31')).toEqual([])
    expect(
      (
        await payload.count({
          collection: 'contribution-days',
          where: { day: { less_than: '2000-01-01' } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})
