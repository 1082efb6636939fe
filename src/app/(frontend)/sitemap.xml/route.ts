import config from '@payload-config'

import { withPublicReadCache } from '../../../delivery/publicCache/withPublicReadCache'
import { sitemapRoute } from '../../../delivery/sitemap'

export const dynamic = 'force-dynamic'

export const GET = withPublicReadCache(sitemapRoute(config), config)
