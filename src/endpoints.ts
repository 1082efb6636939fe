import type { Endpoint } from 'payload'

import { rssFeedEndpoint } from './delivery/feeds/rss'
import { previewEndpoint, previewLinkEndpoint } from './delivery/preview'
import { contributionReportEndpoint } from './reports/endpoint'

/** Root REST endpoints of the app (under /api). */
export const endpoints: Endpoint[] = [contributionReportEndpoint, rssFeedEndpoint, previewEndpoint, previewLinkEndpoint]
