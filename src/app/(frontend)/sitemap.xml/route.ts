import config from '@payload-config'

import { sitemapRoute } from '../../../delivery/sitemap'

export const dynamic = 'force-dynamic'

export const GET = sitemapRoute(config)
