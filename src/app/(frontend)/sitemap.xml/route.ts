import config from '@payload-config'

import { withDatabaseAvailability } from '../../../db/unavailableResponse'
import { withPublicReadCache } from '../../../delivery/publicCache/withPublicReadCache'
import { sitemapRoute } from '../../../delivery/sitemap'

export const dynamic = 'force-dynamic'

export const GET = withDatabaseAvailability(withPublicReadCache(sitemapRoute(config), config))
