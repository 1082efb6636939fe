import type { Endpoint } from 'payload'

import { rssFeedEndpoint } from '../plugins/delivery/src/feeds/rss'
import { previewEndpoint, previewLinkEndpoint } from '../plugins/delivery/src/preview'

/** Root REST endpoints of the app (under /api). */
export const endpoints: Endpoint[] = [rssFeedEndpoint, previewEndpoint, previewLinkEndpoint]
