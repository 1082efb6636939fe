import type { Endpoint } from 'payload'

import type { ResolvedReportsOptions } from './types'

import { reportAudience } from './access'
import { ENDPOINT_PATH } from './constants'
import { contributionReport } from './contributionReport'
import { csvFilename, ethicsCsv, reportCsv } from './csv'
import { invalidParameter, ReportError, reportErrorResponse } from './errors'
import { parseReportParams } from './params'

const NO_STORE = { 'Cache-Control': 'private, no-store' }

/**
 * `GET /api/reports/contributions?from=YYYY-MM-DD&to=YYYY-MM-DD&groupBy=region|contributor|rubric|month|type
 * [&region=<slug>][&format=json|csv][&section=contributions|ethics]`: what was published in the window, per
 * group, and the ethics review's numbers per region and month (`ethics`; `section=ethics` makes the CSV of it). National readers see every
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
      if (params.section === 'ethics' && !options.reviews)
        throw invalidParameter('section', 'INVALID_PARAMETER.reportNoEthics')
      const report = await contributionReport(req, params, audience)
      if (params.format === 'csv') {
        const csv =
          params.section === 'ethics' && report.ethics
            ? ethicsCsv(report.ethics, options.languageOf(req))
            : reportCsv(report, options.languageOf(req), options.typeLabels)
        return new Response(csv, {
          headers: {
            ...NO_STORE,
            'Content-Disposition': `attachment; filename="${csvFilename(params)}"`,
            'Content-Type': 'text/csv; charset=utf-8',
          },
        })
      }
      return Response.json(report, { headers: NO_STORE })
    } catch (error) {
      if (error instanceof ReportError) return reportErrorResponse(error, options.languageOf(req))
      throw error
    }
  },
})
