import type { Endpoint } from 'payload'

import type { ResolvedReportsOptions } from './types'

import { reportAudience } from './access'
import { ENDPOINT_PATH } from './constants'
import { contributionReport } from './contributionReport'
import { languageOf } from '../../../src/errors/language'
import { csvFilename, reportCsv } from './csv'
import { ReportError, reportErrorResponse } from './errors'
import { parseReportParams } from './params'

const NO_STORE = { 'Cache-Control': 'private, no-store' }

/**
 * `GET /api/reports/contributions?from=YYYY-MM-DD&to=YYYY-MM-DD&groupBy=region|contributor|rubric|month|type
 * [&region=<slug>][&format=json|csv]`: what was published in the window, per group. National readers see every
 * region, regional readers their own; 401 without a user, 403 for other roles or another region, 400 naming the
 * bad parameter.
 */
export const contributionReportEndpoint = (options: ResolvedReportsOptions): Endpoint => ({
  method: 'get',
  path: ENDPOINT_PATH,
  handler: async (req) => {
    try {
      const audience = reportAudience(req.user, options.readers)
      const params = parseReportParams(req.searchParams)
      const report = await contributionReport(req, params, audience)
      if (params.format === 'csv') {
        return new Response(reportCsv(report, languageOf(req)), {
          headers: {
            ...NO_STORE,
            'Content-Disposition': `attachment; filename="${csvFilename(params)}"`,
            'Content-Type': 'text/csv; charset=utf-8',
          },
        })
      }
      return Response.json(report, { headers: NO_STORE })
    } catch (error) {
      if (error instanceof ReportError) return reportErrorResponse(error, languageOf(req))
      throw error
    }
  },
})
