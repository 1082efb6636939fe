import config from '@payload-config'

import { withDatabaseAvailability } from '../../../db/unavailableResponse'
import { withHttpCaching } from '../../../delivery/httpCaching'
import { withPublicReadCache } from '../../../delivery/publicCache/withPublicReadCache'
import { sitemapRoute } from '../../../delivery/sitemap'
import { withSecurityHeaders } from '../../../http/withSecurityHeaders'

export const dynamic = 'force-dynamic'

export const GET = withSecurityHeaders(
  withDatabaseAvailability(
    withPublicReadCache(withHttpCaching(sitemapRoute(config), config), config),
  ),
)
