import type { Endpoint } from 'payload'

import { rssFeedEndpoint } from './delivery/feeds/rss'
import { previewEndpoint, previewLinkEndpoint } from './delivery/preview'

/** Root REST endpoints of the app (under /api). */
export const endpoints: Endpoint[] = [rssFeedEndpoint, previewEndpoint, previewLinkEndpoint]
